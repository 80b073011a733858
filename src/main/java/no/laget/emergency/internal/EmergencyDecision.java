package no.laget.emergency.internal;

/** NAV's decision on a use of the emergency card, after the law on social services in NAV (§§ 18, 19, 21). */
public enum EmergencyDecision {
    APPROVED, REJECTED;

    public String labelKey() {
        return "nav.decision." + name();
    }
}
