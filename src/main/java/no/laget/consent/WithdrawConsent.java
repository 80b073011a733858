package no.laget.consent;

import java.util.List;

/**
 * A withdrawal: of everything ({@link Scope#ALL}) or of the chosen grants ({@link Scope#SOME}), and who withdrew (as
 * the employee records it; null when the family withdraws through its own door, which knows who they are).
 */
public record WithdrawConsent(Scope scope, List<Long> grantIds, String withdrawnBy) {

    public enum Scope { ALL, SOME }

    public WithdrawConsent {
        grantIds = grantIds == null ? List.of() : List.copyOf(grantIds);
    }
}
