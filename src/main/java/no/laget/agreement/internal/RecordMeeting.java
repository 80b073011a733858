package no.laget.agreement.internal;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import java.time.LocalDate;
import java.util.Set;

import io.swagger.v3.oas.annotations.media.Schema;

import no.laget.platform.validation.FieldProblems;
import no.laget.platform.web.UnreadableFields;

/**
 * A meeting held under an agreement: its kind, the day (not ahead of today; not before the agreement, which the
 * service checks) and minutes that hold no identity number. Also the API's request body.
 */
public record RecordMeeting(@Schema(requiredMode = REQUIRED) MeetingKind kind,
        @Schema(requiredMode = REQUIRED) LocalDate heldOn, @Schema(requiredMode = REQUIRED) String minutes) {

    public RecordMeeting read(LocalDate today) {
        return read(new FieldProblems(), Set.of(), kind, heldOn, minutes, today);
    }

    static RecordMeeting read(FieldProblems problems, Set<String> unreadable, MeetingKind kind, LocalDate heldOn,
            String minutes, LocalDate today) {
        if (kind == null) {
            problems.add("kind", "nav.meeting.kind.required");
        }
        UnreadableFields.required(problems, unreadable, "heldOn", heldOn, "nav.meeting.heldOn");
        if (heldOn != null && heldOn.isAfter(today)) {
            problems.add("heldOn", "nav.meeting.heldOn.future");
        }
        String read = Reading.noChildData(problems, "minutes", minutes, 10000, "nav.meeting.minutes");
        return problems.command(() -> new RecordMeeting(kind, heldOn, read));
    }
}
