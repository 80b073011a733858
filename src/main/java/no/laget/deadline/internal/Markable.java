package no.laget.deadline.internal;

/**
 * Which marks a person may put on a deadline from "Mine saker og frister", as the owning module states it when it
 * schedules the duty. The owner's own work (a decision, a letter, an evaluation) completes a duty whatever this says.
 */
public enum Markable {

    /** Done or not relevant: the ordinary duties (an evaluation, a consent's expiry, a meeting, an agreement). */
    ANY,
    /**
     * Done, never not relevant: a duty in law the holder can meet outside Laget (the reporter calls child welfare
     * about a report that was not delivered); the duty itself does not go away.
     */
    DONE_ONLY,
    /**
     * Neither: the legal clocks of child welfare (barnevernsloven § 2-1 and the letters to the reporter). They are met
     * only by the decision or letter recorded in Laget, which completes them; no one can mark them away.
     */
    NONE;

    public boolean allows(MarkAs mark) {
        return switch (this) {
            case ANY -> true;
            case DONE_ONLY -> mark == MarkAs.DONE;
            case NONE -> false;
        };
    }
}
