package no.laget.plan.internal;

/**
 * What municipal staff type about an action. Everything is text, so that a letter in a year is a field
 * message next to the field, not a binding failure. Checked by {@link PlanRules}. {@code version} is the
 * version of the action the user saw (ignored for a new action).
 */
public record ActionForm(String areaId, String title, String ownerUnitId, String responsible, String partners,
        String fromYear, String toYear, String periodNote, String version) {

    static ActionForm empty(String areaId) {
        return new ActionForm(areaId == null ? "" : areaId, "", "", "", "", "", "", "", "");
    }
}
