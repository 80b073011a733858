package no.laget.casework.internal;

import no.laget.interest.BestInterestForm;

/** The holder offers the relay to a colleague, with an optional reason and the best-interest note. */
public record OfferHandover(Long employeeId, String reason, BestInterestForm interest) {}
