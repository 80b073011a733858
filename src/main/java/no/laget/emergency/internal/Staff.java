package no.laget.emergency.internal;

import no.laget.platform.security.SignedInUser;

/** Who may work in this module: employees (not administrators or municipal staff alone) of the right unit types. */
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
            throw new EmergencyRefusedException("nav.refused.unit-type");
        }
    }


    static void requireNav(SignedInUser user) {
        if (!nav(user)) {
            throw new EmergencyRefusedException("nav.refused.nav-only");
        }
    }
}
