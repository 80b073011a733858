package no.laget.deadline.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
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
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers the reminder outbox. A batch is claimed in a short transaction ({@code for update skip locked}, so two
 * senders never take the same row) and marked SENDING with one more attempt and a lease; then each e-mail is sent
 * and marked SENT at once. A failure puts the row back as PENDING after a back-off (1, 5, 25 minutes, ...), and
 * after {@value MailOutbox#MAX_ATTEMPTS} attempts it is FAILED. A row whose sender died stays SENDING until its lease ends and
 * is then claimed again: delivery is <em>at least once</em>. A crash between the SMTP server's acceptance and the
 * SENT mark sends that one e-mail twice; we prefer that to a reminder of a legal deadline that is never sent.
 *
 * <p>Before each e-mail the rule of {@link ReminderNews} is checked again: a reminder whose deadline is done, has
 * left the state it reminds of, or whose moment is more than a day old is CANCELLED, not sent; so is one to someone
 * the deadline no longer rests on (it was moved to another person or unit). No backlog and no old holder.
 */
@Component
public class ReminderSender {

    private static final Logger log = LoggerFactory.getLogger(ReminderSender.class);

    private final JdbcClient jdbc;
    private final Organisation organisation;
    private final ReminderMail mail;
    private final Clock clock;
    private final MailOutbox outbox;
    private final TransactionTemplate transaction;

    ReminderSender(JdbcClient jdbc, Organisation organisation, ReminderMail mail, Clock clock,
            PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.organisation = organisation;
        this.mail = mail;
        this.clock = clock;
        this.outbox = new MailOutbox("deadline_mail", jdbc, clock);
        this.transaction = new TransactionTemplate(transactions);
    }

    /** Sends what is waiting, batch by batch, through the given sender; returns how many were sent. */
    public int sendWaiting(JavaMailSender sender) {
        int sent = 0;
        int failed = 0;
        int cancelled = 0;
        LocalDate today = DeadlineState.today(clock);
        while (true) {
            List<Claimed> claimed = transaction.execute(status -> claim());
            Map<Long, Employee> recipients = organisation.activeEmployees(
                    claimed.stream().map(Claimed::employeeId).collect(Collectors.toSet()), Set.of()).stream()
                    .collect(Collectors.toMap(Employee::id, Function.identity()));
            for (Claimed row : claimed) {
                Employee recipient = recipients.get(row.employeeId());
                if (!row.isNews(today) || (recipient != null && !row.restsOn(recipient))) {
                    outbox.mark(row.id(), "CANCELLED", null);
                    cancelled++;
                } else if (recipient == null || recipient.email() == null || recipient.email().isBlank()
                        || row.attempts() > MailOutbox.MAX_ATTEMPTS) {
                    outbox.mark(row.id(), "FAILED", null);
                    failed++;
                } else if (send(sender, row, recipient)) {
                    sent++;
                } else {
                    failed++;
                }
            }
            if (claimed.size() < MailOutbox.BATCH) {
                break;
            }
        }
        if (sent > 0 || failed > 0 || cancelled > 0) {
            log.info("Deadline reminder e-mails: {} sent, {} failed, {} cancelled", sent, failed, cancelled);
        }
        return sent;
    }

    private boolean send(JavaMailSender sender, Claimed row, Employee recipient) {
        try {
            sender.send(mail.message(recipient.email(), row.state()));
            outbox.sent(row.id());
            return true;
        } catch (MailException e) {
            outbox.failed(row.id(), row.attempts(), e);
            return false;
        }
    }

    private List<Claimed> claim() {
        OffsetDateTime now = outbox.now();
        return jdbc.sql("""
                with waiting as (
                    select m.id from deadline_mail m
                     where m.status in ('PENDING', 'SENDING') and m.next_attempt_at <= :now
                     order by m.next_attempt_at, m.id
                     limit :batch
                     for update skip locked
                )
                update deadline_mail m
                   set status = 'SENDING', attempts = m.attempts + 1, claimed_at = :now, next_attempt_at = :leaseEnd
                  from waiting w, deadline_reminder r, deadline d
                 where m.id = w.id and r.id = m.reminder_id and d.id = r.deadline_id
                returning m.id, m.employee_id, m.attempts, r.state, d.done_at is not null as done, d.due_on, d.warn_on,
                          cast(d.dated_at at time zone 'Europe/Oslo' as date) as dated_on,
                          d.employee_id as deadline_employee_id, d.unit_id as deadline_unit_id""")
                .param("now", now).param("batch", MailOutbox.BATCH).param("leaseEnd", now.plus(MailOutbox.LEASE))
                .query((rs, row) -> new Claimed(rs.getLong("id"), rs.getLong("employee_id"), rs.getInt("attempts"),
                        DeadlineState.valueOf(rs.getString("state")), rs.getBoolean("done"),
                        rs.getObject("due_on", LocalDate.class), rs.getObject("warn_on", LocalDate.class),
                        rs.getObject("dated_on", LocalDate.class), (Long) rs.getObject("deadline_employee_id"),
                        (Long) rs.getObject("deadline_unit_id")))
                .list();
    }



    private record Claimed(long id, long employeeId, int attempts, DeadlineState state, boolean deadlineDone,
            LocalDate dueOn, LocalDate warnOn, LocalDate datedOn, Long deadlineEmployeeId, Long deadlineUnitId) {

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
