package no.laget.casework.internal;

import java.time.LocalDate;

/**
 * A measure: what is done, who is responsible, when it starts and when it is evaluated (the responsible's deadline);
 * changing one carries the version seen.
 */
public record AddMeasure(String what, Responsible responsible, LocalDate startsOn, LocalDate evaluateOn, Integer version) {

    public AddMeasure(String what, Responsible responsible, LocalDate startsOn, LocalDate evaluateOn) {
        this(what, responsible, startsOn, evaluateOn, null);
    }
}
