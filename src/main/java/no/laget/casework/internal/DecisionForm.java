package no.laget.casework.internal;

import no.laget.casework.ConcernDecision;
import no.laget.platform.validation.FieldProblems;

/** The level-0 decision as typed, with the concern's version. */
public record DecisionForm(String decision, String decisionNote, String version) {

    public DecideConcern toCommand() {
        FieldProblems problems = new FieldProblems();
        ConcernDecision chosen = problems.choice("decision", decision(), ConcernDecision.class, "concern.decision");
        String note = problems.optionalText("decisionNote", decisionNote(), 2000, "concern.decisionNote");
        return problems.command(() -> new DecideConcern(chosen, note, CaseForms.version(version())));
    }
}
