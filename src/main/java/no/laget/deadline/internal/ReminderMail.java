package no.laget.deadline.internal;

import java.util.Locale;

import no.laget.mywork.DeadlineState;
import no.laget.platform.MailSettings;

import org.springframework.context.MessageSource;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.stereotype.Component;

/**
 * The reminder e-mail. It says only that the recipient has a deadline in Laget, whether it is coming, today or
 * passed, and links to "Mine saker og frister": no child, no kind, no case. E-mail leaves the municipality's
 * systems; what the deadline is about is read behind the login and the access door.
 */
@Component
class ReminderMail {

    static final String PAGE = "/mine-frister";
    private static final Locale BOKMAAL = Locale.forLanguageTag("nb-NO");

    private final MessageSource messages;
    private final MailSettings settings;

    ReminderMail(MessageSource messages, MailSettings settings) {
        this.messages = messages;
        this.settings = settings;
    }

    SimpleMailMessage message(String to, DeadlineState state) {
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(settings.from());
        message.setTo(to);
        message.setSubject(messages.getMessage("deadline.mail.subject", null, BOKMAAL));
        message.setText(messages.getMessage("deadline.mail.body",
                new Object[] {messages.getMessage("deadline.mail.state." + state.name(), null, BOKMAAL), link()},
                BOKMAAL));
        return message;
    }

    String link() {
        return settings.link(PAGE);
    }
}
