package no.laget.child;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A unit's claim to serve a child that another unit registered: who claimed it, when and why, and the leader's
 * review. {@code typedGivenName}, {@code typedFamilyName} and {@code typedBirthDate} are what the claimant typed,
 * never the child's record: the leader decides without reading the child.
 */
public record ServingClaim(long id, long unitId, String unitName, long claimedBy, OffsetDateTime claimedAt,
        String reason, LocalDate servingFrom, Status status, Long reviewedBy, OffsetDateTime reviewedAt,
        String typedGivenName, String typedFamilyName, LocalDate typedBirthDate) {

    public enum Status { PENDING, ACCEPTED, DECLINED }

    @Override
    public String toString() {
        return "ServingClaim[" + id + "]";
    }
}
