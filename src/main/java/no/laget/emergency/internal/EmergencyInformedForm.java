package no.laget.emergency.internal;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import no.laget.platform.validation.FieldProblems;
import no.laget.platform.web.UnreadableFields;

/** The day child welfare told NAV about a use (with the receipt and the application), as typed. */
public record EmergencyInformedForm(String informedOn) {

    public RecordInformed toCommand(LocalDate today) {
        Set<String> unreadable = new HashSet<>();
        return RecordInformed.read(new FieldProblems(), unreadable,
                UnreadableFields.date(unreadable, "informedOn", informedOn), today);
    }
}
