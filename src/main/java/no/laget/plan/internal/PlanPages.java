package no.laget.plan.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import no.laget.platform.security.SignedInUser;
import no.laget.platform.validation.InvalidInputException;
import no.laget.platform.web.Choice;
import no.laget.platform.web.FieldErrors;
import no.laget.platform.web.PageController;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/**
 * Plan follow-up for municipal staff: the plans, one plan by area with its actions and their status (overdue
 * ones named as such), an action with its history and the status form, new and changed plans, areas (with their
 * goals), strategies and actions, and the annual report. Unit leaders reach the list of their own unit's actions
 * and those actions' pages, and update their status.
 */
@PageController
@RequestMapping("/plan")
class PlanPages {

    private final Plans plans;
    private final PlanAdministration administration;
    private final AnnualReport annualReport;
    private final AnnualReportPdf pdf;
    private final FieldErrors fieldErrors;
    private final Clock clock;

    PlanPages(Plans plans, PlanAdministration administration, AnnualReport annualReport, AnnualReportPdf pdf,
            FieldErrors fieldErrors, Clock clock) {
        this.plans = plans;
        this.administration = administration;
        this.annualReport = annualReport;
        this.pdf = pdf;
        this.fieldErrors = fieldErrors;
        this.clock = clock;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("plans", plans.plans());
        return "plan/list";
    }

    @GetMapping("/new")
    String newPlan(Model model) {
        return planForm(model, null, PlanForm.empty(), fieldErrors.none());
    }

    @PostMapping
    String createPlan(@AuthenticationPrincipal SignedInUser user, @ModelAttribute("form") PlanForm form,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        try {
            Plan plan = administration.createPlan(user, edit(user, form::toCommand));
            redirect.addFlashAttribute("planSaved", true);
            return "redirect:/plan/" + plan.id();
        } catch (InvalidInputException e) {
            return planForm(model, null, form, fieldErrors.of(binding, e));
        }
    }

    @GetMapping("/{planId}/edit")
    String editPlan(@PathVariable long planId, Model model) {
        Plan plan = plans.plan(planId);
        return planForm(model, plan, new PlanForm(plan.name(), String.valueOf(plan.fromYear()),
                String.valueOf(plan.toYear()), String.valueOf(plan.version())), fieldErrors.none());
    }

    @PostMapping("/{planId}")
    String changePlan(@AuthenticationPrincipal SignedInUser user, @PathVariable long planId,
            @ModelAttribute("form") PlanForm form, BindingResult binding, Model model, RedirectAttributes redirect) {
        Plan existing = plans.plan(planId);
        try {
            administration.changePlan(user, planId, edit(user, form::toCommand));
            redirect.addFlashAttribute("planSaved", true);
            return "redirect:/plan/" + planId;
        } catch (InvalidInputException e) {
            return planForm(model, existing, form, fieldErrors.of(binding, e));
        }
    }

    @GetMapping("/{planId}/areas/new")
    String newArea(@PathVariable long planId, Model model) {
        return partForm(model, plans.plan(planId), "area", null, AreaForm.empty(), fieldErrors.none());
    }

    @PostMapping("/{planId}/areas")
    String createArea(@AuthenticationPrincipal SignedInUser user, @PathVariable long planId,
            @ModelAttribute("form") AreaForm form, BindingResult binding, Model model, RedirectAttributes redirect) {
        Plan plan = plans.plan(planId);
        try {
            long areaId = administration.createArea(user, planId, edit(user, form::toCommand));
            redirect.addFlashAttribute("areaSaved", true);
            return "redirect:/plan/" + planId + "#area-" + areaId;
        } catch (InvalidInputException e) {
            return partForm(model, plan, "area", null, form, fieldErrors.of(binding, e));
        }
    }

    @GetMapping("/areas/{areaId}/edit")
    String editArea(@PathVariable long areaId, Model model) {
        PlanRepository.AreaRow area = administration.area(areaId);
        AreaForm form = new AreaForm(area.title(), area.description() == null ? "" : area.description(),
                String.join("\n", administration.goals(areaId)), String.valueOf(area.version()));
        return partForm(model, planOfArea(areaId), "area", area, form, fieldErrors.none());
    }

    @PostMapping("/areas/{areaId}")
    String changeArea(@AuthenticationPrincipal SignedInUser user, @PathVariable long areaId,
            @ModelAttribute("form") AreaForm form, BindingResult binding, Model model, RedirectAttributes redirect) {
        PlanRepository.AreaRow area = administration.area(areaId);
        try {
            long planId = administration.changeArea(user, areaId, edit(user, form::toCommand));
            redirect.addFlashAttribute("areaSaved", true);
            return "redirect:/plan/" + planId + "#area-" + areaId;
        } catch (InvalidInputException e) {
            return partForm(model, planOfArea(areaId), "area", area, form, fieldErrors.of(binding, e));
        }
    }

    @GetMapping("/{planId}/strategies/new")
    String newStrategy(@PathVariable long planId, Model model) {
        return partForm(model, plans.plan(planId), "strategy", null, StrategyForm.empty(), fieldErrors.none());
    }

