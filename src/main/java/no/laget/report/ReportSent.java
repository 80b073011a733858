package no.laget.report;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * An employee sent a report of concern to child welfare (docs/domain.md section 3). Published inside the saving
 * transaction with the report as a PDF rendered at that moment, so that a listener (the archive) keeps the report as
 * it was sent. childId is the report's first child, for whom the report is kept; childNames holds every child's name
 * and reporterName the reporter's, for the listener's titles and their screening (bvl. § 13-1 keeps who reported
 * confidential). Never log this event.
 */
public record ReportSent(long reportId, long childId, List<String> childNames, String reporterName, long unitId,
        long employeeId, OffsetDateTime sentAt, byte[] report) {

    public ReportSent {
        childNames = List.copyOf(childNames);
    }

    @Override
    public String toString() {
        return "ReportSent[" + reportId + "]";
    }
}
