package no.laget.access;

/** Consent and emergency access lift confidentiality for reading; writing stays with the unit that owns the category. */
public enum Action { READ, WRITE }
