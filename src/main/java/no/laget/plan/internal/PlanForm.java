package no.laget.plan.internal;

import no.laget.platform.validation.FieldProblems;

/**
 * A plan as municipal staff type it: its name and the years it covers. Text throughout, so that a letter in a
 * year is a field message; {@code version} is the version the user saw (ignored for a new plan).
 */
public record PlanForm(String name, String fromYear, String toYear, String version) {

    static PlanForm empty() {
        return new PlanForm("", "", "", "");
    }

    PlanCommands.SavePlan toCommand() {
        FieldProblems problems = new FieldProblems();
        String checkedName = problems.text("name", name, 200, "plan.name");
        Integer from = PlanRules.planYear(problems, "fromYear",
                PlanRules.typedYear(problems, "fromYear", fromYear, "plan.fromYear"), "plan.fromYear");
        Integer to = PlanRules.planYear(problems, "toYear",
                PlanRules.typedYear(problems, "toYear", toYear, "plan.toYear"), "plan.toYear");
        PlanRules.planPeriod(problems, from, to);
        return problems.command(() -> new PlanCommands.SavePlan(checkedName, from, to, PlanRules.version(version)));
    }
}
