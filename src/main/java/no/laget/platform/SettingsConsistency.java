package no.laget.platform;

import java.net.URI;
import java.util.List;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Settings that are each valid alone but contradict each other stop the start, naming the one to correct. Without
 * this, e-mails would link to localhost, a metrics port could share the application's port, and SMTP credentials
 * could be set for a mail server that is not.
 */
@Component
class SettingsConsistency {

    SettingsConsistency(Environment environment, LagetProperties properties) {
        check(new Settings(
                environment.getProperty("server.port", ""),
                environment.getProperty("management.server.port", ""),
                environment.getProperty("spring.mail.host", ""),
                environment.getProperty("spring.mail.username", ""),
                environment.getProperty("laget.base-url", ""),
                properties.demo()));
    }

    record Settings(String port, String managementPort, String mailHost, String mailUsername, String baseUrl,
            boolean demo) {}

    static void check(Settings s) {
        if (!s.managementPort().isBlank() && !"0".equals(s.managementPort().trim())
                && s.managementPort().trim().equals(s.port().trim())) {
            throw new InvalidSettingException("LAGET_MANAGEMENT_PORT",
                    "must differ from LAGET_PORT (the metrics answer there without a token)");
        }
        if (s.mailHost().isBlank() && !s.mailUsername().isBlank()) {
            throw new MissingSettingsException(List.of("LAGET_MAIL_HOST"));
        }
        if (!absoluteHttp(s.baseUrl())) {
            throw new InvalidSettingException("LAGET_BASE_URL", "must be an address starting with https:// or http://");
        }
        if (!s.demo() && !s.mailHost().isBlank() && "localhost".equals(URI.create(s.baseUrl().trim()).getHost())) {
            // the reminders would link every employee to their own machine
            throw new InvalidSettingException("LAGET_BASE_URL",
                    "must be Laget's public address when LAGET_MAIL_HOST is set (the reminders link to it)");
        }
    }

    private static boolean absoluteHttp(String value) {
        try {
            URI uri = URI.create(value.trim());
            return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
