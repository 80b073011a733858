package no.laget.casework.internal;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import no.laget.platform.MailOutbox;
import no.laget.platform.MailSettings;
import no.laget.casework.RelayCase;
import no.laget.organisation.Employee;
import no.laget.organisation.Organisation;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Sends the meeting invitations, updates and cancellations waiting in {@code case_meeting_mail} through
 * {@link MailOutbox}, the way the deadline reminders are sent: a batch claimed with {@code for update skip locked} and a lease, each e-mail marked SENT when
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

    private final CaseRepository cases;
    private final MeetingInvitation invitation;
    private final Organisation organisation;
    private final MessageSource messages;
    private final MailOutbox outbox;
    private final MailSettings settings;

    MeetingMail(JdbcClient jdbc, CaseRepository cases, MeetingInvitation invitation, Organisation organisation,
            MessageSource messages, MailSettings settings, Clock clock, PlatformTransactionManager transactions) {
        this.cases = cases;
        this.invitation = invitation;
        this.organisation = organisation;
        this.messages = messages;
        this.outbox = new MailOutbox("case_meeting_mail", jdbc, clock, transactions);
        this.settings = settings;
    }

    /** Sends what is waiting through the given sender; returns how many were sent. */
    public int sendWaiting(JavaMailSender sender) {
        int sent = 0;
        int failed = 0;
        for (List<Claimed> claimed : outbox.batches(Claimed.READ, Claimed::read)) {
            for (Claimed row : claimed) {
                Optional<Employee> recipient = organisation.employee(row.employeeId()).filter(Employee::active);
                Optional<RelayCase.Meeting> meeting = cases.find(row.caseId()).flatMap(c -> c.meetings().stream()
                        .filter(m -> m.id() == row.meetingId()).findFirst());
                if (meeting.isPresent() && row.sequence() < meeting.get().sequence()) {
                    outbox.end(row.id(), "SUPERSEDED");
                } else if (recipient.isEmpty() || recipient.get().email() == null || recipient.get().email().isBlank()
                        || meeting.isEmpty() || row.attempts() > MailOutbox.MAX_ATTEMPTS) {
                    outbox.end(row.id(), "FAILED");
                    failed++;
                } else if (outbox.send(row.id(), row.attempts(), () -> sender.send(
                        message(sender, recipient.get().email(), meeting.get(), row.caseId())))) {
                    sent++;
                } else {
                    failed++;
                }
            }
        }
        if (sent > 0 || failed > 0) {
            log.info("Meeting e-mails: {} sent, {} failed", sent, failed);
        }
        return sent;
    }

    /** The e-mail: a text without personal data and the calendar entry, as an iTIP attachment. */
    MimeMessage message(JavaMailSender sender, String to, RelayCase.Meeting meeting, long caseId) throws MessagingException {
        String link = settings.link("/cases/" + caseId);
        String kind = meeting.cancelled() ? "CANCEL" : meeting.sequence() > 0 ? "UPDATE" : "REQUEST";
        MimeMessageHelper helper = settings.message(sender, to);
        helper.setSubject(messages.getMessage("meeting.mail.subject." + kind, null, BOKMAAL));
        helper.setText(messages.getMessage("meeting.mail.body." + kind, new Object[] {link}, BOKMAAL));
        String method = meeting.cancelled() ? "CANCEL" : "REQUEST";
        helper.addAttachment("mote.ics", new ByteArrayResource(
                invitation.of(meeting, link, to).getBytes(StandardCharsets.UTF_8)),
                "text/calendar; charset=UTF-8; method=" + method);
        return helper.getMimeMessage();
    }

    private record Claimed(long id, long meetingId, long caseId, long employeeId, int attempts, int sequence) {

        static final String READ = """
                select c.id, c.meeting_id, cm.case_id, c.employee_id, c.attempts, c.sequence
                  from claimed c
                  join case_meeting cm on cm.id = c.meeting_id""";

        static Claimed read(ResultSet rs, int row) throws SQLException {
            return new Claimed(rs.getLong("id"), rs.getLong("meeting_id"), rs.getLong("case_id"),
                    rs.getLong("employee_id"), rs.getInt("attempts"), rs.getInt("sequence"));
        }
    }
}
