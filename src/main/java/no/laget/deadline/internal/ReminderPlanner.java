package no.laget.deadline.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import no.laget.mywork.DeadlineState;
import no.laget.organisation.Employee;
import no.laget.organisation.Organisation;
import no.laget.platform.security.Role;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Plans reminders: for each open deadline whose warning day, due day or overdue state has come and that has no
 * reminder for that state yet, one {@code deadline_reminder} row (unique per deadline and state) and, in the same
 * transaction, one outbox row in {@code deadline_mail} per recipient. A deadline that skipped a state (made late,
 * or a scan missed a day) is reminded of the state it is in, not of the ones it passed, and only while that is news
 * ({@link ReminderNews}: the state began, or the deadline was dated, today or yesterday). Turning e-mail on after a
 * while without it therefore plans no backlog.
 *
 * <p>Recipients: the employee the duty rests on, if active; a unit's duty goes to the unit's leaders, or, when the
 * unit has no active leader, to everyone in it who works with children ({@link Role#worksWithChildren}: the people the
 * menu shows "Mine saker og frister" to).
 */
@Component
public class ReminderPlanner {

    private static final Logger log = LoggerFactory.getLogger(ReminderPlanner.class);
    static final int BATCH = 500;

    private final JdbcClient jdbc;
    private final Organisation organisation;
    private final Clock clock;
    private final TransactionTemplate transaction;

    ReminderPlanner(JdbcClient jdbc, Organisation organisation, Clock clock, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.organisation = organisation;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** Plans every reminder that is due now, in transactions of up to {@value #BATCH}; returns the e-mails planned. */
    public int plan() {
        LocalDate today = DeadlineState.today(clock);
        int reminders = 0;
        int mails = 0;
        while (true) {
            Batch batch = transaction.execute(status -> planBatch(today));
            reminders += batch.reminders();
            mails += batch.mails();
            if (batch.reminders() < BATCH) {
                break;
            }
        }
        if (reminders > 0) {
            log.info("Deadline reminders planned: {} reminders, {} e-mails", reminders, mails);
        }
        return mails;
    }

    private Batch planBatch(LocalDate today) {
        OffsetDateTime now = OffsetDateTime.now(clock.withZone(ZoneOffset.UTC));
        // The state as DeadlineState.of computes it for an open deadline whose warning or due day has come.
        List<Planned> planned = jdbc.sql("""
                with reached as (
                    select d.id, d.employee_id, d.unit_id,
                           case when d.due_on < :today then 'OVERDUE'
                                when d.due_on = :today then 'DUE'
                                else 'WARNED' end as state,
                           greatest(case when d.due_on < :today then d.due_on + 1
                                         when d.due_on = :today then d.due_on
                                         else d.warn_on end,
                                    cast(d.dated_at at time zone 'Europe/Oslo' as date)) as news_from
                      from deadline d
                     where d.done_at is null and coalesce(d.warn_on, d.due_on) <= :today
                ), fresh as (
                    select r.* from reached r
                     where r.news_from >= :oldestNews
                       and not exists (select 1 from deadline_reminder p where p.deadline_id = r.id and p.state = r.state)
                     order by r.id
                     limit :batch
                ), inserted as (
                    insert into deadline_reminder (deadline_id, state, planned_at)
                    select id, state, :now from fresh
                    on conflict (deadline_id, state) do nothing
                    returning id, deadline_id
                )
                select i.id, f.employee_id, f.unit_id from inserted i join fresh f on f.id = i.deadline_id""")
                .param("today", today).param("oldestNews", today.minusDays(ReminderNews.GRACE_DAYS))
                .param("batch", BATCH).param("now", now)
                .query((rs, row) -> new Planned(rs.getLong("id"), (Long) rs.getObject("employee_id"),
                        (Long) rs.getObject("unit_id")))
                .list();
        if (planned.isEmpty()) {
            return new Batch(0, 0);
        }
        int mails = mail(planned, now);
        return new Batch(planned.size(), mails);
    }

    /**
     * These open deadlines now rest on someone else ({@code Deadlines.reassign}, or scheduled again on another person
     * or unit). Their reminders' e-mails still waiting for anyone who is not a recipient now are CANCELLED, and the
     * new recipients get those reminders instead, to be sent while they are still news ({@link ReminderNews}).
     * E-mails already sent stay sent; the states still to come are planned for the new recipients as usual.
     * Returns the e-mails planned for the new recipients.
     */
    public int moved(Collection<Long> deadlineIds) {
        if (deadlineIds.isEmpty()) {
            return 0;
        }
        List<Planned> reminders = jdbc.sql("""
                select r.id, d.employee_id, d.unit_id from deadline_reminder r join deadline d on d.id = r.deadline_id
                 where d.id = any (?) and d.done_at is null""")
                .param(deadlineIds.toArray(Long[]::new))
                .query((rs, row) -> new Planned(rs.getLong("id"), (Long) rs.getObject("employee_id"),
                        (Long) rs.getObject("unit_id")))
                .list();
        if (reminders.isEmpty()) {
            return 0;
        }
        Addressed recipients = recipients(reminders);
        List<Long> cancelledFor = jdbc.sql("""
                update deadline_mail m set status = 'CANCELLED'
                 where m.reminder_id = any (cast(? as bigint[])) and m.status in ('PENDING', 'SENDING')
                   and not exists (select 1 from unnest(cast(? as bigint[]), cast(? as bigint[])) as t(r, e)
                                    where t.r = m.reminder_id and t.e = m.employee_id)
                returning m.reminder_id""")
                .params(reminders.stream().map(Planned::reminderId).toArray(Long[]::new),
                        recipients.reminderIds().toArray(Long[]::new), recipients.employeeIds().toArray(Long[]::new))
                .query(Long.class).list();
        if (cancelledFor.isEmpty()) {
            return 0;
        }
        Set<Long> again = new LinkedHashSet<>(cancelledFor);
        List<Long> reminderIds = new ArrayList<>();
        List<Long> employeeIds = new ArrayList<>();
        for (int i = 0; i < recipients.reminderIds().size(); i++) {
            if (again.contains(recipients.reminderIds().get(i))) {
                reminderIds.add(recipients.reminderIds().get(i));
                employeeIds.add(recipients.employeeIds().get(i));
            }
        }
        insertMails(reminderIds, employeeIds, OffsetDateTime.now(clock.withZone(ZoneOffset.UTC)));
        log.info("Deadline reminders moved: {} e-mails cancelled, {} planned for the new recipients",
                cancelledFor.size(), reminderIds.size());
        return reminderIds.size();
    }

    /** One outbox row per reminder and recipient. */
    private int mail(List<Planned> planned, OffsetDateTime now) {
        Addressed recipients = recipients(planned);
        insertMails(recipients.reminderIds(), recipients.employeeIds(), now);
        return recipients.reminderIds().size();
    }

    /** Who hears of each reminder, as parallel lists (reminder, employee), the directory read once. */
    private Addressed recipients(List<Planned> planned) {
        Set<Long> employeeIds = new LinkedHashSet<>();
        Set<Long> unitIds = new LinkedHashSet<>();
        planned.forEach(p -> {
            if (p.employeeId() != null) {
                employeeIds.add(p.employeeId());
            } else if (p.unitId() != null) {
                unitIds.add(p.unitId());
            }
        });
        RecipientDirectory directory = new RecipientDirectory(organisation.activeEmployees(employeeIds, unitIds));
        List<Long> reminderIds = new ArrayList<>();
        List<Long> recipientIds = new ArrayList<>();
        for (Planned p : planned) {
            for (long recipient : directory.recipients(p.employeeId(), p.unitId())) {
                reminderIds.add(p.reminderId());
                recipientIds.add(recipient);
            }
        }
        return new Addressed(reminderIds, recipientIds);
    }

    /** The outbox rows; a recipient's cancelled e-mail of the same reminder waits again. */
    private void insertMails(List<Long> reminderIds, List<Long> recipientIds, OffsetDateTime now) {
        if (reminderIds.isEmpty()) {
            return;
        }
        jdbc.sql("""
                insert into deadline_mail (reminder_id, employee_id, next_attempt_at)
                select r, e, ? from unnest(cast(? as bigint[]), cast(? as bigint[])) as t(r, e)
                on conflict (reminder_id, employee_id) do update
                   set status = 'PENDING', attempts = 0, next_attempt_at = excluded.next_attempt_at,
                       claimed_at = null, sent_at = null
                 where deadline_mail.status = 'CANCELLED'""")
                .params(now, reminderIds.toArray(Long[]::new), recipientIds.toArray(Long[]::new))
                .update();
    }

    private record Addressed(List<Long> reminderIds, List<Long> employeeIds) {}

    private record Planned(long reminderId, Long employeeId, Long unitId) {}

    private record Batch(int reminders, int mails) {}

    /** The active employees of one batch, looked up once, and the rule for who hears of a duty. */
    static final class RecipientDirectory {

        private final Map<Long, Employee> byId = new HashMap<>();
        private final Map<Long, List<Employee>> byUnit = new HashMap<>();

        RecipientDirectory(Collection<Employee> active) {
            for (Employee employee : active) {
                byId.put(employee.id(), employee);
                byUnit.computeIfAbsent(employee.unitId(), unit -> new ArrayList<>()).add(employee);
            }
        }

        List<Long> recipients(Long employeeId, Long unitId) {
            if (employeeId != null) {
                // the same person whose list shows it; nobody else's list does
                Employee employee = byId.get(employeeId);
                return employee != null && Role.worksWithChildren(employee.roles()) ? List.of(employee.id()) : List.of();
            }
            if (unitId == null) {
                return List.of();
            }
            List<Employee> members = byUnit.getOrDefault(unitId, List.of());
            List<Long> leaders = members.stream().filter(RecipientDirectory::leads).map(Employee::id).toList();
            if (!leaders.isEmpty()) {
                return leaders;
            }
            return members.stream().filter(member -> Role.worksWithChildren(member.roles()))
                    .map(Employee::id).toList();
        }

        private static boolean leads(Employee employee) {
            return employee.roles().contains(Role.UNIT_LEADER) && !employee.roles().contains(Role.ADMINISTRATOR);
        }
    }
}
