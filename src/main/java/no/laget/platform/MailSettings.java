package no.laget.platform;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * What every e-mail of Laget has in common: the sender address ({@code laget.mail.from}) and the address its links
 * start with ({@code laget.base-url}, kept without a trailing slash so a path can follow it).
 */
@Component
public class MailSettings {

    private final String baseUrl;
    private final String from;

    MailSettings(@Value("${laget.base-url:http://localhost:8080}") String baseUrl,
            @Value("${laget.mail.from:laget@localhost}") String from) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.from = from;
    }

    public String from() {
        return from;
    }

    /** The full address of a page of Laget, {@code path} starting with a slash. */
    public String link(String path) {
        return baseUrl + path;
    }

    /** A new UTF-8 e-mail with parts (text, HTML, attachments), from Laget to {@code to}. */
    public MimeMessageHelper message(JavaMailSender sender, String to) throws MessagingException {
        MimeMessage message = sender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
        helper.setFrom(from);
        helper.setTo(to);
        return helper;
    }
}
