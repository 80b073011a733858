package no.laget.access;

/**
 * Why access was refused, as the API's reason code. The message key explains it in plain Norwegian
 * without saying what was refused. A child that does not exist gets NO_CONSENT, like one the user may
 * not know of.
 */
public enum Reason {
    NO_CONSENT, CONSENT_EXPIRED, CONSENT_NOT_YET_VALID, CONSENT_WITHDRAWN, CONSENT_REFUSED, CATEGORY_NOT_GRANTED,
    WRITE_NEEDS_OWN_SERVICE, ROLE_SEES_NO_CHILD_DATA,
    /** Through the family's door: not this member's child (or no such child), or not what the family may do. */
    FAMILY_NOT_ENTITLED,
    /** Through the family's door: child welfare has taken over care, so it, not the guardians, speaks for the child. */
    CHILD_WELFARE_HAS_CARE;

    public String messageKey() {
        return "access.denied." + name();
    }
}
