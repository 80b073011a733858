package no.laget.consent;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A consent or a refusal, with its grants. A consent given digitally through the family's door ({@link HowGiven#DIGITAL})
 * carries the assurance level ({@code acr}) of the ID-porten login(s) it was given with, the weakest when several
 * people answered; {@code recordedAt} is then the moment the last answer made it live (or refused), and
 * {@code recordedBy} the employee whose unit asked for it.
 */
public record Consent(long id, long childId, GivenBy givenBy, HowGiven howGiven, String childView, String purpose,
        LocalDate validFrom, LocalDate validTo, boolean refused, long recordedBy, String recordedByName,
        long recordedByUnitId, OffsetDateTime recordedAt, OffsetDateTime withdrawnAt, String withdrawnByName,
        List<Long> guardianIds, List<Grant> grants, String digitalAssurance) {

    public enum Status { LIVE, PARTLY_WITHDRAWN, WITHDRAWN, EXPIRED, NOT_YET_VALID, REFUSED }

    /** Expiry is inclusive: a consent that ends today still holds today. */
    public Status statusOn(LocalDate today) {
        if (refused) return Status.REFUSED;
        if (withdrawnAt != null || grants.stream().allMatch(Grant::withdrawn)) return Status.WITHDRAWN;
        if (validTo.isBefore(today)) return Status.EXPIRED;
        if (validFrom.isAfter(today)) return Status.NOT_YET_VALID;
        if (grants.stream().anyMatch(Grant::withdrawn)) return Status.PARTLY_WITHDRAWN;
        return Status.LIVE;
    }

    @Override
    public String toString() {
        return "Consent[" + id + "]";
    }
}
