package no.laget.access;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Access that follows from work: a participant in a case ({@link Basis#CASE_PARTICIPANT}), the child welfare unit
 * that received a report ({@link Basis#RECEIVED_REPORT}). The module that owns the work grants and ends rows here;
 * the access rule ({@code access_basis}, migration V9) is still the only thing that reads them, so the door and
 * every list keep one rule. Granting is not itself access to a child's data: the caller has been through the
 * door for the work that leads to it.
 */
@Service
public class AccessGrants {

    private final JdbcClient jdbc;
    private final Clock clock;

    AccessGrants(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * @param employeeId      null grants the whole unit
     * @param consentId       when set, the grant holds only while that consent is live and still covers
     *                        {@code consentCategory} for the unit: withdrawn, partly withdrawn for that category or
     *                        expired, the grant ends on the next request, in the door and in every list
     * @param consentCategory the consent's category the grant stands on; a participant's BASIC grant stands on the
     *                        RELAY_LOG consent it was admitted under. Defaults to {@code category}.
     */
    public record NewGrant(long childId, long unitId, Long employeeId, InformationCategory category, Basis basis,
            boolean allowsWrite, Long consentId, InformationCategory consentCategory, String sourceType,
            long sourceId) {

        public NewGrant {
            if (basis != Basis.CASE_PARTICIPANT && basis != Basis.RECEIVED_REPORT) {
                throw new IllegalArgumentException("A grant carries a work basis, not " + basis);
            }
            if (basis == Basis.RECEIVED_REPORT && consentId != null) {
                throw new IllegalArgumentException("A received report is the duty to report, not a consent");
            }
            if (consentId == null) {
                consentCategory = null;
            } else if (consentCategory == null) {
                consentCategory = category;
            }
        }

        /** Access from the unit's own work (a received report, its own concern): no consent behind it. */
        public static NewGrant ofWork(long childId, long unitId, InformationCategory category, Basis basis,
                boolean allowsWrite, String sourceType, long sourceId) {
            return new NewGrant(childId, unitId, null, category, basis, allowsWrite, null, null, sourceType, sourceId);
        }

        /** Access that exists because of a consent, and ends with it. */
        public static NewGrant underConsent(long childId, long unitId, InformationCategory category, boolean allowsWrite,
                long consentId, InformationCategory consentCategory, String sourceType, long sourceId) {
            return new NewGrant(childId, unitId, null, category, Basis.CASE_PARTICIPANT, allowsWrite, consentId,
                    consentCategory, sourceType, sourceId);
        }
    }

    public long grant(NewGrant grant) {
        return jdbc.sql("""
                insert into access_grant (child_id, unit_id, employee_id, category, basis, allows_write, consent_id,
                                          consent_category, source_type, source_id, valid_from)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                returning id""")
                .params(grant.childId(), grant.unitId(), grant.employeeId(), grant.category().name(),
                        grant.basis().name(), grant.allowsWrite(), grant.consentId(),
                        grant.consentCategory() == null ? null : grant.consentCategory().name(), grant.sourceType(),
                        grant.sourceId(), now())
                .query(Long.class).single();
    }

    /** Ends every open grant the work gave, e.g. when a case closes. */
    public int end(String sourceType, long sourceId) {
        return jdbc.sql("""
                update access_grant set valid_to = ?
                 where source_type = ? and source_id = ? and (valid_to is null or valid_to > ?)""")
                .params(now(), sourceType, sourceId, now()).update();
    }

    /** Ends the open grants the work gave one unit, e.g. when a unit leaves a case. */
    public int endForUnit(String sourceType, long sourceId, long unitId) {
        return jdbc.sql("""
                update access_grant set valid_to = ?
                 where source_type = ? and source_id = ? and unit_id = ? and (valid_to is null or valid_to > ?)""")
                .params(now(), sourceType, sourceId, unitId, now()).update();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock.withZone(ZoneOffset.UTC));
    }
}
