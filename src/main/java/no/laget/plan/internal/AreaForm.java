package no.laget.plan.internal;

/**
 * A development area as typed: title, an optional description, and the goals for the end of the plan ("slik vil
 * vi ha det"), one per line. {@code version} is the version the user saw (ignored for a new area).
 */
public record AreaForm(String title, String description, String goals, String version) {

    static AreaForm empty() {
        return new AreaForm("", "", "", "");
    }
}
