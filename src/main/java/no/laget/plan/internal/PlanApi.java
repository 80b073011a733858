package no.laget.plan.internal;

import java.util.List;

import no.laget.plan.Plan;
import no.laget.plan.PlanAction;
import no.laget.plan.PlanOverview;
import no.laget.plan.Plans;
import no.laget.plan.StatusChange;
import no.laget.platform.security.SignedInUser;
import no.laget.platform.validation.NotFoundException;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * /api/v1/plans: read a plan and its actions, and update an action's status with the same rules as the page.
 * Municipal staff and unit leaders get in (see the security configuration); the status update also needs the
 * action to be the leader's own unit's, else 403 problem+json.
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
