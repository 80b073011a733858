package no.laget.casework.internal;

import java.time.LocalDate;

/**
 * A concern as noted: the day of what was seen, what was seen, whether violence, abuse or serious neglect is
 * suspected; a change carries the version seen.
 */
public record WriteConcern(LocalDate observedOn, String whatSeen, boolean suspicionOfHarm, Integer version) {

    public WriteConcern(LocalDate observedOn, String whatSeen, boolean suspicionOfHarm) {
        this(observedOn, whatSeen, suspicionOfHarm, null);
    }
}
