package no.laget.report.internal;

import java.net.URI;
import java.time.Duration;

import java.util.List;

import no.laget.platform.InvalidSettingException;
import no.laget.platform.MissingSettingsException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Which receiver a report goes to. {@code laget.report.receiver=inbox} (the default) is Laget's own child welfare
 * intake; {@code http} posts the Fiks JSON to {@code laget.report.receiver-url} (another municipality's system, a
 * Fiks IO gateway). The choice is written on the outbox row when the report is saved, so a change of setting does not
 * move reports already on their way.
 */
@Component
class ReportReceivers {

    static final String INBOX = "INBOX";
    static final String HTTP = "HTTP";

    private final InboxReceiver inbox;
    private final ReportReceiver http;
    private final String chosen;

    ReportReceivers(InboxReceiver inbox, @Value("${laget.report.receiver:inbox}") String receiver,
            @Value("${laget.report.receiver-url:}") String url) {
        this.inbox = inbox;
        this.chosen = switch (receiver.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "http" -> HTTP;
            case "inbox" -> INBOX;
            // a typo must not quietly send reports to the wrong place
            default -> throw new InvalidSettingException("LAGET_REPORT_RECEIVER", "must be inbox or http");
        };
        if (HTTP.equals(chosen) && url.isBlank()) {
            throw new MissingSettingsException(List.of("LAGET_REPORT_RECEIVER_URL"));
        }
        this.http = url.isBlank() ? null : new HttpReportReceiver(address(url), Duration.ofSeconds(10));
    }

    private static URI address(String url) {
        try {
            URI uri = URI.create(url.trim());
            if (("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null) {
                return uri;
            }
        } catch (IllegalArgumentException e) {
            // refused below
        }
        throw new InvalidSettingException("LAGET_REPORT_RECEIVER_URL", "must be an address starting with https:// or http://");
    }

    /** The receiver new reports are written for. */
    String chosen() {
        return chosen;
    }

    ReportReceiver forName(String name) {
        if (HTTP.equals(name)) {
            return http != null ? http : report -> {
                throw new DeliveryFailure("NO_HTTP_RECEIVER_CONFIGURED", false);
            };
        }
        return inbox;
    }
}
