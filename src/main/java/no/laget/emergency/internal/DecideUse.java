package no.laget.emergency.internal;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import java.time.LocalDate;
import java.util.Set;

import io.swagger.v3.oas.annotations.media.Schema;

import no.laget.platform.validation.FieldProblems;
import no.laget.platform.web.UnreadableFields;

/** NAV's decision on a use: approved or rejected, the day (not ahead of today), an optional note. */
public record DecideUse(@Schema(requiredMode = REQUIRED) EmergencyDecision decision,
        @Schema(requiredMode = REQUIRED) LocalDate decidedOn, String note) {

    public DecideUse read(LocalDate today) {
        return read(new FieldProblems(), Set.of(), decision, decidedOn, note, today);
    }

    static DecideUse read(FieldProblems problems, Set<String> unreadable, EmergencyDecision decision, LocalDate decidedOn, String note,
            LocalDate today) {
        if (decision == null) {
            problems.add("decision", "nav.decision.decision.required");
        }
        UnreadableFields.required(problems, unreadable, "decidedOn", decidedOn, "nav.decision.decidedOn");
        if (decidedOn != null && decidedOn.isAfter(today)) {
            problems.add("decidedOn", "nav.decision.decidedOn.future");
        }
        String readNote = problems.optionalText("note", note, 500, "nav.decision.note");
        return problems.command(() -> new DecideUse(decision, decidedOn, readNote));
    }
}
