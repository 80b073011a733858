package no.laget.plan.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import no.laget.plan.internal.PlanRepository.StatusRow;
import no.laget.platform.LagetProperties;
import no.laget.platform.validation.FieldProblem;
import no.laget.platform.validation.InvalidInputException;
import no.laget.statistics.IndicatorSeries;
import no.laget.statistics.Indicators;

import org.springframework.stereotype.Component;

/**
 * What the annual evaluation report says about one year: each area's actions that had started by then, with
 * the status they had at the end of the year (or today, for the current year) from the status history, and
 * the municipality's figures for each target's indicator.
 */
@Component
class AnnualReport {

    record ReportAction(PlanAction action, ActionStatus status, String comment, LocalDate statusDate, boolean overdue) {}

    record ReportTarget(Target target, Optional<IndicatorSeries> series) {}

    record ReportArea(Area area, List<ReportAction> actions, List<ReportTarget> targets) {}

    record Report(PlanOverview overview, int year, LocalDate asOf, Map<ActionStatus, Integer> statusCounts,
            int overdueCount, List<ReportArea> areas) {}

    private final Plans plans;
    private final PlanRepository repository;
    private final Indicators indicators;
    private final LagetProperties properties;
    private final Clock clock;

    AnnualReport(Plans plans, PlanRepository repository, Indicators indicators, LagetProperties properties,
            Clock clock) {
        this.plans = plans;
        this.repository = repository;
        this.indicators = indicators;
        this.properties = properties;
        this.clock = clock;
    }

    /** A year from the plan's first to the current one; anything else is a field problem on {@code year}. */
    int year(long planId, String value) {
        var plan = plans.plan(planId);
        int current = Overdue.today(clock).getYear();
        if (value == null || value.isBlank()) {
            throw InvalidInputException.of("year", "plan.report.year.required");
        }
        if (!value.trim().matches("\\d{4}")) {
            throw InvalidInputException.of("year", "plan.report.year.malformed");
        }
        int year = Integer.parseInt(value.trim());
        if (year < plan.fromYear() || year > Math.min(plan.toYear(), current)) {
            throw new InvalidInputException(List.of(new FieldProblem("year", "plan.report.year.out-of-range")));
        }
        return year;
    }

    /** The years a report can be made for, newest first. */
    List<Integer> years(long planId) {
        var plan = plans.plan(planId);
        int last = Math.min(plan.toYear(), Overdue.today(clock).getYear());
        List<Integer> years = new ArrayList<>();
        for (int year = last; year >= plan.fromYear(); year--) {
            years.add(year);
        }
        return years;
    }

    Report of(long planId, int year) {
        PlanOverview overview = plans.overview(planId);
        LocalDate today = Overdue.today(clock);
        LocalDate yearEnd = LocalDate.of(year, 12, 31);
        LocalDate asOf = yearEnd.isBefore(today) ? yearEnd : today;
        Map<Long, StatusRow> latest = new HashMap<>();
        for (StatusRow row : repository.statusHistory(planId)) { // oldest first: the last one on or before asOf wins
            if (!row.date().isAfter(asOf)) {
                latest.put(row.actionId(), row);
            }
        }
        Map<ActionStatus, Integer> counts = new EnumMap<>(ActionStatus.class);
        for (ActionStatus status : ActionStatus.values()) {
            counts.put(status, 0);
        }
        int overdue = 0;
        String municipality = properties.municipality().number();
        List<ReportArea> areas = new ArrayList<>();
        for (Area area : overview.areas()) {
            List<ReportAction> actions = new ArrayList<>();
            for (PlanAction action : area.actions()) {
                if (action.fromYear() > year) {
                    continue; // not started by the plan in that year
                }
                StatusRow row = latest.get(action.id());
                ActionStatus status = row == null ? ActionStatus.NOT_STARTED : row.status();
                boolean late = Overdue.on(asOf, action.toYear(), status);
                actions.add(new ReportAction(action, status, row == null ? null : row.comment(),
                        row == null ? null : row.date(), late));
                counts.merge(status, 1, Integer::sum);
                overdue += late ? 1 : 0;
            }
            List<ReportTarget> targets = area.targets().stream()
                    .map(target -> new ReportTarget(target, municipality == null ? Optional.empty()
                            : indicators.series(target.indicatorCode(), municipality)))
                    .toList();
            areas.add(new ReportArea(area, actions, targets));
        }
        return new Report(overview, year, asOf, counts, overdue, areas);
    }
}
