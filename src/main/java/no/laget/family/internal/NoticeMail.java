package no.laget.family.internal;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import no.laget.platform.MailSettings;
import no.laget.platform.web.FamilyLanguage;

import org.springframework.context.MessageSource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * The family's e-mails, in the member's language ({@code messages-family-mail*}): plain text and the same text as
 * simple HTML with {@code lang} and {@code dir}. A notice says only that something waits in Laget and where to log in
 * ({@code laget.base-url} + {@code /familie}): no child, no name, no identity number, no service, nothing about what
 * waits. The confirmation carries the one-use link; it is never logged.
 */
@Component
class NoticeMail {

    static final String START = "/familie";
    static final String CONFIRM = "/familie/varsel/bekreft";

    private final MessageSource messages;
    private final MailSettings settings;

    NoticeMail(MessageSource messages, MailSettings settings) {
        this.messages = messages;
        this.settings = settings;
    }

    /** "Du har en ny sak å svare på i Laget", with the start page's address. */
    MimeMessage notice(JavaMailSender sender, String to, FamilyLanguage language) throws MessagingException {
        return message(sender, to, language, "family.mail.notice.subject", "family.mail.notice.body",
                settings.link(START));
    }

    /** The confirmation of a new address, with its one-use link. */
    MimeMessage confirmation(JavaMailSender sender, String to, FamilyLanguage language, String token)
            throws MessagingException {
        return message(sender, to, language, "family.mail.confirm.subject", "family.mail.confirm.body",
                settings.link(CONFIRM + "?kode=" + token));
    }

    private MimeMessage message(JavaMailSender sender, String to, FamilyLanguage language, String subjectKey,
            String bodyKey, String link) throws MessagingException {
        String subject = messages.getMessage(subjectKey, null, language.locale());
        String body = messages.getMessage(bodyKey, new Object[] {link}, language.locale());
        MimeMessageHelper helper = settings.message(sender, to);
        MimeMessage message = helper.getMimeMessage();
        helper.setSubject(subject);
        helper.setText(body, html(language, subject, body, link));
        message.setHeader("Content-Language", language.tag());
        message.setHeader("Auto-Submitted", "auto-generated");
        return message;
    }

    /** Each paragraph of the text as a {@code <p>}, the link made clickable; everything escaped. */
    static String html(FamilyLanguage language, String subject, String body, String link) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"").append(language.tag())
                .append("\" dir=\"").append(language.direction()).append("\">\n<head><meta charset=\"utf-8\"><title>")
                .append(HtmlUtils.htmlEscape(subject)).append("</title></head>\n<body>\n");
        String escapedLink = HtmlUtils.htmlEscape(link);
        for (String paragraph : body.split("\n\\s*\n")) {
            String escaped = HtmlUtils.htmlEscape(paragraph.strip()).replace("\n", "<br>\n");
            // the link stays left to right inside right-to-left text
            html.append("<p>").append(escaped.replace(escapedLink,
                    "<a href=\"" + escapedLink + "\" dir=\"ltr\">" + escapedLink + "</a>")).append("</p>\n");
        }
        return html.append("</body>\n</html>\n").toString();
    }
}
