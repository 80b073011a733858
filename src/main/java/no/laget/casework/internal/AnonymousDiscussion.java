package no.laget.casework.internal;

import java.time.LocalDate;

/** An anonymous discussion (anonym drøfting, docs/domain.md rule 4): never tied to a child. */
public record AnonymousDiscussion(long id, long unitId, LocalDate heldOn, String participants, String question,
        String advice, String recordedByName) {}
