package no.laget.consent.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import no.laget.consent.WithdrawConsent;
import no.laget.platform.validation.FieldProblems;

/** A withdrawal as an employee types it: everything (scope ALL) or the chosen grants (scope SOME), and who withdrew. */
public record WithdrawalForm(String scope, List<String> grantIds, String withdrawnBy) {

    public WithdrawalForm {
        grantIds = grantIds == null ? List.of() : List.copyOf(grantIds);
    }

    /** The command; the service checks that the chosen grants are the consent's and not withdrawn already. */
    public WithdrawConsent toCommand() {
        FieldProblems problems = new FieldProblems();
        WithdrawConsent.Scope chosenScope = problems.choice("scope", scope, WithdrawConsent.Scope.class, "withdrawal.scope");
        List<Long> ids = new ArrayList<>();
        if (chosenScope == WithdrawConsent.Scope.SOME) {
            for (String value : grantIds) {
                Optional<Long> id = FieldProblems.parseNumber(value);
                if (id.isEmpty()) {
                    problems.add("grantIds", "withdrawal.grantIds.unknown");
                    break;
                }
                ids.add(id.get());
            }
        }
        String by = problems.text("withdrawnBy", withdrawnBy, 200, "withdrawal.withdrawnBy");
        return problems.command(() -> new WithdrawConsent(chosenScope, ids, by));
    }
}
