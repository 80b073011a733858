package no.laget.casework.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;

import no.laget.casework.Cases;
import no.laget.casework.ConcernDecision;
import no.laget.casework.ConcernStep;
import no.laget.child.Child;
import no.laget.child.Children;
import no.laget.platform.security.SignedInUser;
import no.laget.platform.time.Oslo;
import no.laget.platform.validation.InvalidInputException;
import no.laget.platform.web.Choice;
import no.laget.platform.web.FieldErrors;
import no.laget.platform.web.PageController;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Level 0: the child's casework overview, writing a concern, the guide with its steps, and the decision. */
@PageController
class ConcernPages {

    private final Concerns concerns;
    private final Cases cases;
    private final Children children;
    private final FieldErrors fieldErrors;
    private final Clock clock;

    ConcernPages(Concerns concerns, Cases cases, Children children, FieldErrors fieldErrors, Clock clock) {
        this.concerns = concerns;
        this.cases = cases;
        this.children = children;
        this.fieldErrors = fieldErrors;
        this.clock = clock;
    }

    /** The child's concerns and cases, as far as the user's unit has them. */
    @GetMapping("/children/{childId}/casework")
    String forChild(@AuthenticationPrincipal SignedInUser user, @PathVariable long childId, Model model) {
        model.addAttribute("child", children.get(user, childId));
        model.addAttribute("concerns", concerns.forUnit(user, childId));
        model.addAttribute("cases", cases.forChild(user, childId));
        model.addAttribute("today", today());
        return "casework/child";
    }

    @GetMapping("/concerns")
    String list(@AuthenticationPrincipal SignedInUser user, Model model) {
        model.addAttribute("concerns", concerns.forUnit(user, null));
        model.addAttribute("today", today());
        return "casework/concerns";
    }

    @GetMapping("/children/{childId}/concerns/new")
    String newConcern(@AuthenticationPrincipal SignedInUser user, @PathVariable long childId, Model model) {
        return form(user, childId, model, new ConcernForm(today().toString(), "", null, null), fieldErrors.none());
    }

    @PostMapping("/children/{childId}/concerns")
    String write(@AuthenticationPrincipal SignedInUser user, @PathVariable long childId,
            @ModelAttribute("form") ConcernForm form, BindingResult binding, Model model, RedirectAttributes redirect) {
        return FormPost.saveOr(() -> {
            long id = concerns.write(user, childId, form.toCommand());
            return "redirect:/concerns/" + id;
        }, e -> form(user, childId, model, form, fieldErrors.of(binding, e)));
    }

    @GetMapping("/concerns/{id}")
    String show(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, Model model) {
        Concern concern = concerns.get(user, id);
        return page(model, concern, editForm(concern), new StepForm(null, today().toString(), ""),
                new DecisionForm(null, "", String.valueOf(concern.version())), fieldErrors.none());
    }

    @PostMapping("/concerns/{id}")
    String change(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
            @ModelAttribute("editForm") ConcernForm form, BindingResult binding, Model model, RedirectAttributes redirect) {
        return FormPost.saveOr(() -> {
            concerns.change(user, id, form.toCommand());
            redirect.addFlashAttribute("changed", true);
            return "redirect:/concerns/" + id;
        }, e -> {
            Concern concern = concerns.get(user, id);
            model.addAttribute("editOpen", true);
            return page(model, concern, form, new StepForm(null, today().toString(), ""),
                    new DecisionForm(null, "", String.valueOf(concern.version())), fieldErrors.of(binding, e));
        });
    }

    @PostMapping("/concerns/{id}/steps")
    String step(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
            @ModelAttribute("stepForm") StepForm form, BindingResult binding, Model model, RedirectAttributes redirect) {
        return FormPost.saveOr(() -> {
            concerns.recordStep(user, id, form.toCommand());
            redirect.addFlashAttribute("stepRecorded", true);
            return "redirect:/concerns/" + id;
        }, e -> {
            Concern concern = concerns.get(user, id);
            return page(model, concern, editForm(concern), form,
                    new DecisionForm(null, "", String.valueOf(concern.version())), fieldErrors.of(binding, e));
        });
    }

    @PostMapping("/concerns/{id}/decision")
    String decide(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
            @ModelAttribute("decisionForm") DecisionForm form, BindingResult binding, Model model) {
        return FormPost.saveOr(() -> {
            Concern concern = concerns.decide(user, id, form.toCommand());
            if (concern.decision() == ConcernDecision.LEVEL_1 || concern.decision() == ConcernDecision.LEVEL_2) {
                return "redirect:/children/" + concern.childId() + "/cases/new?concernId=" + id + "&level="
                        + (concern.decision() == ConcernDecision.LEVEL_1 ? 1 : 2);
            }
            return "redirect:/concerns/" + id;
        }, e -> {
            Concern concern = concerns.get(user, id);
            return page(model, concern, editForm(concern), new StepForm(null, today().toString(), ""), form,
                    fieldErrors.of(binding, e));
        });
    }

    private String form(SignedInUser user, long childId, Model model, ConcernForm form, Map<String, String> errors) {
        Child child = children.get(user, childId);
        model.addAttribute("child", child);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "casework/concern-form";
    }

    private String page(Model model, Concern concern, ConcernForm editForm, StepForm stepForm, DecisionForm decisionForm,
            Map<String, String> errors) {
        model.addAttribute("concern", concern);
        model.addAttribute("editForm", editForm);
        model.addAttribute("stepForm", stepForm);
        model.addAttribute("decisionForm", decisionForm);
        model.addAttribute("errors", errors);
        model.addAttribute("today", today());
        model.addAttribute("daysLeft", java.time.temporal.ChronoUnit.DAYS.between(today(), concern.decisionDue()));
        model.addAttribute("steps", Arrays.asList(ConcernStep.values()));
        model.addAttribute("stepChoices", Arrays.stream(ConcernStep.values())
                .filter(s -> !(concern.suspicionOfHarm() && s == ConcernStep.TALKED_WITH_PARENTS))
                .map(s -> Choice.ofKey(s.name(), s.labelKey())).toList());
        model.addAttribute("decisionChoices", concerns.allowedDecisions(concern).stream()
                .map(d -> Choice.ofKey(d.name(), d.labelKey())).toList());
        return "casework/concern";
    }

    private static ConcernForm editForm(Concern concern) {
        return new ConcernForm(concern.observedOn().toString(), concern.whatSeen(),
                concern.suspicionOfHarm() ? "true" : null, String.valueOf(concern.version()));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Oslo.ZONE));
    }

}
