package no.laget.plan.internal;

import no.laget.platform.validation.FieldProblems;

/**
 * What municipal staff type about an action. Everything is text, so that a letter in a year is a field
 * message next to the field, not a binding failure. Read by {@link #toCommand()} with {@link PlanRules}.
 * {@code version} is the version of the action the user saw (ignored for a new action).
 */
public record ActionForm(String areaId, String title, String ownerUnitId, String responsible, String partners,
        String fromYear, String toYear, String periodNote, String version) {

    static ActionForm empty(String areaId) {
        return new ActionForm(areaId == null ? "" : areaId, "", "", "", "", "", "", "", "");
    }

    PlanCommands.SaveAction toCommand() {
        FieldProblems problems = new FieldProblems();
        Long area = PlanRules.typedId(problems, "areaId", areaId, "plan.action.areaId");
        String checkedTitle = problems.text("title", title, 500, "plan.action.title");
        Long owner = PlanRules.typedId(problems, "ownerUnitId", ownerUnitId, "plan.action.ownerUnitId");
        String checkedResponsible = problems.optionalText("responsible", responsible, 300, "plan.action.responsible");
        String checkedPartners = problems.optionalText("partners", partners, 1000, "plan.action.partners");
        Integer from = PlanRules.typedYear(problems, "fromYear", fromYear, "plan.action.fromYear");
        Integer to = PlanRules.typedYear(problems, "toYear", toYear, "plan.action.toYear");
        PlanRules.actionPeriod(problems, from, to);
        String checkedNote = problems.optionalText("periodNote", periodNote, 300, "plan.action.periodNote");
        return problems.command(() -> new PlanCommands.SaveAction(area, checkedTitle, owner, checkedResponsible,
                checkedPartners, from, to, checkedNote, PlanRules.version(version)));
    }
}
