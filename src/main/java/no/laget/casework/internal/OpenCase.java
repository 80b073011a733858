package no.laget.casework.internal;

import no.laget.interest.BestInterestForm;

/**
 * Opening a case at a level (1-3) with a relay holder, optionally a first goal and the concern it continues. A case
 * opened at level 2 or 3 carries the best-interest note as given (null at level 1); the service checks it with the
 * child's age, as every occasion does (interest module).
 */
public record OpenCase(int level, long holderEmployeeId, String goal, Long concernId, BestInterestForm interest) {

    public static OpenCase atLevel1(long holderEmployeeId, String goal) {
        return new OpenCase(1, holderEmployeeId, goal, null, null);
    }
}
