package no.laget.report.internal;


import org.springframework.stereotype.Service;

/**
 * Delivers every report that is due now, as the scheduled worker does. For an operator's "deliver now" and for tests
 * that run with the schedule turned off ({@code laget.report.delivery.automatic=false}).
 */
@Service
public class ReportDelivery {

    private final DeliveryWorker worker;

    ReportDelivery(DeliveryWorker worker) {
        this.worker = worker;
    }

    /** Returns how many reports were handled (delivered, or failed and rescheduled). */
    public int deliverDue() {
        return worker.deliverDue();
    }
}
