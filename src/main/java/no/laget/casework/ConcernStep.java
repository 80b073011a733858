package no.laget.casework;

/** The level-0 guide's steps between the note and the decision (docs/domain.md rule 2), in the order the guide shows them. */
public enum ConcernStep {
    SHARED, TALKED_WITH_CHILD, TALKED_WITH_PARENTS;

    public String labelKey() {
        return "concern.step." + name();
    }

    public static ConcernStep parse(String value) {
        for (ConcernStep step : values()) {
            if (step.name().equals(value)) {
                return step;
            }
        }
        return null;
    }
}
