package no.laget.report;

/** A report of concern reached child welfare. Ids only. */
public record ReportDelivered(long reportId) {}
