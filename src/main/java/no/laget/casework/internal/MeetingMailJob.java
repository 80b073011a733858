package no.laget.casework.internal;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import no.laget.platform.MailConfigured;
import no.laget.platform.time.Oslo;
import org.springframework.context.annotation.Conditional;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends meeting e-mails every minute (offset from the reminders), only when an SMTP host is set; one node at a time
 * (ShedLock), and {@code skip locked} keeps a second run from sending anything twice even without the lock.
 * {@code laget.meetings.mail-cron} changes the schedule ({@code -} turns it off).
 */
@Component
@Conditional(MailConfigured.class)
public class MeetingMailJob {

    private final MeetingMail mail;
    private final JavaMailSender sender;

    MeetingMailJob(MeetingMail mail, JavaMailSender sender) {
        this.mail = mail;
        this.sender = sender;
    }

    @Scheduled(cron = "${laget.meetings.mail-cron:45 * * * * *}", zone = Oslo.NAME)
    @SchedulerLock(name = "meeting-mail-send", lockAtMostFor = "PT1M")
    public Integer send() {
        return mail.sendWaiting(sender);
    }

}
