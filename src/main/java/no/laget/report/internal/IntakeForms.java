package no.laget.report.internal;

import java.time.LocalDate;

import no.laget.interest.BestInterestForm;
import no.laget.platform.validation.FieldProblems;

import org.springframework.stereotype.Component;

/**
 * What child welfare types on a received report's page (Strings, as typed) and how each form is read into its
 * command with {@link FieldProblems}: dates and texts here; a missing choice is left null for {@link Intake}, which
 * reports it together with what needs the report's state (already reviewed, a letter not due, a day before the
 * report came in), so the page still shows every problem at once. A bean, so that text the input filter refused
 * reaches a module call and is answered next to its field even when the command would not carry it.
 */
@Component
class IntakeForms {

    /** The review: decision, day and the best-interest note (bound from {@code bestInterest.*}). */
    record ReviewForm(String reviewDecision, String reviewedOn, BestInterestForm bestInterest) {
        @Override
        public String toString() {
            return "ReviewForm"; // free text never in a log line
        }
    }

    record ExtensionForm(String extensionReason) {
        @Override
        public String toString() {
            return "ExtensionForm"; // free text never in a log line
        }
    }

    record EndForm(String outcome, String endedOn) {}

    record LetterForm(String letterKind, String sentOn, String sentHow) {}

    Intake.ReviewReport review(ReviewForm form) {
        FieldProblems problems = new FieldProblems();
        LocalDate on = problems.date("reviewedOn", form.reviewedOn(), "intake.reviewedOn");
        return Intake.ReviewReport.read(problems, choice(form.reviewDecision(), Intake.ReviewDecision.class), on,
                form.bestInterest());
    }

    Intake.ExtendInvestigation extension(ExtensionForm form) {
        FieldProblems problems = new FieldProblems();
        String reason = problems.optionalText("extensionReason", form.extensionReason(), 2_000,
                "intake.extensionReason");
        return problems.command(() -> new Intake.ExtendInvestigation(reason));
    }

    Intake.EndInvestigation end(EndForm form) {
        FieldProblems problems = new FieldProblems();
        LocalDate on = problems.date("endedOn", form.endedOn(), "intake.endedOn");
        return problems.command(() -> new Intake.EndInvestigation(choice(form.outcome(), Intake.Outcome.class), on));
    }

    Intake.RecordLetter letter(LetterForm form) {
        FieldProblems problems = new FieldProblems();
        LocalDate on = problems.date("sentOn", form.sentOn(), "intake.sentOn");
        return problems.command(() -> new Intake.RecordLetter(choice(form.letterKind(), Intake.LetterKind.class), on,
                choice(form.sentHow(), Intake.SentHow.class)));
    }

    /** The constant named, or null (none chosen, or not one of them): {@link Intake} says which is missing. */
    private static <E extends Enum<E>> E choice(String typed, Class<E> type) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(typed)) {
                return constant;
            }
        }
        return null;
    }
}
