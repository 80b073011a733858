package no.laget.plan.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import no.laget.platform.validation.FieldProblem;
import no.laget.platform.validation.FieldRules;

/** The rules for an action and a status update, one set for the pages and the API, problems in page order. */
final class PlanRules {

    static final int MAX_COMMENT = 2000;

    private PlanRules() {}

    /** @param areaIds the plan's areas; @param unitIds the units that may own an action */
    static Optional<ActionData> action(ActionForm form, Plan plan, Set<Long> areaIds, Set<Long> unitIds,
            List<FieldProblem> problems) {
        int before = problems.size();
        Long areaId = id(problems, "areaId", form.areaId(), areaIds, "plan.action.areaId");
        FieldRules.text(problems, "title", form.title(), 500, "plan.action.title");
        Long ownerUnitId = id(problems, "ownerUnitId", form.ownerUnitId(), unitIds, "plan.action.ownerUnitId");
        FieldRules.optionalText(problems, "responsible", form.responsible(), 300, "plan.action.responsible");
        FieldRules.optionalText(problems, "partners", form.partners(), 1000, "plan.action.partners");
        Integer from = year(problems, "fromYear", form.fromYear(), plan, "plan.action.fromYear");
        Integer to = year(problems, "toYear", form.toYear(), plan, "plan.action.toYear");
        if (from != null && to != null && to < from) {
            problems.add(new FieldProblem("toYear", "plan.action.toYear.before-from"));
        }
        FieldRules.optionalText(problems, "periodNote", form.periodNote(), 300, "plan.action.periodNote");
        if (problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new ActionData(areaId, form.title().trim(), ownerUnitId,
                FieldRules.trimToNull(form.responsible()), FieldRules.trimToNull(form.partners()), from, to,
                FieldRules.trimToNull(form.periodNote())));
    }

    /** A plan's name and years after the rules passed. */
    record PlanData(String name, int fromYear, int toYear) {}

    /** An area after the rules passed; goals trimmed, empty lines left out. */
    record AreaData(String title, String description, List<String> goals) {}

    record StrategyData(String title, String description) {}

    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2100;
    static final int MAX_PLAN_YEARS = 20;
    static final int MAX_GOALS = 30;
    static final int MAX_GOAL = 1000;

    /**
     * A plan's name and period. {@code actions} are the first and last years of the plan's actions (both null
     * for a new plan or one without actions): the period may not leave any of them outside.
     */
    static Optional<PlanData> plan(PlanForm form, PlanRepository.YearSpan actions, List<FieldProblem> problems) {
        int before = problems.size();
        FieldRules.text(problems, "name", form.name(), 200, "plan.name");
        Integer from = planYear(problems, "fromYear", form.fromYear(), "plan.fromYear");
        Integer to = planYear(problems, "toYear", form.toYear(), "plan.toYear");
        if (from != null && to != null) {
            if (to < from) {
                problems.add(new FieldProblem("toYear", "plan.toYear.before-from"));
            } else if (to - from + 1 > MAX_PLAN_YEARS) {
                problems.add(new FieldProblem("toYear", "plan.toYear.too-many-years"));
            }
        }
        if (from != null && actions.firstYear() != null && from > actions.firstYear()) {
            problems.add(new FieldProblem("fromYear", "plan.fromYear.after-actions"));
        }
        if (to != null && actions.lastYear() != null && to < actions.lastYear()) {
            problems.add(new FieldProblem("toYear", "plan.toYear.before-actions"));
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new PlanData(form.name().trim(), from, to));
    }

    static Optional<AreaData> area(AreaForm form, List<FieldProblem> problems) {
        int before = problems.size();
        FieldRules.text(problems, "title", form.title(), 300, "plan.area.title");
        FieldRules.optionalText(problems, "description", form.description(), 4000, "plan.area.description");
        List<String> goals = form.goals() == null ? List.of() : form.goals().lines().map(String::trim)
                .filter(line -> !line.isEmpty()).toList();
        if (goals.size() > MAX_GOALS) {
            problems.add(new FieldProblem("goals", "plan.area.goals.too-many"));
        } else if (goals.stream().anyMatch(goal -> goal.length() > MAX_GOAL)) {
            problems.add(new FieldProblem("goals", "plan.area.goals.too-long"));
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new AreaData(form.title().trim(), FieldRules.trimToNull(form.description()), goals));
    }