    @PostMapping("/{planId}/strategies")
    String createStrategy(@AuthenticationPrincipal SignedInUser user, @PathVariable long planId,
            @ModelAttribute("form") StrategyForm form, BindingResult binding, Model model, RedirectAttributes redirect) {
        Plan plan = plans.plan(planId);
        try {
            administration.createStrategy(user, planId, edit(user, form::toCommand));
            redirect.addFlashAttribute("strategySaved", true);
            return "redirect:/plan/" + planId + "#strategies";
        } catch (InvalidInputException e) {
            return partForm(model, plan, "strategy", null, form, fieldErrors.of(binding, e));
        }
    }

    @GetMapping("/strategies/{strategyId}/edit")
    String editStrategy(@PathVariable long strategyId, Model model) {
        PlanRepository.StrategyRow strategy = administration.strategy(strategyId);
        StrategyForm form = new StrategyForm(strategy.title(),
                strategy.description() == null ? "" : strategy.description(), String.valueOf(strategy.version()));
        return partForm(model, plans.plan(strategy.planId()), "strategy", strategy, form, fieldErrors.none());
    }

    @PostMapping("/strategies/{strategyId}")
    String changeStrategy(@AuthenticationPrincipal SignedInUser user, @PathVariable long strategyId,
            @ModelAttribute("form") StrategyForm form, BindingResult binding, Model model, RedirectAttributes redirect) {
        PlanRepository.StrategyRow strategy = administration.strategy(strategyId);
        try {
            long planId = administration.changeStrategy(user, strategyId, edit(user, form::toCommand));
            redirect.addFlashAttribute("strategySaved", true);
            return "redirect:/plan/" + planId + "#strategies";
        } catch (InvalidInputException e) {
            return partForm(model, plans.plan(strategy.planId()), "strategy", strategy, form,
                    fieldErrors.of(binding, e));
        }
    }

    /** A plan group on the unit's list: the plan's name and the unit's actions in it, in plan order. */
    record UnitPlan(long planId, String planName, List<UnitAction> actions) {

        long overdueCount() {
            return actions.stream().filter(a -> a.action().overdue()).count();
        }
    }

    /** The actions the signed-in employee's unit owns, in every plan: where a unit leader follows them up. */
    @GetMapping("/actions/my-unit")
    String unitActions(@AuthenticationPrincipal SignedInUser user, Model model) {
        Map<Long, UnitPlan> groups = new LinkedHashMap<>();
        for (UnitAction action : plans.ownedBy(user.unitId())) {
            groups.computeIfAbsent(action.action().planId(),
                    id -> new UnitPlan(id, action.planName(), new ArrayList<>())).actions().add(action);
        }
        model.addAttribute("unitName", user.unitName());
        model.addAttribute("groups", List.copyOf(groups.values()));
        model.addAttribute("overdueCount", groups.values().stream().mapToLong(UnitPlan::overdueCount).sum());
        model.addAttribute("actionCount", groups.values().stream().mapToInt(g -> g.actions().size()).sum());
        model.addAttribute("today", Overdue.today(clock));
        return "plan/unit-actions";
    }

    @GetMapping("/{planId}")
    String overview(@PathVariable long planId, Model model) {
        return overview(planId, model, fieldErrors.none(), "");
    }

