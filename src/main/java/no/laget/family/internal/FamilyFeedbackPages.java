package no.laget.family.internal;

import java.util.Map;
import java.util.Optional;

import no.laget.access.AccessedObject;
import no.laget.access.Action;
import no.laget.access.FamilyChild;
import no.laget.access.FamilyDoor;
import no.laget.access.InformationCategory;
import no.laget.feedback.FeedbackForFamily;
import no.laget.platform.security.FamilyMember;
import no.laget.platform.validation.FieldProblem;
import no.laget.platform.validation.InvalidInputException;
import no.laget.platform.validation.NotFoundException;
import no.laget.platform.web.FieldErrors;
import no.laget.platform.web.PageController;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/**
 * Feedback invitations on the family's page (issue 12 item 6): the invitations an employee sent to this child's page
 * that can still be answered, and the same questions as the one-use link's form. Every request goes through
 * {@link FamilyDoor} first (RELAY_LOG READ: the invitations are about the relay case's meetings and measures), always
 * with the same logged object, the child's feedback page, so the access log never says which invitation was opened or
 * whether it was answered. The answer itself is stored by the feedback module exactly like a link's answer: with no
 * child, no family member and no invitation. A used, expired, unknown or another child's invitation gets one page
 * (404, "can no longer be answered"); another family's child gets the family door's usual 404.
 */
@PageController
class FamilyFeedbackPages {

    private static final String FEEDBACK_KEYS = "feedback.";

    private final FamilyDoor door;
    private final FeedbackForFamily feedback;
    private final FieldErrors fieldErrors;

    FamilyFeedbackPages(FamilyDoor door, FeedbackForFamily feedback, FieldErrors fieldErrors) {
        this.door = door;
        this.feedback = feedback;
        this.fieldErrors = fieldErrors;
    }

    static String path(long childId) {
        return "/familie/barn/" + childId + "/tilbakemelding";
    }

    @GetMapping("/familie/barn/{childId}/tilbakemelding")
    String list(@AuthenticationPrincipal FamilyMember member, @PathVariable long childId, Model model) {
        FamilyChild child = require(member, childId);
        model.addAttribute("child", child);
        model.addAttribute("invitations", feedback.open(childId));
        return "family/feedback";
    }

    @GetMapping("/familie/barn/{childId}/tilbakemelding/{ref}")
    String answerForm(@AuthenticationPrincipal FamilyMember member, @PathVariable long childId,
            @PathVariable String ref, Model model, HttpServletResponse response) {
        FamilyChild child = require(member, childId);
        Optional<FeedbackForFamily.Invitation> invitation = feedback.open(childId, ref);
        if (invitation.isEmpty()) {
            return closed(model, child, response);
        }
        return answerPage(model, child, invitation.get(), FeedbackForFamily.Answer.empty(), fieldErrors.none());
    }

    @PostMapping("/familie/barn/{childId}/tilbakemelding/{ref}")
    String answer(@AuthenticationPrincipal FamilyMember member, @PathVariable long childId, @PathVariable String ref,
            @ModelAttribute("form") FeedbackForFamily.Answer form, BindingResult binding, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        FamilyChild child = require(member, childId);
        try {
            feedback.answer(childId, ref, form);
        } catch (NotFoundException usedOrExpired) {
            return closed(model, child, response);
        } catch (InvalidInputException e) {
            Optional<FeedbackForFamily.Invitation> invitation = feedback.open(childId, ref);
            if (invitation.isEmpty()) {
                return closed(model, child, response);
            }
            return answerPage(model, child, invitation.get(), form, fieldErrors.of(binding, inFamilyWords(e)));
        }
        redirect.addFlashAttribute("answered", true);
        return "redirect:" + path(childId);
    }

    /**
     * The feedback module's rules answer with its keys ({@code feedback.improve.name}), whose bundle is the staff's,
     * bokmål only; the family's page shows the same rule from its own translated bundle
     * ({@code family.feedback.improve.name}). Other keys (refused characters) are translated already.
     */
    static InvalidInputException inFamilyWords(InvalidInputException rules) {
        return new InvalidInputException(rules.problems().stream()
                .map(problem -> problem.messageKey().startsWith(FEEDBACK_KEYS)
                        ? new FieldProblem(problem.field(), "family." + problem.messageKey()) : problem)
                .toList());
    }

    private FamilyChild require(FamilyMember member, long childId) {
        return door.require(member, childId, InformationCategory.RELAY_LOG, Action.READ,
                AccessedObject.of("family-feedback", childId));
    }

    private static String closed(Model model, FamilyChild child, HttpServletResponse response) {
        response.setStatus(HttpStatus.NOT_FOUND.value());
        model.addAttribute("child", child);
        // the language links lead to the list, not to the asked address: the page must not repeat the reference
        model.addAttribute("languageReturnPath", "/familie/barn/" + child.childId() + "/tilbakemelding");
        return "family/feedback-closed";
    }

    private static String answerPage(Model model, FamilyChild child, FeedbackForFamily.Invitation invitation,
            FeedbackForFamily.Answer form, Map<String, String> errors) {
        model.addAttribute("child", child);
        model.addAttribute("invitation", invitation);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("scores", FeedbackForFamily.scoreChoices("family.feedback"));
        model.addAttribute("respondents", FeedbackForFamily.respondentChoices("family.feedback"));
        return "family/feedback-answer";
    }

    /** "Tilbakemeldinger" on the child's page, for whoever reads the relay log there. */
    @Component
    static class Section implements FamilySection {

        @Override
        public int order() {
            return 25;
        }

        @Override
        public String labelKey() {
            return "family.feedback.section";
        }

        @Override
        public String hintKey() {
            return "family.feedback.section.hint";
        }

        @Override
        public String path(long childId) {
            return FamilyFeedbackPages.path(childId);
        }
    }
}
