package no.laget.plan.internal;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import java.time.LocalDate;
import java.util.List;

import no.laget.platform.security.SignedInUser;
import no.laget.platform.validation.FieldProblems;
import no.laget.platform.validation.NotFoundException;

import io.swagger.v3.oas.annotations.media.Schema;

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
 * unit's action, else 403 problem+json. A change names the {@code version} it was read at; another is 409. Bodies
 * are typed JSON (years and ids as numbers, dates as "2025-08-15", a status by name, an area's goals as a list); a
 * missing required field is a field message, a wrong JSON type a 400 naming the field.
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
    Plan create(@AuthenticationPrincipal SignedInUser user, @RequestBody PlanRequest request) {
        PlanAdministration.mustEdit(user);
        return administration.createPlan(user, request.toCommand());
    }

    @PutMapping("/{planId}")
    Plan change(@AuthenticationPrincipal SignedInUser user, @PathVariable long planId, @RequestBody PlanRequest request) {
        PlanAdministration.mustEdit(user);
        return administration.changePlan(user, planId, request.toCommand());
    }

    @PostMapping("/{planId}/areas")
    @ResponseStatus(HttpStatus.CREATED)
    PlanOverview createArea(@AuthenticationPrincipal SignedInUser user, @PathVariable long planId,
            @RequestBody PlanAreaRequest request) {
        PlanAdministration.mustEdit(user);
        administration.createArea(user, planId, request.toCommand());
        return plans.overview(planId);
    }

    @PutMapping("/{planId}/areas/{areaId}")
    PlanOverview changeArea(@AuthenticationPrincipal SignedInUser user, @PathVariable long planId,
            @PathVariable long areaId, @RequestBody PlanAreaRequest request) {
        PlanAdministration.mustEdit(user);
        if (administration.planOfArea(areaId) != planId) {
            throw new NotFoundException("plan area");
        }
        administration.changeArea(user, areaId, request.toCommand());
        return plans.overview(planId);
    }

    @PostMapping("/{planId}/strategies")
    @ResponseStatus(HttpStatus.CREATED)
    PlanOverview createStrategy(@AuthenticationPrincipal SignedInUser user, @PathVariable long planId,
            @RequestBody PlanStrategyRequest request) {
        PlanAdministration.mustEdit(user);
        administration.createStrategy(user, planId, request.toCommand());
        return plans.overview(planId);
    }

    @PutMapping("/{planId}/strategies/{strategyId}")
    PlanOverview changeStrategy(@AuthenticationPrincipal SignedInUser user, @PathVariable long planId,
            @PathVariable long strategyId, @RequestBody PlanStrategyRequest request) {
        PlanAdministration.mustEdit(user);
        if (administration.strategy(strategyId).planId() != planId) {
            throw new NotFoundException("plan strategy");
        }
        administration.changeStrategy(user, strategyId, request.toCommand());
        return plans.overview(planId);
    }

    @PostMapping("/{planId}/actions")
    @ResponseStatus(HttpStatus.CREATED)
    PlanAction createAction(@AuthenticationPrincipal SignedInUser user, @PathVariable long planId,
            @RequestBody PlanActionRequest request) {
        PlanAdministration.mustEdit(user);
        return administration.createAction(user, planId, request.toCommand());
    }

    @PutMapping("/{planId}/actions/{actionId}")
    PlanAction changeAction(@AuthenticationPrincipal SignedInUser user, @PathVariable long planId,
            @PathVariable long actionId, @RequestBody PlanActionRequest request) {
        PlanAdministration.mustEdit(user);
        inPlan(planId, actionId);
        return administration.changeAction(user, actionId, request.toCommand());
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
            @PathVariable long actionId, @RequestBody PlanStatusRequest request) {
        inPlan(planId, actionId);
        administration.mustUpdateStatus(user, actionId);
        return administration.updateStatus(user, actionId, request.toCommand());
    }

    // ---------------------------------------------------------------- the request bodies

    /** A new plan, or a change of one (then with the version it was read at). */
    record PlanRequest(@Schema(requiredMode = REQUIRED, maxLength = 200) String name,
            @Schema(requiredMode = REQUIRED, minimum = "2000", maximum = "2100") Integer fromYear,
            @Schema(requiredMode = REQUIRED, minimum = "2000", maximum = "2100") Integer toYear,
            @Schema(description = "The version read; required for a change, ignored for a new plan") Integer version) {

        PlanCommands.SavePlan toCommand() {
            FieldProblems problems = new FieldProblems();
            String checkedName = problems.text("name", name, 200, "plan.name");
            Integer from = PlanRules.planYear(problems, "fromYear", fromYear, "plan.fromYear");
            Integer to = PlanRules.planYear(problems, "toYear", toYear, "plan.toYear");
            PlanRules.planPeriod(problems, from, to);
            return problems.command(() -> new PlanCommands.SavePlan(checkedName, from, to, version));
        }
    }

    /** A development area with its goals for the end of the plan, one entry per goal. */
    record PlanAreaRequest(@Schema(requiredMode = REQUIRED, maxLength = 300) String title,
            @Schema(maxLength = 4000) String description, @Schema(description = "At most 30 goals of at most 1000 characters each") List<String> goals,
            @Schema(description = "The version read; required for a change, ignored for a new area") Integer version) {

        PlanCommands.SaveArea toCommand() {
            FieldProblems problems = new FieldProblems();
            String checkedTitle = problems.text("title", title, 300, "plan.area.title");
            String checkedDescription = problems.optionalText("description", description, 4000, "plan.area.description");
            List<String> lines = PlanRules.goals(problems, goals);
            return problems.command(() -> new PlanCommands.SaveArea(checkedTitle, checkedDescription, lines, version));
        }
    }

    record PlanStrategyRequest(@Schema(requiredMode = REQUIRED, maxLength = 300) String title,
            @Schema(maxLength = 4000) String description,
            @Schema(description = "The version read; required for a change, ignored for a new strategy") Integer version) {

        PlanCommands.SaveStrategy toCommand() {
            FieldProblems problems = new FieldProblems();
            String checkedTitle = problems.text("title", title, 300, "plan.strategy.title");
            String checkedDescription = problems.optionalText("description", description, 4000, "plan.strategy.description");
            return problems.command(() -> new PlanCommands.SaveStrategy(checkedTitle, checkedDescription, version));
        }
    }

    /** An action: one of the plan's areas, the unit that owns it, and years within the plan's. */
    record PlanActionRequest(@Schema(requiredMode = REQUIRED) Long areaId,
            @Schema(requiredMode = REQUIRED, maxLength = 500) String title,
            @Schema(requiredMode = REQUIRED) Long ownerUnitId, @Schema(maxLength = 300) String responsible,
            @Schema(maxLength = 1000) String partners, @Schema(requiredMode = REQUIRED) Integer fromYear,
            @Schema(requiredMode = REQUIRED) Integer toYear, @Schema(maxLength = 300) String periodNote,
            @Schema(description = "The version read; required for a change, ignored for a new action") Integer version) {

        PlanCommands.SaveAction toCommand() {
            FieldProblems problems = new FieldProblems();
            Long area = PlanRules.required(problems, "areaId", areaId, "plan.action.areaId");
            String checkedTitle = problems.text("title", title, 500, "plan.action.title");
            Long owner = PlanRules.required(problems, "ownerUnitId", ownerUnitId, "plan.action.ownerUnitId");
            String checkedResponsible = problems.optionalText("responsible", responsible, 300, "plan.action.responsible");
            String checkedPartners = problems.optionalText("partners", partners, 1000, "plan.action.partners");
            Integer from = PlanRules.required(problems, "fromYear", fromYear, "plan.action.fromYear");
            Integer to = PlanRules.required(problems, "toYear", toYear, "plan.action.toYear");
            PlanRules.actionPeriod(problems, from, to);
            String checkedNote = problems.optionalText("periodNote", periodNote, 300, "plan.action.periodNote");
            return problems.command(() -> new PlanCommands.SaveAction(area, checkedTitle, owner, checkedResponsible,
                    checkedPartners, from, to, checkedNote, version));
        }
    }

    /** A status update; a comment is required for DELAYED and CANCELLED. */
    record PlanStatusRequest(@Schema(requiredMode = REQUIRED) ActionStatus status,
            @Schema(maxLength = 2000, description = "Required for DELAYED and CANCELLED") String comment,
            @Schema(requiredMode = REQUIRED, description = "The day the status describes, e.g. 2025-08-15") LocalDate date) {

        PlanCommands.ReportStatus toCommand() {
            FieldProblems problems = new FieldProblems();
            ActionStatus checkedStatus = PlanRules.required(problems, "status", status, "plan.status");
            String checkedComment = PlanRules.statusComment(problems, checkedStatus, comment);
            LocalDate day = PlanRules.required(problems, "date", date, "plan.date");
            return problems.command(() -> new PlanCommands.ReportStatus(checkedStatus, checkedComment, day));
        }
    }

    private PlanAction inPlan(long planId, long actionId) {
        PlanAction action = plans.action(actionId);
        if (action.planId() != planId) {
            throw new NotFoundException("plan action");
        }
        return action;
    }
}
