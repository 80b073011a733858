package no.laget.family.internal;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Sends the family's notices every minute (offset from the reminders and meeting e-mails), only when an SMTP host is
 * set; one node at a time (ShedLock), and {@code skip locked} keeps a second run from sending anything twice even
 * without the lock. {@code laget.family.notices.send-cron} changes the schedule ({@code -} turns it off).
 */
@Component
@Conditional(NoticeJob.MailConfigured.class)
public class NoticeJob {

    private final NoticeSender notices;
    private final JavaMailSender sender;

    NoticeJob(NoticeSender notices, JavaMailSender sender) {
        this.notices = notices;
        this.sender = sender;
    }

    /** The e-mails sent, or null when another node held the lock. */
    @Scheduled(cron = "${laget.family.notices.send-cron:15 * * * * *}", zone = "Europe/Oslo")
    @SchedulerLock(name = "family-notices-send", lockAtMostFor = "PT30M")
    public Integer send() {
        return notices.sendWaiting(sender);
    }

    /** E-mail is on only when an SMTP host is set ({@code spring.mail.host}, from LAGET_MAIL_HOST). */
    static class MailConfigured implements Condition {

        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return StringUtils.hasText(context.getEnvironment().getProperty("spring.mail.host"));
        }
    }
}
