package no.laget.emergency.internal;

import no.laget.platform.security.SignedInUser;

/** Who may work in this module: employees (not administrators or municipal staff alone) of the right unit types. */
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
            throw new EmergencyRefusedException("nav.refused.unit-type");
        }
    }

    static void requireNav(SignedInUser user) {
        if (!nav(user)) {
            throw new EmergencyRefusedException("nav.refused.nav-only");
        }
    }
}
