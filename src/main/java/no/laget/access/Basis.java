package no.laget.access;

/** Why access was allowed (DOMAIN.md rule 18 and DESIGN.md "one door"). */
public enum Basis { OWN_SERVICE, CONSENT, EMERGENCY, DUTY_TO_REPORT }
