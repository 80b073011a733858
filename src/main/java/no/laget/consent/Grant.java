package no.laget.consent;

import java.time.OffsetDateTime;

import no.laget.access.InformationCategory;

/** One category to one receiver (a named unit or every unit of a type). Withdrawn on its own in a partial withdrawal. */
public record Grant(long id, InformationCategory category, Long receiverUnitId, String receiverUnitName,
        String receiverUnitType, OffsetDateTime withdrawnAt, String withdrawnByName) {

    public boolean withdrawn() {
        return withdrawnAt != null;
    }
}
