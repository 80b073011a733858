package no.laget.casework.internal;

import no.laget.interest.BestInterestForm;

/**
 * A transition: the relay offered to an employee of the receiving unit ({@code unitId}, or the employee's own unit
 * when null), with an optional reason and the best-interest note.
 */
public record OfferTransition(Long unitId, Long employeeId, String reason, BestInterestForm interest) {}
