package no.laget.agreement.internal;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import java.time.LocalDate;
import java.util.Set;

import io.swagger.v3.oas.annotations.media.Schema;

import no.laget.platform.validation.FieldProblems;
import no.laget.platform.web.UnreadableFields;

/** The annual evaluation: the day it was held (not ahead of today) and what was concluded. Also the API's body. */
public record RecordEvaluation(@Schema(requiredMode = REQUIRED) LocalDate evaluatedOn,
        @Schema(requiredMode = REQUIRED) String summary) {

    public RecordEvaluation read(LocalDate today) {
        return read(new FieldProblems(), Set.of(), evaluatedOn, summary, today);
    }

    static RecordEvaluation read(FieldProblems problems, Set<String> unreadable, LocalDate evaluatedOn, String summary,
            LocalDate today) {
        UnreadableFields.required(problems, unreadable, "evaluatedOn", evaluatedOn, "nav.evaluation.evaluatedOn");
        if (evaluatedOn != null && evaluatedOn.isAfter(today)) {
            problems.add("evaluatedOn", "nav.evaluation.evaluatedOn.future");
        }
        String read = Reading.noChildData(problems, "summary", summary, 10000, "nav.evaluation.summary");
        return problems.command(() -> new RecordEvaluation(evaluatedOn, read));
    }
}
