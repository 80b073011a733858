package no.laget.deadline.internal;

/** What a person says about a deadline when they take it off their list. */
public enum MarkAs {

    /** The work was done (perhaps outside Laget); a reason is optional. */
    DONE,
    /** "Ikke aktuell": the duty no longer applies; a reason is required. */
    NOT_RELEVANT;

    public String labelKey() {
        return "deadline.mark.as." + name();
    }
}
