package no.laget.agreement.internal;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

import no.laget.platform.validation.FieldProblems;
import no.laget.platform.web.UnreadableFields;

/** A meeting held under an agreement as typed, with minutes that hold no child data. */
public record MeetingForm(String kind, String heldOn, String minutes) {

    public RecordMeeting toCommand(LocalDate today) {
        Set<String> unreadable = new HashSet<>();
        MeetingKind chosen = Arrays.stream(MeetingKind.values()).filter(k -> k.name().equals(kind)).findFirst()
                .orElse(null);
        return RecordMeeting.read(new FieldProblems(), unreadable, chosen,
                UnreadableFields.date(unreadable, "heldOn", heldOn), minutes, today);
    }
}
