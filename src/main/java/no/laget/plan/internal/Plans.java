package no.laget.plan.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import no.laget.organisation.Organisation;
import no.laget.platform.security.Role;
import no.laget.organisation.Unit;
import no.laget.plan.internal.PlanRepository.ActionRow;
import no.laget.plan.internal.PlanRepository.StatusRow;
import no.laget.platform.security.SignedInUser;
import no.laget.platform.validation.NotFoundException;

import org.springframework.stereotype.Service;

/**
 * What may be read about the plans. A whole plan is seven statements whatever its size: the plan, its
 * strategies, areas, goals, targets and actions, and the units that own them.
 */
@Service
public class Plans {

    private final PlanRepository repository;
    private final Organisation organisation;
    private final Clock clock;

    Plans(PlanRepository repository, Organisation organisation, Clock clock) {
        this.repository = repository;
        this.organisation = organisation;
        this.clock = clock;
    }

    public List<Plan> plans() {
        return repository.plans();
    }

    public Plan plan(long planId) {
        return repository.plan(planId).orElseThrow(() -> new NotFoundException("plan"));
    }

    public PlanOverview overview(long planId) {
        Plan plan = plan(planId);
        LocalDate today = Overdue.today(clock);
        Map<Long, Unit> units = organisation.unitsById();
        Map<Long, List<String>> goals = new LinkedHashMap<>();
        repository.goals(planId).forEach(goal -> goals.computeIfAbsent(goal.areaId(), id -> new ArrayList<>()).add(goal.text()));
        Map<Long, List<Target>> targets = new LinkedHashMap<>();
        repository.targets(planId).forEach(target -> targets.computeIfAbsent(target.areaId(), id -> new ArrayList<>()).add(target));
        Map<Long, List<PlanAction>> actions = new LinkedHashMap<>();
        repository.actions(planId).forEach(row -> actions.computeIfAbsent(row.areaId(), id -> new ArrayList<>())
                .add(named(row, units, today)));
        List<Area> areas = repository.areas(planId).stream()
                .map(area -> new Area(area.id(), area.position(), area.title(), area.description(), area.version(),
                        goals.getOrDefault(area.id(), List.of()), targets.getOrDefault(area.id(), List.of()),
                        actions.getOrDefault(area.id(), List.of())))
                .toList();
        return new PlanOverview(plan, repository.strategies(planId), areas);
    }

    public PlanAction action(long actionId) {
        ActionRow row = repository.action(actionId).orElseThrow(() -> new NotFoundException("plan action"));
        return named(row, organisation.unitsById(), Overdue.today(clock));
    }

    /**
     * Every action the unit owns, in every plan, newest plan first and in plan order within a plan: what its
     * leaders follow up. Two statements whatever the number (the actions, and the unit names).
     */
    public List<UnitAction> ownedBy(long unitId) {
        Map<Long, Unit> units = organisation.unitsById();
        LocalDate today = Overdue.today(clock);
        return repository.actionsOwnedBy(unitId).stream()
                .map(row -> new UnitAction(named(row.action(), units, today), row.planName(), row.areaPosition(),
                        row.areaTitle()))
                .toList();
    }

    /** The action's status updates, oldest first, with the names of those who recorded them. */
    public List<StatusChange> history(long actionId) {
        List<StatusRow> rows = repository.statusHistoryOfAction(actionId);
        Map<Long, String> names = organisation.employeeNames(rows.stream().map(StatusRow::recordedBy)
                .filter(Objects::nonNull).distinct().toList());
        return rows.stream().map(row -> new StatusChange(row.status(), row.comment(), row.date(),
                row.recordedBy() == null ? "" : names.getOrDefault(row.recordedBy(), ""), row.recordedAt())).toList();
    }

    /** Municipal staff update any action; a unit leader updates the actions their own unit owns. */
    public static boolean mayUpdateStatus(SignedInUser user, PlanAction action) {
        return user.hasRole(Role.MUNICIPAL_STAFF)
                || (user.hasRole(Role.UNIT_LEADER) && user.unitId() == action.ownerUnitId());
    }

    private static PlanAction named(ActionRow row, Map<Long, Unit> units, LocalDate today) {
        Unit owner = units.get(row.ownerUnitId());
        return new PlanAction(row.id(), row.planId(), row.areaId(), row.title(), row.ownerUnitId(),
                owner == null ? "" : owner.name(), row.responsible(), row.partners(), row.fromYear(), row.toYear(),
                row.periodNote(), row.status(), row.statusComment(), row.statusDate(),
                Overdue.on(today, row.toYear(), row.status()), row.version());
    }
}
