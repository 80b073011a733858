package no.laget.casework.internal;

import no.laget.interest.BestInterestForm;

/** A leader appoints a child coordinator, with the best-interest note. */
public record AppointCoordinator(Long employeeId, BestInterestForm interest) {}
