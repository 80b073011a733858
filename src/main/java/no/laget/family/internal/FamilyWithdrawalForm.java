package no.laget.family.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import no.laget.consent.WithdrawConsent;
import no.laget.platform.validation.FieldProblems;

/**
 * A family member's withdrawal as typed on the family's page: everything (scope ALL) or the chosen grants (SOME). The
 * family's door knows who withdrew, so {@code withdrawnBy} is not asked (it stays on the record for the template).
 */
record FamilyWithdrawalForm(String scope, List<String> grantIds, String withdrawnBy) {

    FamilyWithdrawalForm {
        grantIds = grantIds == null ? List.of() : List.copyOf(grantIds);
    }

    WithdrawConsent toCommand() {
        FieldProblems problems = new FieldProblems();
        WithdrawConsent.Scope chosenScope = problems.choice("scope", scope, WithdrawConsent.Scope.class,
                "family.consent.withdraw.scope");
        List<Long> ids = new ArrayList<>();
        if (chosenScope == WithdrawConsent.Scope.SOME) {
            for (String value : grantIds) {
                Optional<Long> id = FieldProblems.parseNumber(value);
                if (id.isEmpty()) {
                    problems.add("grantIds", "family.consent.withdraw.grantIds.unknown");
                    break;
                }
                ids.add(id.get());
            }
        }
        return problems.command(() -> new WithdrawConsent(chosenScope, ids, null));
    }
}
