package no.laget.access;

/**
 * Why access was allowed (docs/domain.md rule 18 and docs/design.md "One door"). CASE_PARTICIPANT and RECEIVED_REPORT come
 * from {@link AccessGrants} rows that the owning modules write; DUTY_TO_REPORT from {@link Action#REPORT}.
 */
public enum Basis { OWN_SERVICE, CONSENT, CASE_PARTICIPANT, RECEIVED_REPORT, DUTY_TO_REPORT, EMERGENCY }
