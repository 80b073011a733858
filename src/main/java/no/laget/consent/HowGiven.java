package no.laget.consent;

/** Written is preferred; oral is valid when recorded with who took it and when; digital comes with ID-porten. */
public enum HowGiven { WRITTEN, ORAL, DIGITAL }
