package no.laget.agreement.internal;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import no.laget.platform.validation.FieldProblems;
import no.laget.platform.web.UnreadableFields;

/** The annual evaluation as typed: the day it was held and what was concluded. */
public record EvaluationForm(String evaluatedOn, String summary) {

    public RecordEvaluation toCommand(LocalDate today) {
        Set<String> unreadable = new HashSet<>();
        return RecordEvaluation.read(new FieldProblems(), unreadable,
                UnreadableFields.date(unreadable, "evaluatedOn", evaluatedOn), summary, today);
    }
}
