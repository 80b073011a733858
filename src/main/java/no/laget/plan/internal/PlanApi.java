package no.laget.plan.internal;

import java.util.List;

import no.laget.platform.security.SignedInUser;
import no.laget.platform.validation.NotFoundException;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * /api/v1/plans: read a plan and its actions, create and change plans, areas, strategies and actions, and update
 * an action's status, with the same rules as the pages. Municipal staff and unit leaders get in (see the security
 * configuration); a change of the plan's contents needs municipal staff and a status update the leader's own
 * unit's action, else 403 problem+json. A change names the {@code version} it was read at; another is 409.
 */
@RestController
@RequestMapping("/api/v1/plans")
class PlanApi {

    private final Plans plans;
    private final PlanAdministration administration;

    PlanApi(Plans plans, PlanAdministration administration) {
        this.plans = plans;
        this.administration = administration;
    }

    @GetMapping
    List<Plan> list() {
        return plans.plans();
    }

    @GetMapping("/{planId}")
    PlanOverview plan(@PathVariable long planId) {
        return plans.overview(planId);
    }

    /** The actions the caller's unit owns, in every plan. */
    @GetMapping("/actions/my-unit")
    List<UnitAction> unitActions(@AuthenticationPrincipal SignedInUser user) {
        return plans.ownedBy(user.unitId());
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Plan create(@AuthenticationPrincipal SignedInUser user, @RequestBody PlanForm form) {
        return administration.createPlan(user, form);
    }

    @PutMapping("/{planId}")
    Plan change(@AuthenticationPrincipal SignedInUser user, @PathVariable long planId, @RequestBody PlanForm form) {
        return administration.changePlan(user, planId, form);
    }

    @PostMapping("/{planId}/areas")
    @ResponseStatus(HttpStatus.CREATED)
    PlanOverview createArea(@AuthenticationPrincipal SignedInUser user, @PathVariable long planId,
            @RequestBody AreaForm form) {
        administration.createArea(user, planId, form);
        return plans.overview(planId);
    }

    @PutMapping("/{planId}/areas/{areaId}")
    PlanOverview changeArea(@AuthenticationPrincipal SignedInUser user, @PathVariable long planId,
            @PathVariable long areaId, @RequestBody AreaForm form) {
        if (administration.planOfArea(areaId) != planId) {
            throw new NotFoundException("plan area");
        }
        administration.changeArea(user, areaId, form);
        return plans.overview(planId);
    }

    @PostMapping("/{planId}/strategies")
    @ResponseStatus(HttpStatus.CREATED)
    PlanOverview createStrategy(@AuthenticationPrincipal SignedInUser user, @PathVariable long planId,
            @RequestBody StrategyForm form) {
        administration.createStrategy(user, planId, form);
        return plans.overview(planId);
    }

    @PutMapping("/{planId}/strategies/{strategyId}")
    PlanOverview changeStrategy(@AuthenticationPrincipal SignedInUser user, @PathVariable long planId,
            @PathVariable long strategyId, @RequestBody StrategyForm form) {
        if (administration.strategy(strategyId).planId() != planId) {
            throw new NotFoundException("plan strategy");
        }
        administration.changeStrategy(user, strategyId, form);
        return plans.overview(planId);
    }

    @PostMapping("/{planId}/actions")
    @ResponseStatus(HttpStatus.CREATED)
    PlanAction createAction(@AuthenticationPrincipal SignedInUser user, @PathVariable long planId,
            @RequestBody ActionForm form) {
        return administration.createAction(user, planId, form);
    }

    @PutMapping("/{planId}/actions/{actionId}")
    PlanAction changeAction(@AuthenticationPrincipal SignedInUser user, @PathVariable long planId,
            @PathVariable long actionId, @RequestBody ActionForm form) {
        inPlan(planId, actionId);
        return administration.changeAction(user, actionId, form);
    }

    @GetMapping("/{planId}/actions/{actionId}")
    PlanAction action(@PathVariable long planId, @PathVariable long actionId) {
        return inPlan(planId, actionId);
    }

    @GetMapping("/{planId}/actions/{actionId}/status-history")
    List<StatusChange> history(@PathVariable long planId, @PathVariable long actionId) {
        inPlan(planId, actionId);
        return plans.history(actionId);
    }

    @PutMapping("/{planId}/actions/{actionId}/status")
    PlanAction updateStatus(@AuthenticationPrincipal SignedInUser user, @PathVariable long planId,
            @PathVariable long actionId, @RequestBody StatusForm form) {
        inPlan(planId, actionId);
        return administration.updateStatus(user, actionId, form);
    }

    private PlanAction inPlan(long planId, long actionId) {
        PlanAction action = plans.action(actionId);
        if (action.planId() != planId) {
            throw new NotFoundException("plan action");
        }
        return action;
    }
}
