package no.laget.consent.internal;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import io.swagger.v3.oas.annotations.media.Schema;

import no.laget.consent.Consent;
import no.laget.access.InformationCategory;
import no.laget.consent.Consents;
import no.laget.consent.GivenBy;
import no.laget.consent.HowGiven;
import no.laget.consent.RecordConsent;
import no.laget.organisation.UnitType;
import no.laget.platform.validation.FieldProblems;
import no.laget.consent.WithdrawConsent;
import no.laget.platform.security.SignedInUser;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

@RestController
class ConsentApi {

    private final Consents consents;

    ConsentApi(Consents consents) {
        this.consents = consents;
    }

    @GetMapping("/api/v1/children/{childId}/consents")
    List<Consent> forChild(@AuthenticationPrincipal SignedInUser user, @PathVariable long childId) {
        return consents.forChild(user, childId);
    }

    /**
     * A consent as the API takes it: JSON types, not the page's Strings ({@code "6"} for an id or {@code "true"} for
     * {@code refused} is refused with the field named). {@code refused} was a String "true" before issue 11; it is a
     * JSON boolean now, absent meaning false.
     */
    record ConsentBody(@Schema(requiredMode = REQUIRED) GivenBy givenBy, List<Long> guardianIds,
            @Schema(requiredMode = REQUIRED) HowGiven howGiven, String childView,
            @Schema(requiredMode = REQUIRED) String purpose,
            @Schema(requiredMode = REQUIRED) List<InformationCategory> categories, List<Long> receiverUnitIds,
            List<UnitType> receiverUnitTypes, @Schema(requiredMode = REQUIRED) LocalDate validFrom,
            @Schema(requiredMode = REQUIRED) LocalDate validTo, Boolean refused) {

        RecordConsent toCommand() {
            FieldProblems problems = new FieldProblems();
            if (givenBy == null) {
                problems.add("givenBy", "consent.givenBy.required");
            }
            if (hasNull(guardianIds)) {
                problems.add("guardianIds", "consent.guardianIds.no-responsibility");
            }
            if (howGiven == null) {
                problems.add("howGiven", "consent.howGiven.required");
            }
            String view = problems.optionalText("childView", childView, 2000, "consent.childView");
            String why = problems.text("purpose", purpose, 500, "consent.purpose");
            if (categories == null || categories.isEmpty()) {
                problems.add("categories", "consent.categories.required");
            } else if (hasNull(categories)) {
                problems.add("categories", "consent.categories.unknown");
            }
            if (hasNull(receiverUnitIds)) {
                problems.add("receiverUnitIds", "consent.receiverUnitIds.unknown");
            } else if (hasNull(receiverUnitTypes)) {
                problems.add("receiverUnitTypes", "consent.receiverUnitTypes.unknown");
            } else if (empty(receiverUnitIds) && empty(receiverUnitTypes)) {
                problems.add("receiverUnitIds", "consent.receivers.required");
            }
            if (validFrom == null) {
                problems.add("validFrom", "consent.validFrom.required");
            }
            if (validTo == null) {
                problems.add("validTo", "consent.validTo.required");
            } else if (validFrom != null && validTo.isBefore(validFrom)) {
                problems.add("validTo", "consent.validTo.before-start");
            }
            return problems.command(() -> new RecordConsent(givenBy, guardianIds, howGiven, view, why, categories,
                    receiverUnitIds, receiverUnitTypes, validFrom, validTo, Boolean.TRUE.equals(refused)));
        }

        private static boolean hasNull(List<?> values) {
            return values != null && values.stream().anyMatch(Objects::isNull);
        }

        private static boolean empty(List<?> values) {
            return values == null || values.isEmpty();
        }
    }

    @PostMapping("/api/v1/children/{childId}/consents")
    ResponseEntity<Consent> record(@AuthenticationPrincipal SignedInUser user, @PathVariable long childId,
            @RequestBody ConsentBody body) {
        long id = consents.record(user, childId, body.toCommand());
        return ResponseEntity.created(URI.create("/api/v1/consents/" + id)).body(consents.get(user, id));
    }

    /** A withdrawal as the API takes it: grant ids are JSON numbers. */
    record WithdrawalBody(@Schema(requiredMode = REQUIRED) WithdrawConsent.Scope scope, List<Long> grantIds,
            @Schema(requiredMode = REQUIRED) String withdrawnBy) {

        WithdrawConsent toCommand() {
            FieldProblems problems = new FieldProblems();
            if (scope == null) {
                problems.add("scope", "withdrawal.scope.required");
            }
            if (grantIds != null && grantIds.stream().anyMatch(Objects::isNull)) {
                problems.add("grantIds", "withdrawal.grantIds.unknown");
            }
            String by = problems.text("withdrawnBy", withdrawnBy, 200, "withdrawal.withdrawnBy");
            return problems.command(() -> new WithdrawConsent(scope, grantIds, by));
        }
    }

    /** Withdraws the whole consent (scope ALL) or the listed grants (scope SOME). */
    @PostMapping("/api/v1/consents/{id}/withdrawal")
    Consent withdraw(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
            @RequestBody WithdrawalBody body) {
        return consents.withdraw(user, id, body.toCommand());
    }
}
