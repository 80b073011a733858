package no.laget.report.internal;

/**
 * Where a report of concern goes. Returning normally is the receipt (Fiks "mottatt"): the receiver has the report,
 * and only then is it shown to the sender as delivered. Receivers must be idempotent on the report id: the sender
 * tries again after a timeout, and a report that arrived before the timeout must not arrive twice.
 */
public interface ReportReceiver {

    void deliver(OutgoingReport report) throws DeliveryFailure;
}
