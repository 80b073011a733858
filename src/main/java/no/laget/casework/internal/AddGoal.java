package no.laget.casework.internal;

/** A goal written into the relay log; changing one carries the version seen. */
public record AddGoal(String text, Integer version) {

    public AddGoal(String text) {
        this(text, null);
    }
}
