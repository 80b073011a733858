package no.laget.platform.web;

/**
 * A signed-in family member chose a language for the family's door. Published by the language choice; the family's
 * e-mail notices follow it (they are written in the language the member reads Laget in).
 */
public record FamilyLanguageChosen(long memberId, FamilyLanguage language) {}
