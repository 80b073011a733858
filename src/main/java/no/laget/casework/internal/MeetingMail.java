package no.laget.casework.internal;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import no.laget.platform.MailOutbox;
import no.laget.casework.RelayCase;
import no.laget.organisation.Employee;
import no.laget.organisation.Organisation;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the meeting invitations, updates and cancellations waiting in {@code case_meeting_mail}, the way the deadline
 * reminders are sent: a batch claimed with {@code for update skip locked} and a lease, each e-mail marked SENT when
 * the SMTP server took it, back-off on failure, FAILED after {@value MailOutbox#MAX_ATTEMPTS} attempts. The e-mail's text says
 * only that there is a meeting in Laget and links to the case page behind the login; the attached iCalendar entry is
 * the one {@link MeetingInvitation} makes (no name, no agenda), always of the meeting as it is now. Mail for an older
 * sequence than the meeting's own is not sent (SUPERSEDED): the newer one waits for the same people, and a calendar
 * takes an update (METHOD:REQUEST, higher SEQUENCE) as the invitation when it never had the first.
 */
@Component
public class MeetingMail {

    private static final Logger log = LoggerFactory.getLogger(MeetingMail.class);
    private static final Locale BOKMAAL = Locale.forLanguageTag("nb-NO");

    private final JdbcClient jdbc;
    private final CaseRepository cases;
    private final MeetingInvitation invitation;
    private final Organisation organisation;
    private final MessageSource messages;
    private final MailOutbox outbox;
    private final TransactionTemplate transaction;
    private final String baseUrl;
    private final String from;

    MeetingMail(JdbcClient jdbc, CaseRepository cases, MeetingInvitation invitation, Organisation organisation,
            MessageSource messages, Clock clock, PlatformTransactionManager transactions,
            @Value("${laget.base-url:http://localhost:8080}") String baseUrl,
            @Value("${laget.mail.from:laget@localhost}") String from) {
        this.jdbc = jdbc;
        this.cases = cases;
        this.invitation = invitation;
        this.organisation = organisation;
        this.messages = messages;
        this.outbox = new MailOutbox("case_meeting_mail", jdbc, clock);
        this.transaction = new TransactionTemplate(transactions);
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.from = from;
    }

    /** Sends what is waiting through the given sender; returns how many were sent. */
    public int sendWaiting(JavaMailSender sender) {
        int sent = 0;
        int failed = 0;
        while (true) {
            List<Claimed> claimed = transaction.execute(status -> claim());
            for (Claimed row : claimed) {
                Optional<Employee> recipient = organisation.employee(row.employeeId()).filter(Employee::active);
                Optional<RelayCase.Meeting> meeting = cases.find(row.caseId()).flatMap(c -> c.meetings().stream()
                        .filter(m -> m.id() == row.meetingId()).findFirst());
                if (meeting.isPresent() && row.sequence() < meeting.get().sequence()) {
                    outbox.mark(row.id(), "SUPERSEDED", null);
                } else if (recipient.isEmpty() || recipient.get().email() == null || recipient.get().email().isBlank()
                        || meeting.isEmpty() || row.attempts() > MailOutbox.MAX_ATTEMPTS) {
                    outbox.mark(row.id(), "FAILED", null);
                    failed++;
                } else if (send(sender, row, recipient.get(), meeting.get())) {
                    sent++;
                } else {
                    failed++;
                }
            }
            if (claimed.size() < MailOutbox.BATCH) {
                break;
            }
        }
        if (sent > 0 || failed > 0) {
            log.info("Meeting e-mails: {} sent, {} failed", sent, failed);
        }
        return sent;
    }

    /** The e-mail: a text without personal data and the calendar entry, as an iTIP attachment. */
    MimeMessage message(JavaMailSender sender, String to, RelayCase.Meeting meeting, long caseId) throws MessagingException {
        String link = baseUrl + "/cases/" + caseId;
        String kind = meeting.cancelled() ? "CANCEL" : meeting.sequence() > 0 ? "UPDATE" : "REQUEST";
        MimeMessage message = sender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
        helper.setFrom(from);
        helper.setTo(to);
        helper.setSubject(messages.getMessage("meeting.mail.subject." + kind, null, BOKMAAL));
        helper.setText(messages.getMessage("meeting.mail.body." + kind, new Object[] {link}, BOKMAAL));
        String method = meeting.cancelled() ? "CANCEL" : "REQUEST";
        helper.addAttachment("mote.ics", new ByteArrayResource(
                invitation.of(meeting, link, to).getBytes(StandardCharsets.UTF_8)),
                "text/calendar; charset=UTF-8; method=" + method);
        return message;
    }

    private boolean send(JavaMailSender sender, Claimed row, Employee recipient, RelayCase.Meeting meeting) {
        try {
            sender.send(message(sender, recipient.email(), meeting, row.caseId()));
            outbox.sent(row.id());
            return true;
        } catch (MailException | MessagingException e) {
            outbox.failed(row.id(), row.attempts(), e);
            return false;
        }
    }

    private List<Claimed> claim() {
        OffsetDateTime now = outbox.now();
        return jdbc.sql("""
                with waiting as (
                    select m.id from case_meeting_mail m
                     where m.status in ('PENDING', 'SENDING') and m.next_attempt_at <= :now
                     order by m.next_attempt_at, m.id
                     limit :batch
                     for update skip locked
                )
                update case_meeting_mail m
                   set status = 'SENDING', attempts = m.attempts + 1, next_attempt_at = :leaseEnd
                  from waiting w, case_meeting cm
                 where m.id = w.id and cm.id = m.meeting_id
                returning m.id, m.meeting_id, cm.case_id, m.employee_id, m.attempts, m.sequence""")
                .param("now", now).param("batch", MailOutbox.BATCH).param("leaseEnd", now.plus(MailOutbox.LEASE))
                .query((rs, row) -> new Claimed(rs.getLong("id"), rs.getLong("meeting_id"), rs.getLong("case_id"),
                        rs.getLong("employee_id"), rs.getInt("attempts"), rs.getInt("sequence")))
                .list();
    }



    private record Claimed(long id, long meetingId, long caseId, long employeeId, int attempts, int sequence) {}
}