    static Optional<StrategyData> strategy(StrategyForm form, List<FieldProblem> problems) {
        int before = problems.size();
        FieldRules.text(problems, "title", form.title(), 300, "plan.strategy.title");
        FieldRules.optionalText(problems, "description", form.description(), 4000, "plan.strategy.description");
        if (problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new StrategyData(form.title().trim(), FieldRules.trimToNull(form.description())));
    }

    /** The version the user saw, or null when the form has none or a mangled one (then the save is stale). */
    static Integer version(String value) {
        if (value == null || !value.trim().matches("\\d{1,9}")) {
            return null;
        }
        return Integer.valueOf(value.trim());
    }

    private static Integer planYear(List<FieldProblem> problems, String field, String value, String prefix) {
        if (FieldRules.blank(value)) {
            problems.add(new FieldProblem(field, prefix + ".required"));
            return null;
        }
        String trimmed = value.trim();
        if (!trimmed.matches("\\d{4}")) {
            problems.add(new FieldProblem(field, prefix + ".malformed"));
            return null;
        }
        int year = Integer.parseInt(trimmed);
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            problems.add(new FieldProblem(field, prefix + ".out-of-range"));
            return null;
        }
        return year;
    }

    record CheckedStatus(ActionStatus status, String comment, LocalDate date) {}

    static Optional<CheckedStatus> status(StatusForm form, Plan plan, LocalDate today, List<FieldProblem> problems) {
        int before = problems.size();
        ActionStatus status = null;
        if (FieldRules.blank(form.status())) {
            problems.add(new FieldProblem("status", "plan.status.required"));
        } else {
            status = ActionStatus.parse(form.status().trim()).orElse(null);
            if (status == null) {
                problems.add(new FieldProblem("status", "plan.status.unknown"));
            }
        }
        // A delay or a cancellation must say why: that is what the council reads in the annual report.
        if ((status == ActionStatus.DELAYED || status == ActionStatus.CANCELLED) && FieldRules.blank(form.comment())) {
            problems.add(new FieldProblem("comment", "plan.comment.required-for-" + status.name()));
        } else {
            FieldRules.optionalText(problems, "comment", form.comment(), MAX_COMMENT, "plan.comment");
        }
        Optional<LocalDate> date = FieldRules.date(problems, "date", form.date(), "plan.date");
        if (date.isPresent() && date.get().isAfter(today)) {
            problems.add(new FieldProblem("date", "plan.date.future"));
        } else if (date.isPresent() && date.get().getYear() < plan.fromYear()) {
            problems.add(new FieldProblem("date", "plan.date.before-plan"));
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new CheckedStatus(status, FieldRules.trimToNull(form.comment()), date.get()));
    }

    private static Long id(List<FieldProblem> problems, String field, String value, Set<Long> known, String prefix) {
        if (FieldRules.blank(value)) {
            problems.add(new FieldProblem(field, prefix + ".required"));
            return null;
        }
        try {
            long id = Long.parseLong(value.trim());
            if (known.contains(id)) {
                return id;
            }
        } catch (NumberFormatException notANumber) {
            // the same answer as an unknown one: the list is what they must choose from
        }
        problems.add(new FieldProblem(field, prefix + ".unknown"));
        return null;
    }

    /** A year within the plan's period: an action of the plan runs in the plan's years. */
    private static Integer year(List<FieldProblem> problems, String field, String value, Plan plan, String prefix) {
        if (FieldRules.blank(value)) {
            problems.add(new FieldProblem(field, prefix + ".required"));
            return null;
        }
        String trimmed = value.trim();
        if (!trimmed.matches("\\d{4}")) {
            problems.add(new FieldProblem(field, prefix + ".malformed"));
            return null;
        }
        int year = Integer.parseInt(trimmed);
        if (year < plan.fromYear() || year > plan.toYear()) {
            problems.add(new FieldProblem(field, prefix + ".outside-plan"));
            return null;
        }
        return year;
    }
}
