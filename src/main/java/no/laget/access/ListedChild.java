package no.laget.access;

/** One row a list showed, with the basis the access rule found for it (from {@link ChildDataFilter}'s columns). */
public record ListedChild(long childId, Basis basis, Long consentId, Long emergencyId) {}
