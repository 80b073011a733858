package no.laget.plan.internal;

import java.util.List;

/** A development area (utviklingsområde) with its goals for the end of the plan, targets and actions. */
public record Area(long id, int position, String title, String description, int version, List<String> goals,
        List<Target> targets, List<PlanAction> actions) {

    public Area {
        goals = List.copyOf(goals);
        targets = List.copyOf(targets);
        actions = List.copyOf(actions);
    }

    public long overdueCount() {
        return actions.stream().filter(PlanAction::overdue).count();
    }
}
