package no.laget.plan.internal;

import no.laget.platform.validation.FieldProblems;

/**
 * A development area as typed: title, an optional description, and the goals for the end of the plan ("slik vil
 * vi ha det"), one per line. {@code version} is the version the user saw (ignored for a new area).
 */
public record AreaForm(String title, String description, String goals, String version) {

    static AreaForm empty() {
        return new AreaForm("", "", "", "");
    }

    PlanCommands.SaveArea toCommand() {
        FieldProblems problems = new FieldProblems();
        String checkedTitle = problems.text("title", title, 300, "plan.area.title");
        String checkedDescription = problems.optionalText("description", description, 4000, "plan.area.description");
        var lines = PlanRules.goals(problems, goals == null ? null : goals.lines().toList());
        return problems.command(() -> new PlanCommands.SaveArea(checkedTitle, checkedDescription, lines,
                PlanRules.version(version)));
    }
}
