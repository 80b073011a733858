package no.laget.interest;

/** The decisions that need a best-interest note. */
public enum Occasion {
    LEVEL_2, LEVEL_3, HANDOVER, CLOSE, REPORT, INVESTIGATION,
    /** A leader appoints a child coordinator (who by default takes over the relay). */
    COORDINATOR;

    public String labelKey() {
        return "interest.occasion." + name();
    }

    /** The occasion of a move to a level, or null where no note is required (level 1). */
    public static Occasion ofLevel(int level) {
        return switch (level) {
            case 2 -> LEVEL_2;
            case 3 -> LEVEL_3;
            default -> null;
        };
    }
}
