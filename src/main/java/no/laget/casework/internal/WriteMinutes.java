package no.laget.casework.internal;

import java.time.LocalDate;
import java.util.List;

/**
 * The minutes of a meeting: what was agreed, the child's voice, and the decisions "who does what by when", each of
 * which becomes a measure with its evaluation deadline.
 */
public record WriteMinutes(String minutes, String childVoice, List<Decision> decisions, Integer version) {

    public record Decision(String what, Responsible responsible, LocalDate by) {}

    public WriteMinutes {
        decisions = List.copyOf(decisions);
    }

    public static WriteMinutes withoutDecisions(String minutes, String childVoice, Integer version) {
        return new WriteMinutes(minutes, childVoice, List.of(), version);
    }
}
