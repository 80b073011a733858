package no.laget.family.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import no.laget.access.AccessedObject;
import no.laget.access.Action;
import no.laget.access.FamilyChild;
import no.laget.access.FamilyDoor;
import no.laget.access.InformationCategory;
import no.laget.consent.Consent;
import no.laget.consent.ConsentRequest;
import no.laget.consent.ConsentRequests;
import no.laget.consent.Grant;
import no.laget.platform.security.FamilyMember;
import no.laget.platform.time.Oslo;
import no.laget.platform.validation.InvalidInputException;
import no.laget.platform.web.Choice;
import no.laget.platform.web.FieldErrors;
import no.laget.platform.web.PageController;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The family's consents (issue 12): every consent of the child in plain words, the requests waiting for an answer, the
 * answer (all, part, no) and the withdrawal (all or part). Every page passes {@link FamilyDoor} first: reading is a
 * read of basic data, answering and withdrawing a write of basic data; the consent module then decides which consents
 * are this member's (guardians answer for GUARDIANS, the young person for YOUNG_PERSON). Another family's child, request
 * or consent is answered like a missing one (404).
 */
@PageController
class FamilyConsentPages {

    private final FamilyDoor door;
    private final ConsentRequests requests;
    private final FieldErrors fieldErrors;
    private final MessageSource messages;
    private final Clock clock;

