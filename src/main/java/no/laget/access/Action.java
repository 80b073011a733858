package no.laget.access;

/**
 * Consent and emergency access lift confidentiality for reading; writing stays with the unit that owns the
 * category or a grant that allows it. REPORT is writing a report of concern to child welfare, or reading back
 * one's own: the duty to report needs no consent (barnevernloven § 13-2).
 */
public enum Action { READ, WRITE, REPORT }
