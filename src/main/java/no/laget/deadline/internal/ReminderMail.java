package no.laget.deadline.internal;

import java.util.Locale;

import no.laget.mywork.DeadlineState;

import org.springframework.beans.factory.annotation.Value;
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
    private final String baseUrl;
    private final String from;

    ReminderMail(MessageSource messages, @Value("${laget.base-url:http://localhost:8080}") String baseUrl,
            @Value("${laget.mail.from:laget@localhost}") String from) {
        this.messages = messages;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.from = from;
    }

    SimpleMailMessage message(String to, DeadlineState state) {
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(to);
        message.setSubject(messages.getMessage("deadline.mail.subject", null, BOKMAAL));
        message.setText(messages.getMessage("deadline.mail.body",
                new Object[] {messages.getMessage("deadline.mail.state." + state.name(), null, BOKMAAL), link()},
                BOKMAAL));
        return message;
    }

    String link() {
        return baseUrl + PAGE;
    }
}
