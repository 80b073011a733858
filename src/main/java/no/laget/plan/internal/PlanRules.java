package no.laget.plan.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import no.laget.platform.validation.FieldProblems;
import no.laget.platform.validation.FieldRules;

/**
 * The rules for plans, areas, strategies, actions and status updates, one set for the pages and the API. The
 * field rules add their problem to a {@link FieldProblems} (the forms' and the API bodies' {@code toCommand()} call
 * them in page order); the checks that need the plan ({@link #action}, {@link #period}, {@link #statusDate}) are
 * the service's.
 */
final class PlanRules {

    static final int MAX_COMMENT = 2000;
    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2100;
    static final int MAX_PLAN_YEARS = 20;
    static final int MAX_GOALS = 30;
    static final int MAX_GOAL = 1000;

    private PlanRules() {}

    // ---------------------------------------------------------------- readers (no database)

    /** A plan year sent as a number (or read from what was typed): present, and within the years a plan may cover. */
    static Integer planYear(FieldProblems problems, String field, Integer year, String prefix) {
        if (problems.has(field)) {
            return null;
        }
        if (year == null) {
            return problems.add(field, prefix + ".required");
        }
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            return problems.add(field, prefix + ".out-of-range");
        }
        return year;
    }

    /** A plan's period: it ends after it begins, and covers at most {@link #MAX_PLAN_YEARS} years. */
    static void planPeriod(FieldProblems problems, Integer from, Integer to) {
        if (from != null && to != null) {
            if (to < from) {
                problems.add("toYear", "plan.toYear.before-from");
            } else if (to - from + 1 > MAX_PLAN_YEARS) {
                problems.add("toYear", "plan.toYear.too-many-years");
            }
        }
    }

    /** A year as typed: four digits; a problem for the field when blank or otherwise, then null. */
    static Integer typedYear(FieldProblems problems, String field, String typed, String prefix) {
        if (FieldRules.blank(typed)) {
            return problems.add(field, prefix + ".required");
        }
        String trimmed = typed.trim();
        return trimmed.matches("\\d{4}") ? Integer.valueOf(trimmed) : problems.add(field, prefix + ".malformed");
    }

    /** An area's goals: trimmed, empty ones left out, at most {@link #MAX_GOALS} of at most {@link #MAX_GOAL}. */
    static List<String> goals(FieldProblems problems, List<String> goals) {
        List<String> lines = goals == null ? List.of()
                : goals.stream().filter(line -> line != null).map(String::trim).filter(line -> !line.isEmpty()).toList();
        if (lines.size() > MAX_GOALS) {
            return problems.add("goals", "plan.area.goals.too-many");
        } else if (lines.stream().anyMatch(goal -> goal.length() > MAX_GOAL)) {
            return problems.add("goals", "plan.area.goals.too-long");
        }
        return lines;
    }

    /** An action's years: the end not before the beginning (within the plan is the service's check). */
    static void actionPeriod(FieldProblems problems, Integer from, Integer to) {
        if (from != null && to != null && to < from) {
            problems.add("toYear", "plan.action.toYear.before-from");
        }
    }

    /** An id chosen from a list as typed: blank is "choose one", anything but a number is not one of the list. */
    static Long typedId(FieldProblems problems, String field, String typed, String prefix) {
        if (FieldRules.blank(typed)) {
            return problems.add(field, prefix + ".required");
        }
        return FieldProblems.parseNumber(typed).orElseGet(() -> problems.add(field, prefix + ".unknown"));
    }

    /** A value a JSON body must have: null is the field's {@code prefix.required}. */
    static <T> T required(FieldProblems problems, String field, T value, String prefix) {
        return value != null ? value : problems.add(field, prefix + ".required");
    }

    /** A status as typed: blank is "choose one", any other word not one of the list. */
    static ActionStatus typedStatus(FieldProblems problems, String typed) {
        if (FieldRules.blank(typed)) {
            return problems.add("status", "plan.status.required");
        }
        return ActionStatus.parse(typed.trim()).orElseGet(() -> problems.add("status", "plan.status.unknown"));
    }

    /** A status comment; a delay or a cancellation must say why: that is what the council reads in the annual report. */
    static String statusComment(FieldProblems problems, ActionStatus status, String comment) {
        if ((status == ActionStatus.DELAYED || status == ActionStatus.CANCELLED) && FieldRules.blank(comment)) {
            return problems.add("comment", "plan.comment.required-for-" + status.name());
        }
        return problems.optionalText("comment", comment, MAX_COMMENT, "plan.comment");
    }

    /** The version the user saw, or null when the form has none or a mangled one (then the save is stale). */
    static Integer version(String value) {
        if (value == null || !value.trim().matches("\\d{1,9}")) {
            return null;
        }
        return Integer.valueOf(value.trim());
    }

    // ---------------------------------------------------------------- checks against the plan

    /**
     * The plan's period may not leave out any of its actions: {@code actions} are the first and last years of the
     * plan's actions (both null for a plan without actions).
     */
    static PlanCommands.SavePlan period(PlanCommands.SavePlan plan, PlanRepository.YearSpan actions) {
        FieldProblems problems = new FieldProblems();
        if (actions.firstYear() != null && plan.fromYear() > actions.firstYear()) {
            problems.add("fromYear", "plan.fromYear.after-actions");
        }
        if (actions.lastYear() != null && plan.toYear() < actions.lastYear()) {
            problems.add("toYear", "plan.toYear.before-actions");
        }
        return problems.command(() -> plan);
    }

    /** @param areaIds the plan's areas; @param unitIds the units that may own an action */
    static ActionData action(PlanCommands.SaveAction action, Plan plan, Set<Long> areaIds, Set<Long> unitIds) {
        FieldProblems problems = new FieldProblems();
        if (!areaIds.contains(action.areaId())) {
            problems.add("areaId", "plan.action.areaId.unknown");
        }
        if (!unitIds.contains(action.ownerUnitId())) {
            problems.add("ownerUnitId", "plan.action.ownerUnitId.unknown");
        }
        // an action of the plan runs in the plan's years
        if (action.fromYear() < plan.fromYear() || action.fromYear() > plan.toYear()) {
            problems.add("fromYear", "plan.action.fromYear.outside-plan");
        }
        if (action.toYear() < plan.fromYear() || action.toYear() > plan.toYear()) {
            problems.add("toYear", "plan.action.toYear.outside-plan");
        }
        return problems.command(() -> new ActionData(action.areaId(), action.title(), action.ownerUnitId(),
                action.responsible(), action.partners(), action.fromYear(), action.toYear(), action.periodNote()));
    }

    /** The day a status describes: not after today, not before the plan began. */
    static void statusDate(LocalDate date, Plan plan, LocalDate today) {
        FieldProblems problems = new FieldProblems();
        if (date.isAfter(today)) {
            problems.add("date", "plan.date.future");
        } else if (date.getYear() < plan.fromYear()) {
            problems.add("date", "plan.date.before-plan");
        }
        problems.command(() -> date);
    }
}
