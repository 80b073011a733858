package no.laget.plan.internal;

import java.util.List;

/** A whole plan as the overview and the annual report show it. */
public record PlanOverview(Plan plan, List<Strategy> strategies, List<Area> areas) {

    public PlanOverview {
        strategies = List.copyOf(strategies);
        areas = List.copyOf(areas);
    }

    public List<PlanAction> overdueActions() {
        return areas.stream().flatMap(area -> area.actions().stream()).filter(PlanAction::overdue).toList();
    }

    public int actionCount() {
        return areas.stream().mapToInt(area -> area.actions().size()).sum();
    }
}
