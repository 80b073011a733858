package no.laget.transition.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import no.laget.platform.security.NavCooperation;
import no.laget.child.Child;
import no.laget.child.Children;
import no.laget.organisation.People;
import no.laget.platform.security.SignedInUser;
import no.laget.platform.validation.InvalidInputException;
import no.laget.platform.web.Choice;
import no.laget.platform.web.FieldErrors;
import no.laget.platform.web.PageController;
import no.laget.platform.web.PostRedirectGet;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The transition at 18: the list, a young person's measures, starting with consent, the plan and its measures. */
@PageController
class TransitionPages {

    private final TransitionsToAdulthood transitions;
    private final Children children;
    private final FieldErrors fieldErrors;
    private final MessageSource messages;

    TransitionPages(TransitionsToAdulthood transitions, Children children, FieldErrors fieldErrors,
            MessageSource messages) {
        this.transitions = transitions;
        this.children = children;
        this.fieldErrors = fieldErrors;
        this.messages = messages;
    }

    @GetMapping("/nav/overgang")
    String list(@AuthenticationPrincipal SignedInUser user, @RequestParam(name = "q", required = false) String query,
            Model model) {
        model.addAttribute("rows", transitions.list(user));
        model.addAttribute("childWelfare", "CHILD_WELFARE".equals(user.unitType()));
        model.addAttribute("months", transitions.monthsBefore18());
        model.addAttribute("q", query == null ? "" : query);
        Children.SearchResult result = query == null || query.isBlank() || !"CHILD_WELFARE".equals(user.unitType())
                ? null : children.search(user, query, 0);
        model.addAttribute("found", result == null ? null : result.children());
        // too broad shows no child at all: without saying so the page looks like "nobody matched"
        model.addAttribute("tooBroad", result != null && result.tooBroad());
        model.addAttribute("today", transitions.today());
        return "nav/transitions";
    }

    @GetMapping("/nav/overgang/barn/{childId}")
    String child(@AuthenticationPrincipal SignedInUser user, @PathVariable long childId, Model model) {
        Child child = children.get(user, childId);
        model.addAttribute("child", child);
        model.addAttribute("measures", transitions.measures(user, childId));
        model.addAttribute("transitionId", transitions.transitionOf(user, childId).orElse(null));
        model.addAttribute("reminderOn", transitions.reminderFor(child.birthDate()).orElse(null));
        model.addAttribute("eighteenOn", child.birthDate() == null ? null
                : TransitionDates.birthday(child.birthDate(), TransitionDates.ADULT));
        model.addAttribute("limitOn", child.birthDate() == null ? null : TransitionDates.aftercareLimit(child.birthDate()));
        return "nav/transition-child";
    }

    @GetMapping("/nav/overgang/barn/{childId}/tiltak")
    String newChildMeasure(@AuthenticationPrincipal SignedInUser user, @PathVariable long childId, Model model) {
        return childMeasureForm(user, childId, model, new ChildWelfareMeasureForm("", "", ""), fieldErrors.none());
    }

    @PostMapping("/nav/overgang/barn/{childId}/tiltak")
    String recordChildMeasure(@AuthenticationPrincipal SignedInUser user, @PathVariable long childId,
            @ModelAttribute("form") ChildWelfareMeasureForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        return PostRedirectGet.save(() -> transitions.recordMeasure(user, childId, form.toCommand()), redirect,
                "nav.cwmeasure.saved", () -> "/nav/overgang/barn/" + childId,
                e -> childMeasureForm(user, childId, model, form, fieldErrors.of(binding, e)));
    }

    /**
     * The start form. {@code q} searches the NAV offices the young person's consent covers; with {@code HX-Request}
     * only the picker's results come back (htmx fills them as one types), otherwise the whole page.
     */
    @GetMapping("/nav/overgang/barn/{childId}/start")
    String startForm(@AuthenticationPrincipal SignedInUser user, @PathVariable long childId,
            @RequestParam(required = false) String q, @RequestParam(required = false) String navUnitId,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Model model,
            HttpServletResponse response) {
        response.addHeader("Vary", "HX-Request");
        TransitionStartForm form = new TransitionStartForm(navUnitId == null ? "" : navUnitId);
        if ("true".equals(htmx)) {
            picker(user, childId, model, form, q);
            model.addAttribute("errors", fieldErrors.none());
            return "nav/transition-start :: picker-response";
        }
        return start(user, childId, model, form, q, fieldErrors.none());
    }

    /** Starts the transition; with {@code search} (the picker's "Søk") it only searches and shows the form again. */
    @PostMapping("/nav/overgang/barn/{childId}/start")
    String startTransition(@AuthenticationPrincipal SignedInUser user, @PathVariable long childId,
            @ModelAttribute("form") TransitionStartForm form, BindingResult binding,
            @RequestParam(required = false) String q, @RequestParam(required = false) String search, Model model,
            RedirectAttributes redirect) {
        if (search != null) {
            return start(user, childId, model, form, q, fieldErrors.none());
        }
        try {
            long id = transitions.start(user, childId, form.toCommand());
            redirect.addFlashAttribute("saved", "nav.transition.started");
            return "redirect:/nav/overgang/" + id;
        } catch (InvalidInputException e) {
            return start(user, childId, model, form, q, fieldErrors.of(binding, e));
        }
    }

