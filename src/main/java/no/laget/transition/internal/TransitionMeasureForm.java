package no.laget.transition.internal;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import no.laget.platform.validation.FieldProblems;
import no.laget.platform.web.UnreadableFields;

/** A measure in the joint plan as typed: what, who is responsible, until when, and when it is evaluated. */
public record TransitionMeasureForm(String description, String responsible, String timeLimit, String evaluationOn) {

    public AddPlanMeasure toCommand(LocalDate today) {
        Set<String> unreadable = new HashSet<>();
        return AddPlanMeasure.read(new FieldProblems(), unreadable, description, responsible,
                UnreadableFields.date(unreadable, "timeLimit", timeLimit),
                UnreadableFields.date(unreadable, "evaluationOn", evaluationOn), today);
    }
}
