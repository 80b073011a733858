package no.laget.emergency.internal;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

import io.swagger.v3.oas.annotations.media.Schema;

import no.laget.platform.validation.FieldProblems;
import no.laget.platform.web.UnreadableFields;

/** Money NAV put on the card: the day (not ahead of today), the amount above 0, a note without identity numbers. */
public record TopUp(@Schema(requiredMode = REQUIRED) LocalDate toppedUpOn,
        @Schema(requiredMode = REQUIRED) BigDecimal amount, String note) {

    public TopUp read(LocalDate today) {
        return read(new FieldProblems(), Set.of(), toppedUpOn, amount, note, today);
    }

    static TopUp read(FieldProblems problems, Set<String> unreadable, LocalDate toppedUpOn, BigDecimal amount, String note, LocalDate today) {
        UnreadableFields.required(problems, unreadable, "toppedUpOn", toppedUpOn, "nav.topup.toppedUpOn");
        if (toppedUpOn != null && toppedUpOn.isAfter(today)) {
            problems.add("toppedUpOn", "nav.topup.toppedUpOn.future");
        }
        Rules.amount(problems, unreadable, "amount", amount, "nav.topup.amount");
        String readNote = problems.optionalText("note", note, 200, "nav.topup.note");
        if (readNote != null && Rules.identityLike(readNote)) {
            problems.add("note", "nav.topup.note.identity-number");
        }
        return problems.command(() -> new TopUp(toppedUpOn, amount, readNote));
    }
}
