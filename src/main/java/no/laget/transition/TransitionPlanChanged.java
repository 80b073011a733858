package no.laget.transition;

import java.time.OffsetDateTime;

/**
 * A young person's transition plan was made (the first meeting and plan saved) or changed (saved again, or a measure
 * added; docs/domain.md rules 30-31). Published inside the saving transaction with the whole plan as printed at that
 * moment, so that a listener (the archive) keeps each version as it was. The name is there for the listener's titles;
 * never log this event.
 */
public record TransitionPlanChanged(long transitionId, long childId, String childName, boolean made, long unitId,
        long employeeId, OffsetDateTime changedAt, byte[] plan) {

    @Override
    public String toString() {
        return "TransitionPlanChanged[" + transitionId + "]";
    }
}
