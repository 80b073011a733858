package no.laget.access;

/**
 * Why access was allowed (DOMAIN.md rule 18 and DESIGN.md "one door"). CASE_PARTICIPANT and RECEIVED_REPORT come
 * from {@link AccessGrants} rows that the owning modules write; DUTY_TO_REPORT from {@link Action#REPORT}.
 */
public enum Basis { OWN_SERVICE, CONSENT, CASE_PARTICIPANT, RECEIVED_REPORT, DUTY_TO_REPORT, EMERGENCY }
