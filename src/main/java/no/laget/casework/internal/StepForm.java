package no.laget.casework.internal;

import java.time.LocalDate;

import no.laget.casework.ConcernStep;
import no.laget.platform.validation.FieldProblems;

/** One step of the guide recorded as done: which, on what date, and an optional note. */
public record StepForm(String step, String doneOn, String note) {

    public RecordStep toCommand() {
        FieldProblems problems = new FieldProblems();
        ConcernStep chosen = problems.choice("step", step(), ConcernStep.class, "concern.step");
        LocalDate done = problems.date("doneOn", doneOn(), "concern.doneOn");
        String text = problems.optionalText("note", note(), 2000, "concern.note");
        return problems.command(() -> new RecordStep(chosen, done, text));
    }
}
