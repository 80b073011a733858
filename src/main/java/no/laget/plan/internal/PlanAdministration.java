package no.laget.plan.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import no.laget.organisation.Organisation;
import no.laget.platform.security.Role;
import no.laget.organisation.Unit;
import no.laget.platform.security.SignedInUser;
import no.laget.platform.validation.NotFoundException;
import no.laget.platform.validation.StaleVersionException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * New and changed plans, areas (with their goals), strategies and actions (municipal staff only, checked here too
 * because unit leaders reach the API), and status updates (municipal staff, or the owner unit's leaders). Every
 * change of an existing thing names the version the user saw; a save against another version is refused with
 * {@code plan.stale} on the field {@code version} and stores nothing.
 */
@Service
class PlanAdministration {

    private static final Logger log = LoggerFactory.getLogger(PlanAdministration.class);

    private final PlanRepository repository;
    private final Plans plans;
    private final Organisation organisation;
    private final Clock clock;

    PlanAdministration(PlanRepository repository, Plans plans, Organisation organisation, Clock clock) {
        this.repository = repository;
        this.plans = plans;
        this.organisation = organisation;
        this.clock = clock;
    }

    @Transactional
    Plan createPlan(SignedInUser user, PlanCommands.SavePlan data) {
        mustEdit(user);
        long id = repository.insertPlan(data.name(), data.fromYear(), data.toYear(), OffsetDateTime.now(clock));
        log.info("Plan {} created by employee {}", id, user.employeeId());
        return plans.plan(id);
    }

    /** The period may not leave out any of the plan's actions. */
    @Transactional
    Plan changePlan(SignedInUser user, long planId, PlanCommands.SavePlan data) {
        mustEdit(user);
        plans.plan(planId);
        repository.lockPlan(planId);
        PlanRules.period(data, repository.actionYears(planId));
        if (data.version() == null || !repository.updatePlan(planId, data.version(), data.name(), data.fromYear(), data.toYear())) {
            throw stale();
        }
        log.info("Plan {} changed by employee {}", planId, user.employeeId());
        return plans.plan(planId);
    }

    /** A new area comes last in the plan. */
    @Transactional
    long createArea(SignedInUser user, long planId, PlanCommands.SaveArea data) {
        mustEdit(user);
        plans.plan(planId);
        repository.lockPlan(planId);
        long id = repository.insertArea(planId, repository.nextAreaPosition(planId), data.title(), data.description());
        repository.replaceGoals(id, data.goals());
        log.info("Plan area {} created in plan {} by employee {}", id, planId, user.employeeId());
        return id;
    }

    /** Changes the area and replaces its goals with the lines typed. Returns the area's plan. */
    @Transactional
    long changeArea(SignedInUser user, long areaId, PlanCommands.SaveArea data) {
        mustEdit(user);
        long planId = repository.planOfArea(areaId).orElseThrow(() -> new NotFoundException("plan area"));
        if (data.version() == null || !repository.updateArea(areaId, data.version(), data.title(), data.description())) {
            throw stale();
        }
        repository.replaceGoals(areaId, data.goals());
        log.info("Plan area {} changed by employee {}", areaId, user.employeeId());
        return planId;
    }

    /** A new strategy comes last in the plan. */
    @Transactional
    long createStrategy(SignedInUser user, long planId, PlanCommands.SaveStrategy data) {
        mustEdit(user);
        plans.plan(planId);
        repository.lockPlan(planId);
        int position = repository.nextStrategyPosition(planId);
        repository.insertStrategy(planId, position, data.title(), data.description());
        log.info("Plan strategy at position {} created in plan {} by employee {}", position, planId, user.employeeId());
        return planId;
    }

    /** Returns the strategy's plan. */
    @Transactional
    long changeStrategy(SignedInUser user, long strategyId, PlanCommands.SaveStrategy data) {
        mustEdit(user);
        PlanRepository.StrategyRow existing = strategy(strategyId);
        if (data.version() == null || !repository.updateStrategy(strategyId, data.version(), data.title(), data.description())) {
            throw stale();
        }
        log.info("Plan strategy {} changed by employee {}", strategyId, user.employeeId());
        return existing.planId();
    }

    PlanRepository.StrategyRow strategy(long strategyId) {
        return repository.strategy(strategyId).orElseThrow(() -> new NotFoundException("plan strategy"));
    }

    PlanRepository.AreaRow area(long areaId) {
        return repository.area(areaId).orElseThrow(() -> new NotFoundException("plan area"));
    }

    long planOfArea(long areaId) {
        return repository.planOfArea(areaId).orElseThrow(() -> new NotFoundException("plan area"));
    }

    List<String> goals(long areaId) {
        return repository.goalsOfArea(areaId);
    }

    @Transactional
    PlanAction createAction(SignedInUser user, long planId, PlanCommands.SaveAction action) {
        mustEdit(user);
        long id = repository.insertAction(check(user, plans.plan(planId), action, null), OffsetDateTime.now(clock));
        log.info("Plan action {} created in plan {}", id, planId);
        return plans.action(id);
    }

    @Transactional
    PlanAction changeAction(SignedInUser user, long actionId, PlanCommands.SaveAction action) {
        mustEdit(user);
        PlanAction existing = plans.action(actionId);
        ActionData data = check(user, plans.plan(existing.planId()), action, existing.ownerUnitId());
        if (action.version() == null || !repository.updateAction(actionId, action.version(), data, OffsetDateTime.now(clock))) {
            throw stale();
        }
        log.info("Plan action {} changed", actionId);
        return plans.action(actionId);
    }

    /** Municipal staff change plans; anyone else is refused before the form is read. */
    static boolean mayEdit(SignedInUser user) {
        return user.hasRole(Role.MUNICIPAL_STAFF);
    }

    /** Called by the pages and the API before they read the form too: whoever may not edit learns nothing from it. */
    static void mustEdit(SignedInUser user) {
        if (!mayEdit(user)) {
            log.info("Plan edit refused for employee {}", user.employeeId());
            throw new EditRefusedException();
        }
    }

    private static StaleVersionException stale() {
        return new StaleVersionException("version", "plan.stale");
    }

    /**
     * Refused before the form is read (the pages and the API call {@link #mustUpdateStatus} before they read it):
     * someone who may not update learns nothing from the validation.
     */
    @Transactional
    PlanAction updateStatus(SignedInUser user, long actionId, PlanCommands.ReportStatus status) {
        PlanAction action = mustUpdateStatus(user, actionId);
        PlanRules.statusDate(status.date(), plans.plan(action.planId()), Overdue.today(clock));
        repository.recordStatus(actionId, status.status(), status.comment(), status.date(), user.employeeId(),
                OffsetDateTime.now(clock));
        log.info("Plan action {} status {} recorded by employee {}", actionId, status.status(), user.employeeId());
        return plans.action(actionId);
    }

    PlanAction mustUpdateStatus(SignedInUser user, long actionId) {
        PlanAction action = plans.action(actionId);
        if (!Plans.mayUpdateStatus(user, action)) {
            log.info("Status update of plan action {} refused for employee {}", actionId, user.employeeId());
            throw new StatusUpdateRefusedException(actionId);
        }
        return action;
    }

    /**
     * Units that may own an action: the active ones of the user's own municipality, and the current owner even if it
     * has been deactivated or lies elsewhere (an action saved before owners were kept to one municipality).
     */
    List<Unit> ownerChoices(SignedInUser user, Long current) {
        List<Unit> own = organisation.unitsInMunicipalityOf(user.unitId()).stream()
                .filter(unit -> unit.active() || current != null && unit.id() == current).toList();
        if (current == null || own.stream().anyMatch(unit -> unit.id() == current)) {
            return own;
        }
        return Stream.concat(own.stream(), organisation.unit(current).stream()).toList();
    }

    /**
     * The owner must be a unit of the user's own municipality, as the form offers, or the action's current owner:
     * otherwise a crafted request could hand the action, and its status updates, to another municipality's leaders.
     */
    private ActionData check(SignedInUser user, Plan plan, PlanCommands.SaveAction action, Long currentOwner) {
        Set<Long> areaIds = repository.areas(plan.id()).stream().map(PlanRepository.AreaRow::id).collect(Collectors.toSet());
        Set<Long> owners = organisation.unitsInMunicipalityOf(user.unitId()).stream().map(Unit::id)
                .collect(Collectors.toCollection(HashSet::new));
        if (currentOwner != null) {
            owners.add(currentOwner);
        }
        return PlanRules.action(action, plan, areaIds, owners);
    }
}
