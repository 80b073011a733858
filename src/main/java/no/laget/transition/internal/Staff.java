package no.laget.transition.internal;

import no.laget.platform.security.SignedInUser;

/** Who may work with transitions: employees (not administrators or municipal staff alone) of child welfare or NAV. */
final class Staff {

    private Staff() {}

    static boolean worksWithChildren(SignedInUser user) {
        return user.worksWithChildren();
    }

    static boolean childWelfare(SignedInUser user) {
        return worksWithChildren(user) && "CHILD_WELFARE".equals(user.unitType());
    }

    static boolean nav(SignedInUser user) {
        return worksWithChildren(user) && "NAV".equals(user.unitType());
    }

    /** Child welfare or NAV staff, or else refused. */
    static void requireChildWelfareOrNav(SignedInUser user) {
        if (!childWelfare(user) && !nav(user)) {
            throw new TransitionRefusedException("nav.refused.unit-type");
        }
    }

    static void requireChildWelfare(SignedInUser user) {
        if (!childWelfare(user)) {
            throw new TransitionRefusedException("nav.refused.child-welfare-only");
        }
    }
}
