package no.laget.casework;

import java.util.List;

import org.jmolecules.event.annotation.DomainEvent;

/**
 * The follow-up of these measures of a case stopped: the case was closed, or the consent the responsible unit stood
 * on was withdrawn. Their evaluations are no longer due. Ids only.
 */
@DomainEvent
public record MeasuresStopped(long caseId, List<Long> measureIds) {

    public MeasuresStopped {
        measureIds = List.copyOf(measureIds);
    }
}
