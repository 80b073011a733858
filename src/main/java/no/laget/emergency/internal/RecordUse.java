package no.laget.emergency.internal;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

import io.swagger.v3.oas.annotations.media.Schema;

import no.laget.platform.validation.FieldProblems;
import no.laget.platform.web.UnreadableFields;

/**
 * Child welfare used the card: the day, a reference to the recipient that is no identity number, the purpose, the
 * amount in kroner (above 0, at most the limit per emergency), the receipt, and the day NAV was told if it was. Also
 * the API's request body.
 */
public record RecordUse(@Schema(requiredMode = REQUIRED) LocalDate usedOn,
        @Schema(requiredMode = REQUIRED) String recipientRef, @Schema(requiredMode = REQUIRED) String purpose,
        @Schema(requiredMode = REQUIRED) BigDecimal amount, @Schema(requiredMode = REQUIRED) String receiptRef,
        LocalDate navInformedOn) {

    /** The use as read on {@code today} with the card's {@code limit}: every problem at once, in page order. */
    public RecordUse read(LocalDate today, BigDecimal limit) {
        return read(new FieldProblems(), Set.of(), usedOn, recipientRef, purpose, amount, receiptRef, navInformedOn, today, limit);
    }

    static RecordUse read(FieldProblems problems, Set<String> unreadable, LocalDate usedOn, String recipientRef, String purpose,
            BigDecimal amount, String receiptRef, LocalDate navInformedOn, LocalDate today, BigDecimal limit) {
        UnreadableFields.required(problems, unreadable, "usedOn", usedOn, "nav.use.usedOn");
        if (usedOn != null && usedOn.isAfter(today)) {
            problems.add("usedOn", "nav.use.usedOn.future");
        }
        String recipient = problems.text("recipientRef", recipientRef, 100, "nav.use.recipientRef");
        if (recipient != null && Rules.identityLike(recipient)) {
            problems.add("recipientRef", "nav.use.recipientRef.identity-number");
        }
        String readPurpose = problems.text("purpose", purpose, 500, "nav.use.purpose");
        Rules.amount(problems, unreadable, "amount", amount, "nav.use.amount");
        if (amount != null && !problems.has("amount") && amount.compareTo(limit) > 0) {
            problems.add("amount", "nav.use.amount.above-limit");
        }
        String receipt = problems.text("receiptRef", receiptRef, 100, "nav.use.receiptRef");
        if (navInformedOn != null) {
            if (usedOn != null && navInformedOn.isBefore(usedOn)) {
                problems.add("navInformedOn", "nav.use.navInformedOn.before-use");
            } else if (navInformedOn.isAfter(today)) {
                problems.add("navInformedOn", "nav.use.navInformedOn.future");
            }
        }
        return problems.command(() -> new RecordUse(usedOn, recipient, readPurpose, amount, receipt, navInformedOn));
    }
}
