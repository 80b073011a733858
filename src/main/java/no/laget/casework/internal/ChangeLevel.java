package no.laget.casework.internal;

import no.laget.interest.BestInterestForm;

/** A move one level up or down, with a reason, against the version seen; to level 2 or 3 with the note. */
public record ChangeLevel(int toLevel, String reason, Integer version, BestInterestForm interest) {}
