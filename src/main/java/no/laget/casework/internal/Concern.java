package no.laget.casework.internal;

import no.laget.casework.ConcernDecision;
import no.laget.casework.ConcernStep;

import java.time.LocalDate;
import java.util.Map;

/**
 * A level-0 concern (undringsnotat): what was seen, concretely, and when; the guide's steps done so far; the
 * decision and its deadline. Written by an employee for their unit; the unit reads and continues it.
 */
public record Concern(long id, long childId, String childName, long unitId, long writtenBy, String writtenByName,
        LocalDate writtenOn, LocalDate observedOn, String whatSeen, boolean suspicionOfHarm, ConcernDecision decision,
        String decisionNote, LocalDate decidedOn, LocalDate decisionDue, Long caseId, int version,
        Map<ConcernStep, StepDone> steps) {

    /** One step of the guide, recorded as done on a date. */
    public record StepDone(ConcernStep step, LocalDate doneOn, String note, String recordedByName) {}

    public boolean decided() {
        return decision != null;
    }

    @Override
    public String toString() {
        return "Concern[" + id + "]";
    }
}
