package no.laget.family.internal;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import no.laget.platform.MailConfigured;
import no.laget.platform.time.Oslo;
import org.springframework.context.annotation.Conditional;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends the family's notices every minute (offset from the reminders and meeting e-mails), only when an SMTP host is
 * set; one node at a time (ShedLock), and {@code skip locked} keeps a second run from sending anything twice even
 * without the lock. {@code laget.family.notices.send-cron} changes the schedule ({@code -} turns it off).
 */
@Component
@Conditional(MailConfigured.class)
public class NoticeJob {

    private final NoticeSender notices;
    private final JavaMailSender sender;

    NoticeJob(NoticeSender notices, JavaMailSender sender) {
        this.notices = notices;
        this.sender = sender;
    }

    /** The e-mails sent, or null when another node held the lock. */
    @Scheduled(cron = "${laget.family.notices.send-cron:15 * * * * *}", zone = Oslo.NAME)
    @SchedulerLock(name = "family-notices-send", lockAtMostFor = "PT1M")
    public Integer send() {
        return notices.sendWaiting(sender);
    }
}
