package no.laget.family.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;


import no.laget.platform.MailOutbox;
import no.laget.access.Action;
import no.laget.access.FamilyDoor;
import no.laget.access.InformationCategory;
import no.laget.consent.ConsentRequests;
import no.laget.family.internal.NoticeAddresses.Recipient;
import no.laget.family.internal.NoticePlanner.Kind;
import no.laget.feedback.FeedbackForFamily;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Delivers the family's notice outbox through {@link MailOutbox}, like the deadline reminders: a batch claimed with
 * {@code for update skip locked}, marked SENDING with one more attempt and a lease, each e-mail marked SENT when the
 * SMTP server took it, back-off on failure (1, 5, 25, 125 minutes), FAILED after {@value MailOutbox#MAX_ATTEMPTS}
 * attempts; a sender that died leaves its rows to be claimed again when the lease ends.
 *
 * <p>Before each e-mail the notice is checked again, and CANCELLED instead of sent when it is no longer news: it was
 * planned more than {@link #NEWS} ago (e-mail switched on after a while without it sends no backlog), the address was
 * removed, changed or is not confirmed, or what it is about no longer waits for this member (the request was answered
 * or decided, the invitation used or expired, the member no longer sees the child's page). Several notices for one
 * member in one run make one e-mail (the others are COVERED): the text is the same whatever waits. Log lines carry
 * counts and row ids, never an address or a link.
 */
@Component
public class NoticeSender {

    private static final Logger log = LoggerFactory.getLogger(NoticeSender.class);
    /** A notice is sent only this long after it was planned; after that it is old news. */
    static final Duration NEWS = Duration.ofHours(24);

    private final NoticeAddresses addresses;
    private final NoticeMail mail;
    private final ConsentRequests requests;
    private final FeedbackForFamily feedback;
    private final FamilyDoor door;
    private final MailOutbox outbox;

    NoticeSender(JdbcClient jdbc, NoticeAddresses addresses, NoticeMail mail, ConsentRequests requests,
            FeedbackForFamily feedback, FamilyDoor door, Clock clock, PlatformTransactionManager transactions) {
        this.addresses = addresses;
        this.mail = mail;
        this.requests = requests;
        this.feedback = feedback;
        this.door = door;
        this.outbox = new MailOutbox("family_notice", jdbc, clock, transactions);
    }

    /** Sends what is waiting, batch by batch, through the given sender; returns how many were sent. */
    public int sendWaiting(JavaMailSender sender) {
        int sent = 0;
        int failed = 0;
        int cancelled = 0;
        java.util.Set<Long> toldThisRun = new java.util.HashSet<>();
        for (List<Claimed> claimed : outbox.batches(Claimed.READ, Claimed::read)) {
            for (Claimed row : claimed) {
                Optional<Recipient> recipient = addresses.recipient(row.memberId());
                if (!isNews(row.createdAt().toInstant(), outbox.now().toInstant()) || !stillWaits(row, recipient)) {
                    outbox.end(row.id(), "CANCELLED");
                    cancelled++;
                } else if (row.kind() != Kind.CONFIRM && toldThisRun.contains(row.memberId())) {
                    // the e-mail is the same whatever waits: one "you have something to answer" says it for both
                    outbox.end(row.id(), "COVERED");
                } else if (row.attempts() > MailOutbox.MAX_ATTEMPTS) {
                    outbox.end(row.id(), "FAILED");
                    failed++;
                } else if (send(sender, row, recipient.orElseThrow())) {
                    sent++;
                    if (row.kind() != Kind.CONFIRM) {
                        toldThisRun.add(row.memberId());
                    }
                } else {
                    failed++;
                }
            }
        }
        if (sent > 0 || failed > 0 || cancelled > 0) {
            log.info("Family notice e-mails: {} sent, {} failed, {} cancelled", sent, failed, cancelled);
        }
        return sent;
    }

    /** A notice is news for {@link #NEWS} after it was planned; at that moment it is old. */
    static boolean isNews(java.time.Instant plannedAt, java.time.Instant now) {
        return now.isBefore(plannedAt.plus(NEWS));
    }

    /** Whether the notice is still true for this recipient, right now. */
    private boolean stillWaits(Claimed row, Optional<Recipient> found) {
        if (found.isEmpty()) {
            return false; // the address was removed
        }
        Recipient recipient = found.get();
        return switch (row.kind()) {
            case CONFIRM -> !recipient.confirmed() && row.subjectRef().equals(recipient.confirmRef());
            case CONSENT_REQUEST -> recipient.confirmed()
                    && requests.stillToAnswer(Long.parseLong(row.subjectRef())).contains(recipient.identityNumber());
            case FEEDBACK -> recipient.confirmed() && row.childId() != null
                    && feedback.open(row.childId(), row.subjectRef()).isPresent()
                    && door.identityNumbersAllowed(row.childId(), InformationCategory.RELAY_LOG, Action.READ)
                            .contains(recipient.identityNumber());
        };
    }

    private boolean send(JavaMailSender sender, Claimed row, Recipient recipient) {
        if (row.kind() == Kind.CONFIRM) {
            Optional<String> token = addresses.newLink(row.memberId(), row.subjectRef());
            if (token.isEmpty()) {
                outbox.end(row.id(), "CANCELLED"); // confirmed or changed between the check and now
                return false;
            }
            return outbox.send(row.id(), row.attempts(), () -> sender.send(
                    mail.confirmation(sender, recipient.email(), recipient.language(), token.get())));
        }
        return outbox.send(row.id(), row.attempts(),
                () -> sender.send(mail.notice(sender, recipient.email(), recipient.language())));
    }

    private record Claimed(long id, long memberId, Kind kind, String subjectRef, Long childId, int attempts,
            OffsetDateTime createdAt) {

        static final String READ = """
                select c.id, c.family_member_id, c.kind, c.subject_ref, c.child_id, c.attempts, c.created_at
                  from claimed c""";

        static Claimed read(ResultSet rs, int row) throws SQLException {
            return new Claimed(rs.getLong("id"), rs.getLong("family_member_id"), Kind.valueOf(rs.getString("kind")),
                    rs.getString("subject_ref"), (Long) rs.getObject("child_id"), rs.getInt("attempts"),
                    rs.getObject("created_at", OffsetDateTime.class));
        }
    }
}
