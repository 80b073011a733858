package no.laget.report.internal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Posts the report as Fiks JSON to an external receiver, with {@code Idempotency-Key} = the report's id so that a
 * retry after a timeout is recognised there. 2xx and 409 (already have it) are the receipt; 408, 429 and 5xx, a
 * timeout or a refused connection are tried again by the worker with exponential back-off; any other 4xx is the
 * receiver's refusal (Fiks "feilet") and is not retried. One attempt per call: the back-off is the worker's, stored
 * on the outbox row, so it survives a restart.
 */
class HttpReportReceiver implements ReportReceiver {

    private final URI url;
    private final Duration timeout;
    private final HttpClient client;

    HttpReportReceiver(URI url, Duration timeout) {
        this.url = url;
        this.timeout = timeout;
        this.client = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Override
    public void deliver(OutgoingReport report) throws DeliveryFailure {
        HttpRequest request = HttpRequest.newBuilder(url)
                .timeout(timeout)
                .header("Content-Type", "application/json; charset=utf-8")
                .header("Idempotency-Key", String.valueOf(report.reportId()))
                .POST(HttpRequest.BodyPublishers.ofString(report.fiksJson(), StandardCharsets.UTF_8))
                .build();
        HttpResponse<Void> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.discarding());
        } catch (IOException e) {
            throw new DeliveryFailure("HTTP_" + e.getClass().getSimpleName(), false);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeliveryFailure("HTTP_INTERRUPTED", false);
        }
        int status = response.statusCode();
        if (status / 100 == 2 || status == 409) {
            return;
        }
        boolean temporary = status == 408 || status == 429 || status >= 500;
        throw new DeliveryFailure("HTTP_" + status, !temporary);
    }
}