    FamilyConsentPages(FamilyDoor door, ConsentRequests requests, FieldErrors fieldErrors, MessageSource messages,
            Clock clock) {
        this.door = door;
        this.requests = requests;
        this.fieldErrors = fieldErrors;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/familie/barn/{childId}/samtykker")
    String list(@AuthenticationPrincipal FamilyMember member, @PathVariable long childId, Model model) {
        FamilyChild child = door.require(member, childId, InformationCategory.BASIC, Action.READ,
                AccessedObject.of("family-consents", childId));
        ConsentRequests.FamilyView view = requests.forFamily(member, child);
        LocalDate today = today();
        model.addAttribute("child", child);
        model.addAttribute("waiting", view.requests().stream().filter(r -> r.waitingOn(today)).toList());
        model.addAttribute("consents", view.consents());
        // what this member may still answer, and withdraw (guardians for GUARDIANS, the young person for YOUNG_PERSON)
        model.addAttribute("answerable", view.requests().stream()
                .filter(r -> ConsentRequests.answers(child, r.givenBy()) && !view.answeredByMember().contains(r.id()))
                .map(ConsentRequest::id).toList());
        model.addAttribute("answeredByMember", view.answeredByMember());
        model.addAttribute("withdrawable", view.consents().stream()
                .filter(c -> ConsentRequests.answers(child, c.givenBy()) && withdrawable(c.statusOn(today)))
                .map(Consent::id).toList());
        model.addAttribute("today", today);
        model.addAttribute("mayWrite", door.permits(member, childId, InformationCategory.BASIC, Action.WRITE));
        return "family/consents";
    }

    @GetMapping("/familie/barn/{childId}/samtykker/foresporsler/{requestId}")
    String request(@AuthenticationPrincipal FamilyMember member, @PathVariable long childId,
            @PathVariable long requestId, Model model) {
        FamilyChild child = door.require(member, childId, InformationCategory.BASIC, Action.READ,
                AccessedObject.of("family-consent-request", requestId));
        return answerPage(model, child, requests.requestForFamily(member, child, requestId),
                new FamilyAnswerForm("", List.of(), List.of(), ""), fieldErrors.none());
    }

    @PostMapping("/familie/barn/{childId}/samtykker/foresporsler/{requestId}")
    String answer(@AuthenticationPrincipal FamilyMember member, @PathVariable long childId,
            @PathVariable long requestId, @ModelAttribute("form") FamilyAnswerForm form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        FamilyChild child = door.require(member, childId, InformationCategory.BASIC, Action.WRITE,
                AccessedObject.of("consent_answer", requestId));
        try {
            ConsentRequest answered = requests.answer(member, child, requestId, form.toCommand());
            redirect.addFlashAttribute("answered", answered.consentId() != null ? "DECIDED" : "WAITING");
            return "redirect:/familie/barn/" + childId + "/samtykker";
        } catch (InvalidInputException e) {
            return answerPage(model, child, requests.requestForFamily(member, child, requestId), form,
                    fieldErrors.of(binding, e));
        }
    }

    /** The consent's form as the services keep it (PDF/UA), in the language the member reads these pages in. */
    @GetMapping("/familie/barn/{childId}/samtykker/{consentId}/samtykke.pdf")
    ResponseEntity<byte[]> formPdf(@AuthenticationPrincipal FamilyMember member, @PathVariable long childId,
            @PathVariable long consentId) {
        FamilyChild child = door.require(member, childId, InformationCategory.BASIC, Action.READ,
                AccessedObject.of("family-consent-pdf", consentId));
        byte[] body = requests.formPdfForFamily(member, child, consentId, LocaleContextHolder.getLocale());
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename("samtykke-" + consentId + ".pdf").build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(body);
    }

    @GetMapping("/familie/barn/{childId}/samtykker/{consentId}/trekk-tilbake")
    String withdrawal(@AuthenticationPrincipal FamilyMember member, @PathVariable long childId,
            @PathVariable long consentId, Model model) {
        FamilyChild child = door.require(member, childId, InformationCategory.BASIC, Action.READ,
                AccessedObject.of("family-consent", consentId));
        return withdrawalPage(model, child, requests.consentForFamily(member, child, consentId),
                new FamilyWithdrawalForm("", List.of(), null), fieldErrors.none());
    }

    @PostMapping("/familie/barn/{childId}/samtykker/{consentId}/trekk-tilbake")
    String withdraw(@AuthenticationPrincipal FamilyMember member, @PathVariable long childId,
            @PathVariable long consentId, @ModelAttribute("form") FamilyWithdrawalForm form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        FamilyChild child = door.require(member, childId, InformationCategory.BASIC, Action.WRITE,
                AccessedObject.of("consent_withdrawal", consentId));
        try {
            requests.withdraw(member, child, consentId, form.toCommand());
            redirect.addFlashAttribute("withdrawn", true);
            return "redirect:/familie/barn/" + childId + "/samtykker";
        } catch (InvalidInputException e) {
            return withdrawalPage(model, child, requests.consentForFamily(member, child, consentId), form,
                    fieldErrors.of(binding, e));
        }
    }

    private String answerPage(Model model, FamilyChild child, ConsentRequest request, FamilyAnswerForm form,
            Map<String, String> errors) {
        model.addAttribute("child", child);
        model.addAttribute("request", request);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("today", today());
        model.addAttribute("answerChoices", List.of(Choice.ofKey("ALL", "family.consent.answer.ALL"),
                Choice.ofKey("PART", "family.consent.answer.PART"), Choice.ofKey("REFUSE", "family.consent.answer.REFUSE")));
        model.addAttribute("categoryChoices", request.categories().stream()
                .map(c -> Choice.ofKey(c.name(), "family.consent.category." + c.name())).toList());
        model.addAttribute("receiverChoices", request.receivers().stream()
                .map(a -> Choice.ofText(a.receiverKey(), receiver(a.receiverUnitName(), a.receiverUnitType()))).toList());
        return "family/consent-answer";
    }

    private String withdrawalPage(Model model, FamilyChild child, Consent consent, FamilyWithdrawalForm form,
            Map<String, String> errors) {
        model.addAttribute("child", child);
        model.addAttribute("consent", consent);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("today", today());
        model.addAttribute("scopeChoices", List.of(Choice.ofKey("ALL", "family.consent.withdraw.scope.ALL"),
                Choice.ofKey("SOME", "family.consent.withdraw.scope.SOME")));
        model.addAttribute("grantChoices", consent.grants().stream().filter(g -> !g.withdrawn())
                .map(g -> Choice.ofText(String.valueOf(g.id()), grant(g))).toList());
        return "family/consent-withdraw";
    }

    private static boolean withdrawable(Consent.Status status) {
        return status == Consent.Status.LIVE || status == Consent.Status.PARTLY_WITHDRAWN
                || status == Consent.Status.NOT_YET_VALID;
    }

    private String grant(Grant g) {
        return text("family.consent.category." + g.category().name()) + " – " + receiver(g.receiverUnitName(),
                g.receiverUnitType());
    }

    private String receiver(String unitName, String unitType) {
        return unitName != null ? unitName : text("family.consent.all-of-type." + unitType);
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Oslo.ZONE));
    }
}
