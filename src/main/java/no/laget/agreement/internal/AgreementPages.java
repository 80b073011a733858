package no.laget.agreement.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import no.laget.access.AccessDoor;
import no.laget.organisation.Organisation;
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

/** Cooperation agreements: the list, a new agreement, one agreement, a meeting, the staff's input, the evaluation. */
@PageController
class AgreementPages {

    private final Agreements agreements;
    private final Organisation organisation;
    private final FieldErrors fieldErrors;
    private final Clock clock;

    AgreementPages(Agreements agreements, Organisation organisation, FieldErrors fieldErrors, Clock clock) {
        this.agreements = agreements;
        this.organisation = organisation;
        this.fieldErrors = fieldErrors;
        this.clock = clock;
    }

    @GetMapping("/nav/avtaler")
    String list(@AuthenticationPrincipal SignedInUser user, Model model) {
        model.addAttribute("agreements", agreements.list(user));
        return "nav/agreements";
    }

    @GetMapping("/nav/avtaler/ny")
    String newAgreement(@AuthenticationPrincipal SignedInUser user, Model model) {
        agreements.list(user);
        return form(model, new AgreementForm("", List.of(String.valueOf(user.unitId())), today().toString(), "", "2",
                "4", "", ""), fieldErrors.none());
    }

    @PostMapping("/nav/avtaler/ny")
    String create(@AuthenticationPrincipal SignedInUser user, @ModelAttribute("form") AgreementForm form,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        try {
            long id = agreements.create(user, form.toCommand(user.unitId()));
            redirect.addFlashAttribute("saved", "nav.agreement.saved");
            return "redirect:/nav/avtaler/" + id;
        } catch (InvalidInputException e) {
            return form(model, form, fieldErrors.of(binding, e));
        }
    }

    @GetMapping("/nav/avtaler/{id}")
    String agreement(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, Model model) {
        model.addAttribute("a", agreements.get(user, id));
        model.addAttribute("today", today());
        model.addAttribute("cooperation", MeetingKind.COOPERATION);
        model.addAttribute("anonymous", MeetingKind.ANONYMOUS);
        return "nav/agreement";
    }

    @GetMapping("/nav/avtaler/{id}/moter")
    String meetingForm(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, Model model) {
        return meeting(model, agreements.get(user, id), new MeetingForm("", today().toString(), ""), fieldErrors.none());
    }

    @PostMapping("/nav/avtaler/{id}/moter")
    String recordMeeting(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
            @ModelAttribute("form") MeetingForm form, BindingResult binding, Model model, RedirectAttributes redirect) {
        try {
            agreements.recordMeeting(user, id, form.toCommand(today()));
            redirect.addFlashAttribute("saved", "nav.meeting.saved");
            return "redirect:/nav/avtaler/" + id;
        } catch (InvalidInputException e) {
            return meeting(model, agreements.get(user, id), form, fieldErrors.of(binding, e));
        }
    }

    @GetMapping("/nav/avtaler/{id}/innspill")
    String inputForm(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, Model model) {
        Agreement a = agreements.get(user, id);
        String mine = a.inputs().stream().filter(i -> i.employeeId() == user.employeeId())
                .map(Agreement.Input::text).findFirst().orElse("");
        return input(model, a, new InputForm(mine), fieldErrors.none());
    }

    @PostMapping("/nav/avtaler/{id}/innspill")
    String giveInput(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
            @ModelAttribute("form") InputForm form, BindingResult binding, Model model, RedirectAttributes redirect) {
        try {
            agreements.giveInput(user, id, form.toCommand());
            redirect.addFlashAttribute("saved", "nav.input.saved");
            return "redirect:/nav/avtaler/" + id;
        } catch (InvalidInputException e) {
            return input(model, agreements.get(user, id), form, fieldErrors.of(binding, e));
        }
    }

    @GetMapping("/nav/avtaler/{id}/evaluering")
    String evaluationForm(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, Model model) {
        return evaluation(model, agreements.get(user, id), new EvaluationForm(today().toString(), ""),
                fieldErrors.none());
    }

    @PostMapping("/nav/avtaler/{id}/evaluering")
    String recordEvaluation(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
            @ModelAttribute("form") EvaluationForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        try {
            agreements.recordEvaluation(user, id, form.toCommand(today()));
            redirect.addFlashAttribute("saved", "nav.evaluation.saved");
            return "redirect:/nav/avtaler/" + id;
        } catch (InvalidInputException e) {
            return evaluation(model, agreements.get(user, id), form, fieldErrors.of(binding, e));
        }
    }

    private String form(Model model, AgreementForm form, Map<String, String> errors) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("unitChoices", organisation.units().stream().filter(u -> u.active())
                .map(u -> Choice.ofText(String.valueOf(u.id()), u.name())).toList());
        return "nav/agreement-form";
    }

    private String meeting(Model model, Agreement a, MeetingForm form, Map<String, String> errors) {
        model.addAttribute("a", a);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("kindChoices", Arrays.stream(MeetingKind.values())
                .map(k -> Choice.ofKey(k.name(), k.labelKey())).toList());
        return "nav/meeting-form";
    }

    private String input(Model model, Agreement a, InputForm form, Map<String, String> errors) {
        model.addAttribute("a", a);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "nav/input-form";
    }

    private String evaluation(Model model, Agreement a, EvaluationForm form, Map<String, String> errors) {
        model.addAttribute("a", a);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "nav/evaluation-form";
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Oslo.ZONE));
    }
}
