package no.laget.report.internal;

/** What a receiver gets: the report's id (its idempotency key) and the report as Fiks bekymringsmelding v2 JSON. */
public record OutgoingReport(long reportId, String fiksJson) {

    @Override
    public String toString() {
        return "OutgoingReport[" + reportId + "]"; // the JSON is personal data
    }
}
