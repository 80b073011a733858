package no.laget.deadline.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import no.laget.mywork.DeadlineState;
import no.laget.organisation.Employee;
import no.laget.organisation.Organisation;
import no.laget.platform.MailOutbox;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Delivers the reminder outbox through {@link MailOutbox}: a batch claimed with {@code for update skip locked} and a
 * lease, each e-mail marked SENT at once, a back-off after a failure (1, 5, 25 minutes, ...), FAILED after
 * {@value MailOutbox#MAX_ATTEMPTS} attempts. A row whose sender died stays SENDING until its lease ends and is then
 * claimed again: delivery is <em>at least once</em>. A crash between the SMTP server's acceptance and the SENT mark
 * sends that one e-mail twice; we prefer that to a reminder of a legal deadline that is never sent.
 *
 * <p>Before each e-mail the rule of {@link ReminderNews} is checked again: a reminder whose deadline is done, has
 * left the state it reminds of, or whose moment is more than a day old is CANCELLED, not sent; so is one to someone
 * the deadline no longer rests on (it was moved to another person or unit). No backlog and no old holder.
 */
@Component
public class ReminderSender {

    private static final Logger log = LoggerFactory.getLogger(ReminderSender.class);

    private final Organisation organisation;
    private final ReminderMail mail;
    private final Clock clock;
    private final MailOutbox outbox;

    ReminderSender(JdbcClient jdbc, Organisation organisation, ReminderMail mail, Clock clock,
            PlatformTransactionManager transactions) {
        this.organisation = organisation;
        this.mail = mail;
        this.clock = clock;
        this.outbox = new MailOutbox("deadline_mail", jdbc, clock, transactions).notingClaimedAt();
    }

    /** Sends what is waiting, batch by batch, through the given sender; returns how many were sent. */
    public int sendWaiting(JavaMailSender sender) {
        int sent = 0;
        int failed = 0;
        int cancelled = 0;
        LocalDate today = DeadlineState.today(clock);
        for (List<Claimed> claimed : outbox.batches(Claimed.READ, Claimed::read)) {
            Map<Long, Employee> recipients = organisation.activeEmployees(
                    claimed.stream().map(Claimed::employeeId).collect(Collectors.toSet()), Set.of()).stream()
                    .collect(Collectors.toMap(Employee::id, Function.identity()));
            for (Claimed row : claimed) {
                Employee recipient = recipients.get(row.employeeId());
                if (!row.isNews(today) || (recipient != null && !row.restsOn(recipient))) {
                    outbox.end(row.id(), "CANCELLED");
                    cancelled++;
                } else if (recipient == null || recipient.email() == null || recipient.email().isBlank()
                        || row.attempts() > MailOutbox.MAX_ATTEMPTS) {
                    outbox.end(row.id(), "FAILED");
                    failed++;
                } else if (outbox.send(row.id(), row.attempts(),
                        () -> sender.send(mail.message(recipient.email(), row.state())))) {
                    sent++;
                } else {
                    failed++;
                }
            }
        }
        if (sent > 0 || failed > 0 || cancelled > 0) {
            log.info("Deadline reminder e-mails: {} sent, {} failed, {} cancelled", sent, failed, cancelled);
        }
        return sent;
    }

    private record Claimed(long id, long employeeId, int attempts, DeadlineState state, boolean deadlineDone,
            LocalDate dueOn, LocalDate warnOn, LocalDate datedOn, Long deadlineEmployeeId, Long deadlineUnitId) {

        /** A claimed e-mail with its reminder and the deadline as it is now. */
        static final String READ = """
                select c.id, c.employee_id, c.attempts, r.state, d.done_at is not null as done, d.due_on, d.warn_on,
                       cast(d.dated_at at time zone 'Europe/Oslo' as date) as dated_on,
                       d.employee_id as deadline_employee_id, d.unit_id as deadline_unit_id
                  from claimed c
                  join deadline_reminder r on r.id = c.reminder_id
                  join deadline d on d.id = r.deadline_id""";

        static Claimed read(ResultSet rs, int row) throws SQLException {
            return new Claimed(rs.getLong("id"), rs.getLong("employee_id"), rs.getInt("attempts"),
                    DeadlineState.valueOf(rs.getString("state")), rs.getBoolean("done"),
                    rs.getObject("due_on", LocalDate.class), rs.getObject("warn_on", LocalDate.class),
                    rs.getObject("dated_on", LocalDate.class), (Long) rs.getObject("deadline_employee_id"),
                    (Long) rs.getObject("deadline_unit_id"));
        }

        boolean isNews(LocalDate today) {
            return ReminderNews.isNews(state, dueOn, warnOn, deadlineDone, datedOn, today);
        }

        /** The recipient is still one the deadline rests on: its person, or someone in its unit. */
        boolean restsOn(Employee recipient) {
            return deadlineEmployeeId != null ? deadlineEmployeeId == recipient.id()
                    : deadlineUnitId != null && deadlineUnitId == recipient.unitId();
        }
    }
}
