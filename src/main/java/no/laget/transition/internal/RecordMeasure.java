package no.laget.transition.internal;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import java.time.LocalDate;
import java.util.Set;

import io.swagger.v3.oas.annotations.media.Schema;

import no.laget.platform.validation.FieldProblems;
import no.laget.platform.web.UnreadableFields;

/**
 * Child welfare records that the young person has a measure (barnevernstiltak), from a day and perhaps to a day (not
 * before the start; not after the 25th birthday, which the service checks). Also the API's request body.
 */
public record RecordMeasure(@Schema(requiredMode = REQUIRED) String description,
        @Schema(requiredMode = REQUIRED) LocalDate startsOn, LocalDate endsOn) {

    public RecordMeasure read() {
        return read(new FieldProblems(), Set.of(), description, startsOn, endsOn);
    }

    static RecordMeasure read(FieldProblems problems, Set<String> unreadable, String description, LocalDate startsOn,
            LocalDate endsOn) {
        String read = problems.text("description", description, 200, "nav.cwmeasure.description");
        UnreadableFields.required(problems, unreadable, "startsOn", startsOn, "nav.cwmeasure.startsOn");
        UnreadableFields.optional(problems, unreadable, "endsOn", "nav.cwmeasure.endsOn");
        if (startsOn != null && endsOn != null && endsOn.isBefore(startsOn)) {
            problems.add("endsOn", "nav.cwmeasure.endsOn.before-start");
        }
        return problems.command(() -> new RecordMeasure(read, startsOn, endsOn));
    }
}
