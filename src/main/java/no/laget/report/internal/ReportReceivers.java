package no.laget.report.internal;

import java.net.URI;
import java.time.Duration;

import no.laget.report.DeliveryFailure;
import no.laget.report.ReportReceiver;

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
        this.chosen = "http".equalsIgnoreCase(receiver.trim()) ? HTTP : INBOX;
        if (HTTP.equals(chosen) && url.isBlank()) {
            throw new IllegalStateException("laget.report.receiver=http needs laget.report.receiver-url");
        }
        this.http = url.isBlank() ? null : new HttpReportReceiver(URI.create(url.trim()), Duration.ofSeconds(10));
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
