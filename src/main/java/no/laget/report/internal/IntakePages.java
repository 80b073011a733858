package no.laget.report.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import no.laget.interest.BestInterestForm;
import no.laget.platform.security.SignedInUser;
import no.laget.platform.validation.InvalidInputException;
import no.laget.platform.validation.NotFoundException;
import no.laget.platform.web.Choice;
import no.laget.platform.web.FieldErrors;
import no.laget.platform.web.PageController;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Child welfare's intake: the list with each report's next clock, and one report with its clocks, decisions and letters. */
@PageController
class IntakePages {

    private final Intake intake;
    private final IntakeForms forms;
    private final FieldErrors fieldErrors;
    private final LetterPdf letters;
    private final SentReportRepository reports;

    IntakePages(Intake intake, IntakeForms forms, FieldErrors fieldErrors, LetterPdf letters,
            SentReportRepository reports) {
        this.intake = intake;
        this.forms = forms;
        this.fieldErrors = fieldErrors;
        this.letters = letters;
        this.reports = reports;
    }

    @GetMapping("/intake")
    String list(@AuthenticationPrincipal SignedInUser user, Model model) {
        var rows = intake.list(user);
        var today = intake.today();
        model.addAttribute("rows", rows);
        model.addAttribute("next", rows.stream().collect(java.util.stream.Collectors.toMap(
                r -> r.inbox().id(), r -> java.util.Optional.ofNullable(Intake.next(r.inbox(), today)))));
        return "report/intake";
    }

    @GetMapping("/intake/{id}")
    String show(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, Model model) {
        return page(user, id, model, Map.of(), fieldErrors.none());
    }

    @PostMapping("/intake/{id}/review")
    String review(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
            @ModelAttribute("review") IntakeForms.ReviewForm form, Model model, RedirectAttributes redirect) {
        // kept for the page shown again when the review is refused; a redirect does not carry the model
        model.addAttribute("bestInterest", form.bestInterest());
        return step(user, id, model, redirect, "intake.review.done", () -> intake.review(user, id, forms.review(form)),
                typed("reviewDecision", form.reviewDecision(), "reviewedOn", form.reviewedOn()));
    }

    @PostMapping("/intake/{id}/extension")
    String extend(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
            @ModelAttribute("extensionForm") IntakeForms.ExtensionForm form, Model model, RedirectAttributes redirect) {
        return step(user, id, model, redirect, "intake.extension.done",
                () -> intake.extend(user, id, forms.extension(form)), typed("extensionReason", form.extensionReason()));
    }

    @PostMapping("/intake/{id}/end")
    String end(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
            @ModelAttribute("endForm") IntakeForms.EndForm form, Model model, RedirectAttributes redirect) {
        return step(user, id, model, redirect, "intake.end.done",
                () -> intake.endInvestigation(user, id, forms.end(form)),
                typed("outcome", form.outcome(), "endedOn", form.endedOn()));
    }

    @PostMapping("/intake/{id}/letters")
    String letter(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
            @ModelAttribute("letterForm") IntakeForms.LetterForm form, Model model, RedirectAttributes redirect) {
        return step(user, id, model, redirect, "intake.letter.done",
                () -> intake.recordLetter(user, id, forms.letter(form)),
                typed("letterKind", form.letterKind(), "sentOn", form.sentOn(), "sentHow", form.sentHow()));
    }

    /**
     * Records one step of the intake and goes back to the report with the step's {@code done} message; a refused step
     * shows the report again with what was typed and a message at each field.
     */
    private String step(SignedInUser user, long id, Model model, RedirectAttributes redirect, String done,
            Runnable step, Map<String, String> typed) {
        try {
            step.run();
            redirect.addFlashAttribute("done", done);
            return "redirect:/intake/" + id;
        } catch (InvalidInputException e) {
            return page(user, id, model, typed, fieldErrors.of(e));
        }
    }

    /** The letter as it will be sent (before it is recorded) or as it was sent. */
    @GetMapping("/intake/{id}/letters/{kind}.pdf")
    ResponseEntity<byte[]> letterPdf(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
            @PathVariable String kind) {
        Intake.Case c = intake.get(user, id);
        Intake.LetterKind letterKind = Arrays.stream(Intake.LetterKind.values()).filter(k -> k.name().equals(kind))
                .findFirst().orElseThrow(() -> new NotFoundException("letter"));
        var sent = c.letters().stream().filter(l -> l.kind().equals(kind)).findFirst();
        if (sent.isEmpty() && !c.lettersDue().contains(letterKind)) {
            throw new NotFoundException("letter");
        }
        var createdAt = reports.delivery(c.inbox().reportId()).orElseThrow().createdAt();
        byte[] pdf = letters.render(letterKind, c.inbox().reportId(), c.report(), createdAt,
                sent.map(ReportInboxRepository.Letter::sentOn).orElse(intake.today()));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline().filename("brev-" + id + "-" + kind + ".pdf").build().toString())
                .body(pdf);
    }

    private String page(SignedInUser user, long id, Model model, Map<String, String> typed, Map<String, String> errors) {
        Intake.Case c = intake.get(user, id);
        if (!model.containsAttribute("bestInterest")) {
            model.addAttribute("bestInterest", BestInterestForm.empty());
        }
        model.addAttribute("case", c);
        model.addAttribute("typed", typed);
        model.addAttribute("errors", errors);
        model.addAttribute("today", intake.today());
        model.addAttribute("reviewChoices", List.of(Choice.ofKey("CLOSED", "intake.reviewDecision.CLOSED"),
                Choice.ofKey("INVESTIGATION", "intake.reviewDecision.INVESTIGATION")));
        model.addAttribute("outcomeChoices", List.of(Choice.ofKey("CLOSED", "intake.outcome.CLOSED"),
                Choice.ofKey("MEASURES", "intake.outcome.MEASURES")));
        model.addAttribute("letterChoices", c.lettersDue().stream()
                .map(k -> Choice.ofKey(k.name(), "intake.letter." + k.name())).toList());
        model.addAttribute("howChoices", Arrays.stream(Intake.SentHow.values())
                .map(h -> Choice.ofKey(h.name(), "intake.sentHow." + h.name())).toList());
        return "report/intake-report";
    }

    private static Map<String, String> typed(String... pairs) {
        Map<String, String> typed = new java.util.HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            typed.put(pairs[i], pairs[i + 1] == null ? "" : pairs[i + 1]);
        }
        return typed;
    }
}
