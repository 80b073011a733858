package no.laget.plan.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import no.laget.organisation.Organisation;
import no.laget.organisation.Unit;
import no.laget.plan.Overdue;
import no.laget.plan.Plan;
import no.laget.plan.PlanAction;
import no.laget.plan.Plans;
import no.laget.platform.security.SignedInUser;
import no.laget.platform.validation.FieldProblem;
import no.laget.platform.validation.InvalidInputException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** New and changed actions (municipal staff) and status updates (municipal staff, or the owner unit's leaders). */
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
    PlanAction createAction(long planId, ActionForm form) {
        long id = repository.insertAction(check(plans.plan(planId), form), OffsetDateTime.now(clock));
        log.info("Plan action {} created in plan {}", id, planId);
        return plans.action(id);
    }

    @Transactional
    PlanAction changeAction(long actionId, ActionForm form) {
        PlanAction existing = plans.action(actionId);
        repository.updateAction(actionId, check(plans.plan(existing.planId()), form), OffsetDateTime.now(clock));
        log.info("Plan action {} changed", actionId);
        return plans.action(actionId);
    }

    /** Refused before the form is read: someone who may not update learns nothing from the validation. */
    @Transactional
    PlanAction updateStatus(SignedInUser user, long actionId, StatusForm form) {
        PlanAction action = plans.action(actionId);
        if (!Plans.mayUpdateStatus(user, action)) {
            log.info("Status update of plan action {} refused for employee {}", actionId, user.employeeId());
            throw new StatusUpdateRefusedException(actionId);
        }
        List<FieldProblem> problems = new ArrayList<>();
        PlanRules.CheckedStatus status = PlanRules.status(form, plans.plan(action.planId()), Overdue.today(clock), problems)
                .orElseThrow(() -> new InvalidInputException(problems));
        repository.recordStatus(actionId, status.status(), status.comment(), status.date(), user.employeeId(),
                OffsetDateTime.now(clock));
        log.info("Plan action {} status {} recorded by employee {}", actionId, status.status(), user.employeeId());
        return plans.action(actionId);
    }

    /** Units that may own an action: active ones, and the current owner even if it has been deactivated. */
    List<Unit> ownerChoices(String current) {
        return organisation.units().stream()
                .filter(unit -> unit.active() || String.valueOf(unit.id()).equals(current)).toList();
    }

    private ActionData check(Plan plan, ActionForm form) {
        Set<Long> areaIds = repository.areas(plan.id()).stream().map(PlanRepository.AreaRow::id).collect(Collectors.toSet());
        Set<Long> unitIds = organisation.unitsById().keySet();
        List<FieldProblem> problems = new ArrayList<>();
        return PlanRules.action(form, plan, areaIds, unitIds, problems)
                .orElseThrow(() -> new InvalidInputException(problems));
    }
}
