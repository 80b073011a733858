package no.laget.access;

/**
 * Why access was refused, as the API's reason code. The message key explains it in plain Norwegian
 * without saying what was refused. A child that does not exist gets NO_CONSENT, like one the user may
 * not know of.
 */
public enum Reason {
    NO_CONSENT, CONSENT_EXPIRED, CONSENT_NOT_YET_VALID, CONSENT_WITHDRAWN, CONSENT_REFUSED, CATEGORY_NOT_GRANTED,
    WRITE_NEEDS_OWN_SERVICE, ROLE_SEES_NO_CHILD_DATA;

    public String messageKey() {
        return "access.denied." + name();
    }
}
