package no.laget.platform.security;

import no.laget.platform.validation.RefusedException;

/**
 * Who may work in the cooperation between child welfare and NAV (the emergency card, the transition to adulthood, the
 * cooperation agreements): employees (not administrators or municipal staff alone) of those unit types. The three
 * modules came from one, and refuse with its reason code, {@code NAV_REFUSED}.
 */
public final class NavCooperation {

    private NavCooperation() {}

    public static boolean childWelfare(SignedInUser user) {
        return user.worksWithChildrenAt("CHILD_WELFARE");
    }

    public static boolean nav(SignedInUser user) {
        return user.worksWithChildrenAt("NAV");
    }

    /** Child welfare or NAV staff, or else refused. */
    public static void requireChildWelfareOrNav(SignedInUser user) {
        if (!user.worksWithChildrenAt("CHILD_WELFARE", "NAV")) {
            throw new Refused("nav.refused.unit-type");
        }
    }

    public static void requireNav(SignedInUser user) {
        if (!nav(user)) {
            throw new Refused("nav.refused.nav-only");
        }
    }

    public static void requireChildWelfare(SignedInUser user) {
        if (!childWelfare(user)) {
            throw new Refused("nav.refused.child-welfare-only");
        }
    }

    /**
     * The user's unit or role may not do this here (a kindergarten opening the ledger, NAV editing the joint plan, a
     * unit that is not a party). Pages answer 403 in bokmål, the API problem+json with reason {@code NAV_REFUSED};
     * nothing about what exists.
     */
    public static class Refused extends RefusedException {

        public Refused(String messageKey) {
            super(messageKey, "NAV_REFUSED");
        }
    }
}
