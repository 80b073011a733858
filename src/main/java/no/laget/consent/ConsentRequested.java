package no.laget.consent;

/**
 * A service asked the family for consent: the request now waits on the family's page for those who must answer.
 * Published inside the transaction that stored the request; the family's door notices the people who must answer
 * (by e-mail, when they asked for it). Ids only: what is asked is read behind the family's login.
 */
public record ConsentRequested(long requestId, long childId) {}
