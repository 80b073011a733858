package no.laget.emergency.internal;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import no.laget.platform.validation.FieldProblems;
import no.laget.platform.web.UnreadableFields;

/** A top-up as typed by NAV. */
public record TopUpForm(String toppedUpOn, String amount, String note) {

    public TopUp toCommand(LocalDate today) {
        Set<String> unreadable = new HashSet<>();
        return TopUp.read(new FieldProblems(), unreadable, UnreadableFields.date(unreadable, "toppedUpOn", toppedUpOn),
                Rules.amount(unreadable, "amount", amount), note, today);
    }
}
