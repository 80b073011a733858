package no.laget.deadline.internal;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import no.laget.platform.MailConfigured;
import no.laget.platform.time.Oslo;
import org.springframework.context.annotation.Conditional;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The reminder jobs, present only when e-mail is configured. Each takes its ShedLock lock first, so one node at a
 * time plans and one sends, however many run (the lock is kept alive while a run lasts and ends a minute after a node
 * dies: SchedulerLockConfig); the unique reminder key and {@code skip locked} would keep a second
 * run from doubling anything even without the lock. Planning runs hourly in the working day (Oslo time), sending
 * every minute; {@code laget.reminders.plan-cron} and {@code send-cron} change that ({@code -} turns one off).
 */
@Component
@Conditional(MailConfigured.class)
public class ReminderJobs {

    private final ReminderPlanner planner;
    private final ReminderSender sender;
    private final JavaMailSender mailSender;

    ReminderJobs(ReminderPlanner planner, ReminderSender sender, JavaMailSender mailSender) {
        this.planner = planner;
        this.sender = sender;
        this.mailSender = mailSender;
    }

    /** The e-mails planned, or null when another node held the lock. */
    @Scheduled(cron = "${laget.reminders.plan-cron:0 0 6-20 * * *}", zone = Oslo.NAME)
    @SchedulerLock(name = "deadline-reminders-plan", lockAtMostFor = "PT1M")
    public Integer planReminders() {
        return planner.plan();
    }

    /** The e-mails sent, or null when another node held the lock. */
    @Scheduled(cron = "${laget.reminders.send-cron:30 * * * * *}", zone = Oslo.NAME)
    @SchedulerLock(name = "deadline-reminders-send", lockAtMostFor = "PT1M")
    public Integer sendReminders() {
        return sender.sendWaiting(mailSender);
    }
}
