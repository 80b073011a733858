package no.laget.plan.internal;

import no.laget.platform.validation.FieldProblems;

/** A strategy as typed: title and optional description; {@code version} as the user saw it. */
public record StrategyForm(String title, String description, String version) {

    static StrategyForm empty() {
        return new StrategyForm("", "", "");
    }

    PlanCommands.SaveStrategy toCommand() {
        FieldProblems problems = new FieldProblems();
        String checkedTitle = problems.text("title", title, 300, "plan.strategy.title");
        String checkedDescription = problems.optionalText("description", description, 4000, "plan.strategy.description");
        return problems.command(() -> new PlanCommands.SaveStrategy(checkedTitle, checkedDescription,
                PlanRules.version(version)));
    }
}
