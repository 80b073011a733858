package no.laget.consent.internal;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import no.laget.child.Children;
import no.laget.consent.ConsentRequests;
import no.laget.platform.security.SignedInUser;
import no.laget.platform.time.Oslo;
import no.laget.platform.validation.InvalidInputException;
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

/** A unit asks the family for consent in Laget (issue 12); the request waits on the family's page. */
@PageController
class ConsentRequestPages {

    private final ConsentRequests requests;
    private final Children children;
    private final ConsentChoices choices;
    private final FieldErrors fieldErrors;
    private final Clock clock;

    ConsentRequestPages(ConsentRequests requests, Children children, ConsentChoices choices, FieldErrors fieldErrors,
            Clock clock) {
        this.requests = requests;
        this.children = children;
        this.choices = choices;
        this.fieldErrors = fieldErrors;
        this.clock = clock;
    }

    @GetMapping("/children/{childId}/consent-requests/new")
    String newRequest(@AuthenticationPrincipal SignedInUser user, @PathVariable long childId, Model model) {
        String today = java.time.LocalDate.now(clock.withZone(Oslo.ZONE)).toString();
        return form(user, childId, model, new ConsentRequestForm("GUARDIANS", "", List.of(), List.of(), List.of(),
                today, ""), fieldErrors.none());
    }

    @PostMapping("/children/{childId}/consent-requests")
    String request(@AuthenticationPrincipal SignedInUser user, @PathVariable long childId,
            @ModelAttribute("form") ConsentRequestForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        try {
            long id = requests.request(user, childId, form.toCommand());
            redirect.addFlashAttribute("requested", id);
            return "redirect:/children/" + childId + "/consents";
        } catch (InvalidInputException e) {
            return form(user, childId, model, form, fieldErrors.of(binding, e));
        }
    }

    private String form(SignedInUser user, long childId, Model model, ConsentRequestForm form,
            Map<String, String> errors) {
        model.addAttribute("child", children.get(user, childId));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("givenByChoices", List.of(choices.guardians(), choices.youngPerson()));
        choices.addCoverage(model, user);
        return "consent/request-form";
    }
}
