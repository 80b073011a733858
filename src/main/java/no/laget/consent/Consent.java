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

    /**
     * Whether the consent is live on the day: not a refusal, not withdrawn (a withdrawal ends it at once, whatever
     * day is asked about), and the day within {@code validFrom..validTo}, both ends inclusive. The day is the Oslo day
     * of the caller's clock. The one rule for this in Java; its SQL twin is {@code consent_live(consent, date)}
     * (V195), and ConsentLiveTest checks that the two agree.
     */
    public boolean liveOn(LocalDate day) {
        return !refused && withdrawnAt == null && !validFrom.isAfter(day) && !validTo.isBefore(day);
    }

    /** Whether one grant of the consent is live on the day: the consent is, and the grant is not withdrawn. SQL twin
     * {@code consent_grant_live(consent, consent_grant, date)}. */
    public boolean liveFor(Grant grant, LocalDate day) {
        return liveOn(day) && !grant.withdrawn();
    }

    /**
     * What a case worker sees: why the consent is not live, or whether all or some of its grants are. LIVE or
     * PARTLY_WITHDRAWN exactly when some grant is {@link #liveFor live}. Expiry is inclusive: a consent that ends
     * today still holds today.
     */
    public Status statusOn(LocalDate today) {
        if (refused) return Status.REFUSED;
        if (withdrawnAt != null || grants.stream().allMatch(Grant::withdrawn)) return Status.WITHDRAWN;
        if (validTo.isBefore(today)) return Status.EXPIRED;
        if (validFrom.isAfter(today)) return Status.NOT_YET_VALID;
        return grants.stream().allMatch(grant -> liveFor(grant, today)) ? Status.LIVE : Status.PARTLY_WITHDRAWN;
    }

    @Override
    public String toString() {
        return "Consent[" + id + "]";
    }
}
