package no.laget.agreement.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import no.laget.organisation.Organisation;
import no.laget.platform.security.SignedInUser;
import no.laget.platform.validation.InvalidInputException;
import no.laget.platform.web.Choice;
import no.laget.platform.web.FieldErrors;
import no.laget.platform.web.PageController;
import no.laget.platform.web.PostRedirectGet;

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

    AgreementPages(Agreements agreements, Organisation organisation, FieldErrors fieldErrors) {
        this.agreements = agreements;
        this.organisation = organisation;
        this.fieldErrors = fieldErrors;
    }

    @GetMapping("/nav/avtaler")
    String list(@AuthenticationPrincipal SignedInUser user, Model model) {
        model.addAttribute("agreements", agreements.list(user));
        return "nav/agreements";
    }

    @GetMapping("/nav/avtaler/ny")
    String newAgreement(@AuthenticationPrincipal SignedInUser user, Model model) {
        agreements.list(user);
        return form(user, model, new AgreementForm("", List.of(String.valueOf(user.unitId())),
                agreements.today().toString(), "", "2", "4", "", ""), fieldErrors.none());
    }

    @PostMapping("/nav/avtaler/ny")
    String create(@AuthenticationPrincipal SignedInUser user, @ModelAttribute("form") AgreementForm form,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        try {
            long id = agreements.create(user, form.toCommand(user.unitId()));
            redirect.addFlashAttribute("saved", "nav.agreement.saved");
            return "redirect:/nav/avtaler/" + id;
        } catch (InvalidInputException e) {
            return form(user, model, form, fieldErrors.of(binding, e));
        }
    }

    @GetMapping("/nav/avtaler/{id}")
    String agreement(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, Model model) {
        model.addAttribute("a", agreements.get(user, id));
        model.addAttribute("today", agreements.today());
        model.addAttribute("cooperation", MeetingKind.COOPERATION);
        model.addAttribute("anonymous", MeetingKind.ANONYMOUS);
        return "nav/agreement";
    }

    @GetMapping("/nav/avtaler/{id}/moter")
    String meetingForm(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, Model model) {
        return meeting(model, agreements.get(user, id), new MeetingForm("", agreements.today().toString(), ""),
                fieldErrors.none());
    }

    @PostMapping("/nav/avtaler/{id}/moter")
    String recordMeeting(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
            @ModelAttribute("form") MeetingForm form, BindingResult binding, Model model, RedirectAttributes redirect) {
        return PostRedirectGet.save(() -> agreements.recordMeeting(user, id, form.toCommand(agreements.today())),
                redirect, "nav.meeting.saved", () -> "/nav/avtaler/" + id,
                e -> meeting(model, agreements.get(user, id), form, fieldErrors.of(binding, e)));
    }

    @GetMapping("/nav/avtaler/{id}/innspill")
    String inputForm(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, Model model) {
        Agreement a = agreements.get(user, id);
        String mine = a.inputs().stream().filter(i -> i.employeeId() == user.employeeId())
                .map(Agreement.Input::text).findFirst().orElse("");
        return agreementForm(model, a, new InputForm(mine), fieldErrors.none(), "nav/input-form");
    }

    @PostMapping("/nav/avtaler/{id}/innspill")
    String giveInput(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
            @ModelAttribute("form") InputForm form, BindingResult binding, Model model, RedirectAttributes redirect) {
        return PostRedirectGet.save(() -> agreements.giveInput(user, id, form.toCommand()), redirect,
                "nav.input.saved", () -> "/nav/avtaler/" + id, e -> agreementForm(model, agreements.get(user, id), form,
                        fieldErrors.of(binding, e), "nav/input-form"));
    }

    @GetMapping("/nav/avtaler/{id}/evaluering")
    String evaluationForm(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, Model model) {
        return agreementForm(model, agreements.get(user, id), new EvaluationForm(agreements.today().toString(), ""),
                fieldErrors.none(), "nav/evaluation-form");
    }

    @PostMapping("/nav/avtaler/{id}/evaluering")
    String recordEvaluation(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
            @ModelAttribute("form") EvaluationForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        return PostRedirectGet.save(() -> agreements.recordEvaluation(user, id, form.toCommand(agreements.today())),
                redirect, "nav.evaluation.saved", () -> "/nav/avtaler/" + id, e -> agreementForm(model,
                        agreements.get(user, id), form, fieldErrors.of(binding, e), "nav/evaluation-form"));
    }

    /** The parties offered are the active units of the user's own municipality, as the service accepts. */
    private String form(SignedInUser user, Model model, AgreementForm form, Map<String, String> errors) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("unitChoices", organisation.unitsInMunicipalityOf(user.unitId()).stream().filter(u -> u.active())
                .map(u -> Choice.ofText(String.valueOf(u.id()), u.name())).toList());
        return "nav/agreement-form";
    }

    private String meeting(Model model, Agreement a, MeetingForm form, Map<String, String> errors) {
        model.addAttribute("kindChoices", Arrays.stream(MeetingKind.values())
                .map(k -> Choice.ofKey(k.name(), k.labelKey())).toList());
        return agreementForm(model, a, form, errors, "nav/meeting-form");
    }

    /** A form about one agreement (a meeting, the staff's input, the evaluation), with what was typed. */
    private static String agreementForm(Model model, Agreement a, Object form, Map<String, String> errors,
            String view) {
        model.addAttribute("a", a);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return view;
    }
}
