package no.laget.plan.internal;

/** A strategy as typed: title and optional description; {@code version} as the user saw it. */
public record StrategyForm(String title, String description, String version) {

    static StrategyForm empty() {
        return new StrategyForm("", "", "");
    }
}
