package no.laget.access;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import no.laget.platform.security.Role;
import no.laget.platform.security.SignedInUser;
import no.laget.platform.validation.InvalidInputException;
import no.laget.platform.validation.NotFoundException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * "Break the glass": an employee states why they need a child's data now and gets read access for a
 * limited time (2 hours, {@code laget.emergency.duration}). Each use is flagged in the access log and
 * reviewed afterwards by a leader of the employee's unit.
 */
@Service
public class EmergencyAccess {

    private static final Logger log = LoggerFactory.getLogger(EmergencyAccess.class);
    static final int MIN_REASON_LENGTH = 20;
    static final int MIN_REASON_WORDS = 3;

    public record Review(long id, long childId, long employeeId, String reason, OffsetDateTime startedAt,
            OffsetDateTime expiresAt, OffsetDateTime reviewedAt) {}

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Duration duration;

    EmergencyAccess(JdbcClient jdbc, Clock clock, @Value("${laget.emergency.duration:2h}") Duration duration) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.duration = duration;
    }

    /** Opens emergency access; the reason must be a sentence, not a word. */
    public long open(SignedInUser user, long childId, String reason) {
        String text = reason == null ? "" : reason.trim();
        if (text.isEmpty()) {
            throw InvalidInputException.of("reason", "emergency.reason.required");
        }
        if (text.length() < MIN_REASON_LENGTH || text.split("\\s+").length < MIN_REASON_WORDS) {
            throw InvalidInputException.of("reason", "emergency.reason.too-short");
        }
        if (text.length() > 1000) {
            throw InvalidInputException.of("reason", "emergency.reason.too-long");
        }
        if (user.hasRole(Role.ADMINISTRATOR)) {
            throw new AccessRefusedException(Reason.ROLE_SEES_NO_CHILD_DATA);
        }
        OffsetDateTime now = OffsetDateTime.now(clock.withZone(ZoneOffset.UTC));
        try {
            long id = jdbc.sql("""
                    insert into emergency_access (child_id, employee_id, unit_id, reason, started_at, expires_at)
                    values (?, ?, ?, ?, ?, ?) returning id""")
                    .params(childId, user.employeeId(), user.unitId(), text, now, now.plus(duration))
                    .query(Long.class).single();
            log.info("Emergency access {} opened by employee {}", id, user.employeeId());
            return id;
        } catch (DataIntegrityViolationException noSuchChild) {
            throw new NotFoundException("child");
        }
    }

    /** Emergency accesses by employees of the leader's unit, those not yet reviewed first. */
    public List<Review> forReview(SignedInUser leader) {
        return jdbc.sql("""
                select id, child_id, employee_id, reason, started_at, expires_at, reviewed_at
                  from emergency_access where unit_id = ?
                 order by reviewed_at is not null, started_at desc
                 limit 200""")
                .param(leader.unitId())
                .query((rs, row) -> new Review(rs.getLong("id"), rs.getLong("child_id"), rs.getLong("employee_id"),
                        rs.getString("reason"), rs.getObject("started_at", OffsetDateTime.class),
                        rs.getObject("expires_at", OffsetDateTime.class),
                        rs.getObject("reviewed_at", OffsetDateTime.class)))
                .list();
    }

    public void markReviewed(SignedInUser leader, long id) {
        int changed = jdbc.sql("""
                update emergency_access set reviewed_at = ?, reviewed_by = ?
                 where id = ? and unit_id = ? and reviewed_at is null""")
                .params(OffsetDateTime.now(clock.withZone(ZoneOffset.UTC)), leader.employeeId(), id, leader.unitId())
                .update();
        if (changed == 0) {
            throw new NotFoundException("emergency access");
        }
        log.info("Emergency access {} reviewed by employee {}", id, leader.employeeId());
    }
}
