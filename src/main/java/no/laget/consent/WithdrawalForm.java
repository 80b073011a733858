package no.laget.consent;

import java.util.List;

/** A withdrawal: everything (scope ALL) or the chosen grants (scope SOME), and who withdrew. */
public record WithdrawalForm(String scope, List<String> grantIds, String withdrawnBy) {

    public WithdrawalForm {
        grantIds = grantIds == null ? List.of() : List.copyOf(grantIds);
    }
}
