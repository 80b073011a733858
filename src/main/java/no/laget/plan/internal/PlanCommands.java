package no.laget.plan.internal;

import java.time.LocalDate;
import java.util.List;

/**
 * What municipal staff ask of a plan, read and typed: the pages' forms and the API's bodies both turn into these
 * (see {@link PlanRules} for the rules that need no database). {@code version} is the version the user saw; null
 * when it was missing or mangled, which makes a change stale (ignored for something new).
 */
final class PlanCommands {

    private PlanCommands() {}

    /** A new plan or a changed one: its name and the years it covers. */
    record SavePlan(String name, int fromYear, int toYear, Integer version) {}

    /** A new or changed development area; goals trimmed, empty lines left out. */
    record SaveArea(String title, String description, List<String> goals, Integer version) {

        SaveArea {
            goals = List.copyOf(goals);
        }
    }

    record SaveStrategy(String title, String description, Integer version) {}

    /** A new or changed action; whether the area, the unit and the years fit the plan is the service's check. */
    record SaveAction(long areaId, String title, long ownerUnitId, String responsible, String partners, int fromYear,
            int toYear, String periodNote, Integer version) {}

    /** Where an action stands, from which day, and (for a delay or a cancellation) why. */
    record ReportStatus(ActionStatus status, String comment, LocalDate date) {}
}
