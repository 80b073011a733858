package no.laget.casework.internal;

import java.time.LocalDate;

/**
 * An anonymous discussion to record: the day, who took part (by role), the question and the advice, and whether the
 * employee confirmed the text holds no name.
 */
public record RecordDiscussion(LocalDate heldOn, String participants, String question, String advice,
        boolean noNameConfirmed) {}
