package no.laget.access;

/**
 * Why access was allowed (docs/domain.md rule 18 and docs/design.md "One door"). CASE_PARTICIPANT and RECEIVED_REPORT
 * come from {@link AccessGrants} rows that the owning modules write; DUTY_TO_REPORT from {@link Action#REPORT}. AUDIT is
 * the data controller's auditor reading a child's access log ({@link AccessLogReader}); it opens no child data. FAMILY
 * is a guardian or the young person reading through the family's door ({@link FamilyDoor}).
 */
public enum Basis { OWN_SERVICE, CONSENT, CASE_PARTICIPANT, RECEIVED_REPORT, DUTY_TO_REPORT, EMERGENCY, AUDIT, FAMILY }
