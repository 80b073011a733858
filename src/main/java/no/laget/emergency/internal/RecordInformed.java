package no.laget.emergency.internal;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import java.time.LocalDate;
import java.util.Set;

import io.swagger.v3.oas.annotations.media.Schema;

import no.laget.platform.validation.FieldProblems;
import no.laget.platform.web.UnreadableFields;

/** The day child welfare told NAV about a use (not ahead of today; not before the use, which the ledger checks). */
public record RecordInformed(@Schema(requiredMode = REQUIRED) LocalDate informedOn) {

    public RecordInformed read(LocalDate today) {
        return read(new FieldProblems(), Set.of(), informedOn, today);
    }

    static RecordInformed read(FieldProblems problems, Set<String> unreadable, LocalDate informedOn, LocalDate today) {
        UnreadableFields.required(problems, unreadable, "informedOn", informedOn, "nav.use.navInformedOn");
        if (informedOn != null && informedOn.isAfter(today)) {
            problems.add("informedOn", "nav.use.navInformedOn.future");
        }
        return problems.command(() -> new RecordInformed(informedOn));
    }
}
