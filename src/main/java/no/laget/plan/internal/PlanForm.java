package no.laget.plan.internal;

/**
 * A plan as municipal staff type it: its name and the years it covers. Text throughout, so that a letter in a
 * year is a field message; {@code version} is the version the user saw (ignored for a new plan).
 */
public record PlanForm(String name, String fromYear, String toYear, String version) {

    static PlanForm empty() {
        return new PlanForm("", "", "", "");
    }
}
