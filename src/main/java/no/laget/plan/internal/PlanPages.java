package no.laget.plan.internal;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import no.laget.plan.ActionStatus;
import no.laget.plan.Overdue;
import no.laget.plan.PlanAction;
import no.laget.plan.PlanOverview;
import no.laget.plan.Plans;
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
 * ones named as such), an action with its history and the status form, new and changed actions, and the annual
 * report. Unit leaders reach the action pages of their own unit's actions and update their status.
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
    String newAction(@PathVariable long planId, @RequestParam(name = "area", required = false) String area,
            Model model) {
        return actionForm(model, planId, null, ActionForm.empty(area), fieldErrors.none());
    }

    @PostMapping("/{planId}/actions")
    String create(@PathVariable long planId, @ModelAttribute("form") ActionForm form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        try {
            PlanAction action = administration.createAction(planId, form);
            redirect.addFlashAttribute("saved", action.title());
            return "redirect:/plan/actions/" + action.id();
        } catch (InvalidInputException e) {
            return actionForm(model, planId, null, form, fieldErrors.of(binding, e));
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
            PlanAction action = administration.updateStatus(user, actionId, form);
            redirect.addFlashAttribute("statusSaved", action.title());
            return "redirect:/plan/actions/" + actionId;
        } catch (InvalidInputException e) {
            return actionPage(user, actionId, model, form, fieldErrors.of(binding, e));
        }
    }

    @GetMapping("/actions/{actionId}/edit")
    String edit(@PathVariable long actionId, Model model) {
        PlanAction action = plans.action(actionId);
        return actionForm(model, action.planId(), action, formOf(action), fieldErrors.none());
    }

    @PostMapping("/actions/{actionId}")
    String change(@PathVariable long actionId, @ModelAttribute("form") ActionForm form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        PlanAction existing = plans.action(actionId);
        try {
            PlanAction action = administration.changeAction(actionId, form);
            redirect.addFlashAttribute("saved", action.title());
            return "redirect:/plan/actions/" + actionId;
        } catch (InvalidInputException e) {
            return actionForm(model, existing.planId(), existing, form, fieldErrors.of(binding, e));
        }
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
        model.addAttribute("mayEdit", user.hasRole("MUNICIPAL_STAFF"));
        model.addAttribute("statusForm", form != null ? form
                : new StatusForm(action.status().name(), "", Overdue.today(clock).toString()));
        model.addAttribute("statusChoices", Arrays.stream(ActionStatus.values())
                .map(status -> Choice.ofKey(status.name(), status.labelKey())).toList());
        model.addAttribute("errors", errors);
        return "plan/action";
    }

    private String actionForm(Model model, long planId, PlanAction action, ActionForm form,
            Map<String, String> errors) {
        PlanOverview overview = plans.overview(planId);
        model.addAttribute("plan", overview.plan());
        model.addAttribute("areas", overview.areas());
        model.addAttribute("action", action);
        model.addAttribute("form", form);
        model.addAttribute("units", administration.ownerChoices(form.ownerUnitId()));
        model.addAttribute("errors", errors);
        return "plan/action-form";
    }

    private static ActionForm formOf(PlanAction a) {
        return new ActionForm(String.valueOf(a.areaId()), a.title(), String.valueOf(a.ownerUnitId()),
                a.responsible() == null ? "" : a.responsible(), a.partners() == null ? "" : a.partners(),
                String.valueOf(a.fromYear()), String.valueOf(a.toYear()), a.periodNote() == null ? "" : a.periodNote());
    }

}
