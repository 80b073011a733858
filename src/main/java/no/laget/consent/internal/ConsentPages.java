package no.laget.consent.internal;

import no.laget.platform.time.Oslo;
import no.laget.platform.web.PageController;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import no.laget.access.AccessDoor;
import no.laget.access.InformationCategory;
import no.laget.child.Child;
import no.laget.child.Children;
import no.laget.consent.Consent;
import no.laget.consent.Consents;
import no.laget.platform.security.SignedInUser;
import no.laget.platform.validation.InvalidInputException;
import no.laget.platform.web.Choice;
import no.laget.platform.web.FieldErrors;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A child's consents: the list with each one's state, recording a consent or refusal, and withdrawal. */
@PageController
class ConsentPages {

    private final Consents consents;
    private final Children children;
    private final ConsentChoices choices;
    private final FieldErrors fieldErrors;
    private final Clock clock;
    private final MessageSource messages;
    private final AccessDoor door;
    private final no.laget.consent.ConsentRequests requests;

    ConsentPages(Consents consents, Children children, ConsentChoices choices, FieldErrors fieldErrors, Clock clock,
            MessageSource messages, AccessDoor door, no.laget.consent.ConsentRequests requests) {
        this.door = door;
        this.requests = requests;
        this.consents = consents;
        this.children = children;
        this.choices = choices;
        this.fieldErrors = fieldErrors;
        this.clock = clock;
        this.messages = messages;
    }

    @GetMapping("/children/{childId}/consents")
    String list(@AuthenticationPrincipal SignedInUser user, @PathVariable long childId, Model model) {
        model.addAttribute("consents", consents.forChild(user, childId));
        model.addAttribute("requests", requests.forChild(user, childId));
        model.addAttribute("child", children.get(user, childId));
        model.addAttribute("today", today());
        // recording and withdrawing are writes of basic data: offered only to whom the door would let do them
        model.addAttribute("mayWriteBasic", door.permits(user, childId, InformationCategory.BASIC,
                no.laget.access.Action.WRITE));
        return "consent/consents";
    }

    @GetMapping("/children/{childId}/consents/new")
    String newConsent(@AuthenticationPrincipal SignedInUser user, @PathVariable long childId, Model model) {
        ConsentForm empty = new ConsentForm("GUARDIANS", List.of(), "WRITTEN", "", "", List.of(), List.of(), List.of(),
                today().toString(), "", null);
        return form(user, childId, model, empty, fieldErrors.none());
    }

    @PostMapping("/children/{childId}/consents")
    String record(@AuthenticationPrincipal SignedInUser user, @PathVariable long childId,
            @ModelAttribute("form") ConsentForm form, BindingResult binding, Model model, RedirectAttributes redirect) {
        try {
            long id = consents.record(user, childId, form.toCommand());
            redirect.addFlashAttribute("recorded", id);
            return "redirect:/children/" + childId + "/consents";
        } catch (InvalidInputException e) {
            return form(user, childId, model, form, fieldErrors.of(binding, e));
        }
    }

    @GetMapping("/consents/{id}/withdrawal")
    String withdrawal(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, Model model) {
        return withdrawalForm(user, model, consents.get(user, id), new WithdrawalForm("", List.of(), ""),
                fieldErrors.none());
    }

    @PostMapping("/consents/{id}/withdrawal")
    String withdraw(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
            @ModelAttribute("form") WithdrawalForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        try {
            Consent consent = consents.withdraw(user, id, form.toCommand());
            redirect.addFlashAttribute("withdrawn", id);
            return "redirect:/children/" + consent.childId() + "/consents";
        } catch (InvalidInputException e) {
            return withdrawalForm(user, model, consents.get(user, id), form, fieldErrors.of(binding, e));
        }
    }

    private String form(SignedInUser user, long childId, Model model, ConsentForm form, Map<String, String> errors) {
        Child child = children.get(user, childId);
        model.addAttribute("child", child);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("givenByChoices", List.of(choices.guardians(), choices.youngPerson(),
                Choice.ofKey("CHILD_WELFARE", "consent.givenBy.CHILD_WELFARE.option")));
        model.addAttribute("guardianChoices", children.guardians(user, childId).stream()
                .map(g -> Choice.ofText(String.valueOf(g.id()), g.name() + " "
                        + text(g.parentalResponsibility() ? "guardian.has-responsibility" : "guardian.no-responsibility")))
                .toList());
        model.addAttribute("howGivenChoices", List.of(Choice.ofKey("WRITTEN", "consent.howGiven.WRITTEN.option"),
                Choice.ofKey("ORAL", "consent.howGiven.ORAL.option")));
        choices.addCoverage(model, user);
        return "consent/consent-form";
    }

    private String withdrawalForm(SignedInUser user, Model model, Consent consent, WithdrawalForm form,
            Map<String, String> errors) {
        model.addAttribute("consent", consent);
        model.addAttribute("child", children.get(user, consent.childId()));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("scopeChoices", List.of(Choice.ofKey("ALL", "withdrawal.scope.ALL"),
                Choice.ofKey("SOME", "withdrawal.scope.SOME")));
        model.addAttribute("grantChoices", consent.grants().stream().filter(g -> !g.withdrawn())
                .map(g -> Choice.ofText(String.valueOf(g.id()), text(g.category().labelKey()) + " – "
                        + (g.receiverUnitName() != null ? g.receiverUnitName()
                                : text("consents.all-of-type", text("unit.type." + g.receiverUnitType())))))
                .toList());
        return "consent/withdrawal-form";
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Oslo.ZONE));
    }
}