    @GetMapping("/{planId}/arsrapport.pdf")
    Object annualReport(@PathVariable long planId, @RequestParam(name = "year", required = false) String year,
            Model model, HttpServletResponse response) {
        int checked;
        try {
            checked = annualReport.year(planId, year);
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return overview(planId, model, fieldErrors.of(e), year == null ? "" : year);
        }
        byte[] document = pdf.render(annualReport.of(planId, checked));
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename("arsrapport-" + checked + ".pdf").build().toString())
                .body(document);
    }

    @GetMapping("/{planId}/actions/new")
    String newAction(@AuthenticationPrincipal SignedInUser user, @PathVariable long planId,
            @RequestParam(name = "area", required = false) String area, Model model) {
        return actionForm(user, model, planId, null, ActionForm.empty(area), fieldErrors.none());
    }

    @PostMapping("/{planId}/actions")
    String create(@AuthenticationPrincipal SignedInUser user, @PathVariable long planId,
            @ModelAttribute("form") ActionForm form, BindingResult binding, Model model, RedirectAttributes redirect) {
        try {
            PlanAction action = administration.createAction(user, planId, edit(user, form::toCommand));
            redirect.addFlashAttribute("saved", action.title());
            return "redirect:/plan/actions/" + action.id();
        } catch (InvalidInputException e) {
            return actionForm(user, model, planId, null, form, fieldErrors.of(binding, e));
        }
    }

    @GetMapping("/actions/{actionId}")
    String action(@AuthenticationPrincipal SignedInUser user, @PathVariable long actionId, Model model) {
        return actionPage(user, actionId, model, null, fieldErrors.none());
    }

    @PostMapping("/actions/{actionId}/status")
    String updateStatus(@AuthenticationPrincipal SignedInUser user, @PathVariable long actionId,
            @ModelAttribute("statusForm") StatusForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        try {
            administration.mustUpdateStatus(user, actionId);
            PlanAction action = administration.updateStatus(user, actionId, read(form::toCommand));
            redirect.addFlashAttribute("statusSaved", action.title());
            return "redirect:/plan/actions/" + actionId;
        } catch (InvalidInputException e) {
            return actionPage(user, actionId, model, form, fieldErrors.of(binding, e));
        }
    }

    @GetMapping("/actions/{actionId}/edit")
    String edit(@AuthenticationPrincipal SignedInUser user, @PathVariable long actionId, Model model) {
        PlanAction action = plans.action(actionId);
        return actionForm(user, model, action.planId(), action, formOf(action), fieldErrors.none());
    }

    @PostMapping("/actions/{actionId}")
    String change(@AuthenticationPrincipal SignedInUser user, @PathVariable long actionId,
            @ModelAttribute("form") ActionForm form, BindingResult binding, Model model, RedirectAttributes redirect) {
        PlanAction existing = plans.action(actionId);
        try {
            PlanAction action = administration.changeAction(user, actionId, edit(user, form::toCommand));
            redirect.addFlashAttribute("saved", action.title());
            return "redirect:/plan/actions/" + actionId;
        } catch (InvalidInputException e) {
            return actionForm(user, model, existing.planId(), existing, form, fieldErrors.of(binding, e));
        }
    }

    /** The form read into its command, after the door: whoever may not edit learns nothing from the form. */
    private static <C> C edit(SignedInUser user, Supplier<C> command) {
        PlanAdministration.mustEdit(user);
        return read(command);
    }

    /**
     * A field that held refused characters is refused next to the field, whatever the form reads from it: the
     * command carries read values, in which the platform's service-call trap cannot find the text.
     */
    private static <C> C read(Supplier<C> command) {
        FieldErrors.refuseHiddenFieldsWithRefusedCharacters("");
        return command.get();
    }

    private String overview(long planId, Model model, Map<String, String> errors, String year) {
        PlanOverview overview = plans.overview(planId);
        model.addAttribute("overview", overview);
        model.addAttribute("today", Overdue.today(clock));
        model.addAttribute("errors", errors);
        model.addAttribute("years", annualReport.years(planId));
        model.addAttribute("year", year.isEmpty() ? String.valueOf(Overdue.today(clock).getYear() - 1) : year);
        return "plan/overview";
    }

    private String actionPage(SignedInUser user, long actionId, Model model, StatusForm form,
            Map<String, String> errors) {
        PlanAction action = plans.action(actionId);
        model.addAttribute("action", action);
        model.addAttribute("plan", plans.plan(action.planId()));
        model.addAttribute("history", plans.history(actionId));
        model.addAttribute("mayUpdate", Plans.mayUpdateStatus(user, action));
        model.addAttribute("mayEdit", PlanAdministration.mayEdit(user));
        model.addAttribute("ownUnit", user.unitId() == action.ownerUnitId());
        model.addAttribute("statusForm", form != null ? form
                : new StatusForm(action.status().name(), "", Overdue.today(clock).toString()));
        model.addAttribute("statusChoices", Arrays.stream(ActionStatus.values())
                .map(status -> Choice.ofKey(status.name(), status.labelKey())).toList());
        model.addAttribute("errors", errors);
        return "plan/action";
    }

    private String actionForm(SignedInUser user, Model model, long planId, PlanAction action, ActionForm form,
            Map<String, String> errors) {
        PlanOverview overview = plans.overview(planId);
        model.addAttribute("plan", overview.plan());
        model.addAttribute("areas", overview.areas());
        model.addAttribute("action", action);
        model.addAttribute("form", form);
        // the saved owner, not the id typed: a crafted id from another municipality is not offered back
        model.addAttribute("units", administration.ownerChoices(user, action == null ? null : action.ownerUnitId()));
        model.addAttribute("errors", errors);
        return "plan/action-form";
    }

    private String planForm(Model model, Plan plan, PlanForm form, Map<String, String> errors) {
        model.addAttribute("plan", plan);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "plan/plan-form";
    }

    /** The form of a part of the plan ({@code part} "area" or "strategy"): the row changed, null for a new one. */
    private String partForm(Model model, Plan plan, String part, Object row, Object form, Map<String, String> errors) {
        model.addAttribute("plan", plan);
        model.addAttribute(part, row);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "plan/" + part + "-form";
    }

    private Plan planOfArea(long areaId) {
        return plans.plan(administration.planOfArea(areaId));
    }

    private static ActionForm formOf(PlanAction a) {
        return new ActionForm(String.valueOf(a.areaId()), a.title(), String.valueOf(a.ownerUnitId()),
                a.responsible() == null ? "" : a.responsible(), a.partners() == null ? "" : a.partners(),
                String.valueOf(a.fromYear()), String.valueOf(a.toYear()), a.periodNote() == null ? "" : a.periodNote(),
                String.valueOf(a.version()));
    }

}
