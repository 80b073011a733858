package no.laget.casework.internal;

import no.laget.platform.security.SignedInUser;

/** Small facts about casework shared by its pages and services. */
public final class Casework {

    private Casework() {}

    /** Employees who work with children do casework; administrators and municipal staff alone do not. */
    public static boolean worksWithChildren(SignedInUser user) {
        return user.worksWithChildren();
    }
}
