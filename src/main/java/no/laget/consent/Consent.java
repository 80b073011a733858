package no.laget.consent;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** A consent or a refusal, with its grants. */
public record Consent(long id, long childId, GivenBy givenBy, HowGiven howGiven, String childView, String purpose,
        LocalDate validFrom, LocalDate validTo, boolean refused, long recordedBy, String recordedByName,
        long recordedByUnitId, OffsetDateTime recordedAt, OffsetDateTime withdrawnAt, String withdrawnByName,
        List<Long> guardianIds, List<Grant> grants) {

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
