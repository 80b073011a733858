package no.laget.transition.internal;

import java.time.LocalDate;

/** Child welfare's record that the child has a measure (barnevernstiltak), with its period. */
public record ChildWelfareMeasure(long id, long childId, long unitId, String description, LocalDate startsOn,
        LocalDate endsOn, String recordedByName) {}
