package no.laget.casework;

/** What the employee decides at the end of level 0 (docs/domain.md rule 2). */
public enum ConcernDecision {
    CLOSE, LEVEL_1, LEVEL_2, REPORT;

    public String labelKey() {
        return "concern.decision." + name();
    }

    public static ConcernDecision parse(String value) {
        for (ConcernDecision decision : values()) {
            if (decision.name().equals(value)) {
                return decision;
            }
        }
        return null;
    }
}