    @GetMapping("/nav/overgang/{id}")
    String plan(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, Model model) {
        model.addAttribute("t", transitions.plan(user, id));
        model.addAttribute("today", transitions.today());
        return "nav/transition";
    }

    @GetMapping("/nav/overgang/{id}/plan")
    String planForm(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, Model model) {
        Transition t = transitions.plan(user, id);
        TransitionPlanForm form = new TransitionPlanForm(text(t.meetingOn()), nonNull(t.meetingParticipants()),
                nonNull(t.goals()), t.individualPlanDue() == null ? "" : t.individualPlanDue().toString(),
                nonNull(t.individualPlanReason()), text(t.followUpUntil()));
        return planForm(model, t, form, fieldErrors.none());
    }

    @PostMapping("/nav/overgang/{id}/plan")
    String savePlan(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
            @ModelAttribute("form") TransitionPlanForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        return PostRedirectGet.save(() -> transitions.savePlan(user, id, form.toCommand()), redirect, "nav.plan.saved",
                () -> "/nav/overgang/" + id, e -> planForm(model, transitions.plan(user, id), form,
                        fieldErrors.of(binding, e)));
    }

    @GetMapping("/nav/overgang/{id}/tiltak")
    String newPlanMeasure(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, Model model) {
        return editablePlan(model, transitions.plan(user, id), new TransitionMeasureForm("", "", "", ""),
                fieldErrors.none(), "nav/tmeasure-form");
    }

    @PostMapping("/nav/overgang/{id}/tiltak")
    String addPlanMeasure(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
            @ModelAttribute("form") TransitionMeasureForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        return PostRedirectGet.save(() -> transitions.addMeasure(user, id, form.toCommand(transitions.today())),
                redirect, "nav.tmeasure.saved", () -> "/nav/overgang/" + id, e -> editablePlan(model,
                        transitions.plan(user, id), form, fieldErrors.of(binding, e), "nav/tmeasure-form"));
    }

    private String childMeasureForm(SignedInUser user, long childId, Model model, ChildWelfareMeasureForm form,
            Map<String, String> errors) {
        aboutChild(user, childId, model, form, errors);
        return "nav/cwmeasure-form";
    }

    /** A form about one young person (a child welfare measure, the start), with what was typed. */
    private void aboutChild(SignedInUser user, long childId, Model model, Object form, Map<String, String> errors) {
        transitions.measures(user, childId);
        model.addAttribute("child", children.get(user, childId));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
    }

    private String start(SignedInUser user, long childId, Model model, TransitionStartForm form, String q,
            Map<String, String> errors) {
        aboutChild(user, childId, model, form, errors);
        try {
            picker(user, childId, model, form, q);
        } catch (InvalidInputException e) {
            // a refused character in the search: the message goes next to the picker, nothing is searched
            Map<String, String> shown = new java.util.LinkedHashMap<>(errors);
            fieldErrors.of(e).values().stream().findFirst().ifPresent(message -> shown.put("navUnitId", message));
            model.addAttribute("errors", shown);
            picker(user, childId, model, form, null);
        }
        return "nav/transition-start";
    }

    /** The picker's model: the chosen office with its name, and the offices the consent covers matching q. */
    private void picker(SignedInUser user, long childId, Model model, TransitionStartForm form, String q) {
        List<People.Match> chosen = transitions.describeNav(form.navUnitId());
        String value = chosen.isEmpty() ? null : chosen.getFirst().value();
        List<People.Match> matches = q == null || q.isBlank() ? List.of()
                : transitions.navCandidates(user, childId, q).stream().filter(m -> !m.value().equals(value)).toList();
        model.addAttribute("chosen", chosen);
        model.addAttribute("matches", matches);
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("pickerStatus", q == null || q.isBlank() ? ""
                : !People.searchable(q) ? text("nav.transition.picker.matches.short")
                : matches.isEmpty() ? text("nav.transition.picker.matches.none")
                : text("nav.transition.picker.matches.count", matches.size()));
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
    }

    private String planForm(Model model, Transition t, TransitionPlanForm form, Map<String, String> errors) {
        model.addAttribute("ipChoices", List.of(Choice.ofKey("true", "nav.plan.individualPlanDue.yes"),
                Choice.ofKey("false", "nav.plan.individualPlanDue.no")));
        return editablePlan(model, t, form, errors, "nav/plan-form");
    }

    /** A form that changes the joint plan (the plan, a measure), with what was typed; only for who may edit it. */
    private static String editablePlan(Model model, Transition t, Object form, Map<String, String> errors,
            String view) {
        if (!t.mayEdit()) {
            throw new NavCooperation.Refused("nav.refused.child-welfare-only");
        }
        model.addAttribute("t", t);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return view;
    }

    private static String text(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }
}
