package no.laget.transition.internal;

import no.laget.platform.security.SignedInUser;

/** Who may work with transitions: employees (not administrators or municipal staff alone) of child welfare or NAV. */
final class Staff {

    private Staff() {}

    static boolean childWelfare(SignedInUser user) {
        return user.worksWithChildrenAt("CHILD_WELFARE");
    }

    static boolean nav(SignedInUser user) {
        return user.worksWithChildrenAt("NAV");
    }

    /** Child welfare or NAV staff, or else refused. */
    static void requireChildWelfareOrNav(SignedInUser user) {
        if (!user.worksWithChildrenAt("CHILD_WELFARE", "NAV")) {
            throw new TransitionRefusedException("nav.refused.unit-type");
        }
    }

    static void requireChildWelfare(SignedInUser user) {
        if (!childWelfare(user)) {
            throw new TransitionRefusedException("nav.refused.child-welfare-only");
        }
    }
}
