package no.laget.casework;

import java.util.List;

/**
 * The follow-up of these measures of a case stopped: the case was closed, or the consent the responsible unit stood
 * on was withdrawn. Their evaluations are no longer due. Ids only.
 */
public record MeasuresStopped(long caseId, List<Long> measureIds) {

    public MeasuresStopped {
        measureIds = List.copyOf(measureIds);
    }
}
