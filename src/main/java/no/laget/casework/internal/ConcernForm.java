package no.laget.casework.internal;

import java.time.LocalDate;

import no.laget.platform.validation.FieldProblems;

/** The note as typed: the date of what was seen, what was seen, whether violence, abuse or serious neglect is suspected. */
public record ConcernForm(String observedOn, String whatSeen, String suspicionOfHarm, String version) {

    public boolean suspicion() {
        return "true".equals(suspicionOfHarm);
    }

    public WriteConcern toCommand() {
        FieldProblems problems = new FieldProblems();
        LocalDate observed = problems.date("observedOn", observedOn(), "concern.observedOn");
        String seen = problems.text("whatSeen", whatSeen(), 4000, "concern.whatSeen");
        return problems.command(() -> new WriteConcern(observed, seen, suspicion(), CaseForms.version(version())));
    }
}
