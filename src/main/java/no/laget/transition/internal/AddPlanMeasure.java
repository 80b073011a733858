package no.laget.transition.internal;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import java.time.LocalDate;
import java.util.Set;

import io.swagger.v3.oas.annotations.media.Schema;

import no.laget.platform.validation.FieldProblems;
import no.laget.platform.web.UnreadableFields;

/**
 * A measure of the joint plan: what, who is responsible, until when (not past; not after the 25th birthday, which
 * the service checks) and when it is evaluated (not past, not after the time limit). Also the API's request body.
 */
public record AddPlanMeasure(@Schema(requiredMode = REQUIRED) String description,
        @Schema(requiredMode = REQUIRED) String responsible, @Schema(requiredMode = REQUIRED) LocalDate timeLimit,
        @Schema(requiredMode = REQUIRED) LocalDate evaluationOn) {

    public AddPlanMeasure read(LocalDate today) {
        return read(new FieldProblems(), Set.of(), description, responsible, timeLimit, evaluationOn, today);
    }

    static AddPlanMeasure read(FieldProblems problems, Set<String> unreadable, String description, String responsible,
            LocalDate timeLimit, LocalDate evaluationOn, LocalDate today) {
        String readDescription = problems.text("description", description, 500, "nav.tmeasure.description");
        String readResponsible = problems.text("responsible", responsible, 200, "nav.tmeasure.responsible");
        UnreadableFields.required(problems, unreadable, "timeLimit", timeLimit, "nav.tmeasure.timeLimit");
        if (timeLimit != null && timeLimit.isBefore(today)) {
            problems.add("timeLimit", "nav.tmeasure.timeLimit.past");
        }
        UnreadableFields.required(problems, unreadable, "evaluationOn", evaluationOn, "nav.tmeasure.evaluationOn");
        if (evaluationOn != null && evaluationOn.isBefore(today)) {
            problems.add("evaluationOn", "nav.tmeasure.evaluationOn.past");
        } else if (evaluationOn != null && timeLimit != null && evaluationOn.isAfter(timeLimit)) {
            problems.add("evaluationOn", "nav.tmeasure.evaluationOn.after-limit");
        }
        return problems.command(() -> new AddPlanMeasure(readDescription, readResponsible, timeLimit, evaluationOn));
    }
}
