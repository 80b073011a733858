package no.laget.feedback.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import no.laget.feedback.FeedbackForFamily;
import no.laget.feedback.internal.FeedbackForms.AnswerForm;
import no.laget.feedback.internal.FeedbackForms.InvitationForm;
import no.laget.organisation.Organisation;
import no.laget.platform.security.Role;
import no.laget.organisation.Unit;
import no.laget.platform.security.SignedInUser;
import no.laget.platform.validation.InvalidInputException;
import no.laget.platform.validation.NotFoundException;
import no.laget.platform.web.Choice;
import no.laget.platform.web.FieldErrors;
import no.laget.platform.web.MenuContributor;
import no.laget.platform.web.MenuGroup;
import no.laget.platform.web.MenuItem;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Employees make a feedback link (/feedback); the family answers without logging in (/tilbakemelding/{token});
 * municipal staff read the results (/feedback/results).
 */
@PageController
class FeedbackPages {

    private final Feedback feedback;
    private final FeedbackResults results;
    private final Organisation organisation;
    private final FieldErrors fieldErrors;

    FeedbackPages(Feedback feedback, FeedbackResults results, Organisation organisation, FieldErrors fieldErrors) {
        this.feedback = feedback;
        this.results = results;
        this.organisation = organisation;
        this.fieldErrors = fieldErrors;
    }

    /**
     * Opened from a meeting or a measure on the case page, with {@code om=MEETING} or {@code om=MEASURE} chosen and
     * {@code sak} the case, which offers to put the invitation on the child's page in the family's door too.
     */
    @GetMapping("/feedback")
    String invitationForm(@AuthenticationPrincipal SignedInUser user,
            @RequestParam(name = "om", required = false) String about,
            @RequestParam(name = "sak", required = false) String caseId, Model model) {
        String kind = FeedbackKind.parse(about).map(Enum::name).orElse("");
        String onlyDigits = caseId != null && caseId.trim().matches("\\d{1,18}") ? caseId.trim() : null;
        return invitationForm(user, model, new InvitationForm(String.valueOf(user.unitId()), kind, onlyDigits, null),
                fieldErrors.none());
    }

    @PostMapping("/feedback")
    String invite(@AuthenticationPrincipal SignedInUser user, @ModelAttribute("form") InvitationForm form,
            BindingResult binding, Model model, HttpServletRequest request) {
        try {
            Feedback.Created created = feedback.invite(user, form);
            String link = UriComponentsBuilder.fromUriString(request.getRequestURL().toString())
                    .replacePath(request.getContextPath() + "/tilbakemelding/" + created.token())
                    .replaceQuery(null).build().toUriString();
            model.addAttribute("created", created);
            model.addAttribute("link", link);
            return "feedback/created";
        } catch (InvalidInputException e) {
            return invitationForm(user, model, form, fieldErrors.of(binding, e));
        }
    }

    @GetMapping("/feedback/results")
    String results(@RequestParam(name = "ar", required = false) String year, Model model) {
        int current = feedback.today().getYear();
        int chosen = current;
        if (year != null && year.trim().matches("\\d{4}")) {
            chosen = Math.max(2020, Math.min(current, Integer.parseInt(year.trim())));
        }
        List<Integer> years = new ArrayList<>();
        for (int y = current; y >= 2020; y--) {
            years.add(y);
        }
        model.addAttribute("years", years);
        model.addAttribute("results", results.of(chosen));
        model.addAttribute("threshold", results.threshold());
        return "feedback/results";
    }

    @GetMapping("/tilbakemelding/{token}")
    String answerForm(@PathVariable String token, Model model, HttpServletResponse response) {
        if (feedback.open(token).isEmpty()) {
            return closed(response);
        }
        return answerForm(model, token, AnswerForm.empty(), fieldErrors.none());
    }

    @PostMapping("/tilbakemelding/{token}")
    String answer(@PathVariable String token, @ModelAttribute("form") AnswerForm form, BindingResult binding,
            Model model, HttpServletResponse response) {
        try {
            feedback.answer(token, form);
            return "feedback/thanks";
        } catch (NotFoundException e) {
            return closed(response);
        } catch (InvalidInputException e) {
            return answerForm(model, token, form, fieldErrors.of(binding, e));
        }
    }

    /** Unknown, used and expired links get the same page: a link says nothing about whether it ever existed. */
    private static String closed(HttpServletResponse response) {
        response.setStatus(HttpStatus.NOT_FOUND.value());
        return "feedback/closed";
    }

    private String answerForm(Model model, String token, AnswerForm form, Map<String, String> errors) {
        model.addAttribute("token", token);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("scores", FeedbackForFamily.scoreChoices("feedback"));
        model.addAttribute("respondents", FeedbackForFamily.respondentChoices("feedback"));
        return "feedback/answer";
    }

    /** Only the employee's own unit is offered: its families are the ones the employee may ask. */
    private String invitationForm(SignedInUser user, Model model, InvitationForm form, Map<String, String> errors) {
        List<Unit> units = organisation.unit(user.unitId()).filter(Unit::active).stream().toList();
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("units", units);
        model.addAttribute("kinds", Arrays.stream(FeedbackKind.values())
                .map(kind -> Choice.ofKey(kind.name(), kind.labelKey())).toList());
        return "feedback/invite";
    }

    @Component
    static class Menu implements MenuContributor {

        @Override
        public List<MenuItem> itemsFor(SignedInUser user) {
            // Employees ask for feedback from the meeting or the measure it is about, on the case page.
            List<MenuItem> items = new ArrayList<>();
            if (user.hasRole(Role.MUNICIPAL_STAFF)) {
                items.add(new MenuItem(620, "/feedback/results", "menu.feedback.results", "menu.feedback.results.hint")
                        .in(MenuGroup.MUNICIPALITY));
            }
            return items;
        }
    }

}
