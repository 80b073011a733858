package no.laget.casework.internal;

import no.laget.casework.RelayCase;

import java.time.LocalDate;

/** An evaluation of a measure: the effect, what was seen, the child's voice, the day, and the next date if it goes on. */
public record EvaluateMeasure(long measureId, RelayCase.Outcome outcome, String text, String childVoice,
        LocalDate evaluatedOn, LocalDate nextEvaluateOn) {}
