package no.laget.agreement.internal;

/** The meetings an agreement promises: cooperation meetings, and meetings for anonymous discussion of cases. */
public enum MeetingKind {
    COOPERATION, ANONYMOUS;

    public String labelKey() {
        return "nav.meeting.kind." + name();
    }
}
