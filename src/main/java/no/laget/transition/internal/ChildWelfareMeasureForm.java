package no.laget.transition.internal;

import java.util.HashSet;
import java.util.Set;

import no.laget.platform.validation.FieldProblems;

/** A child welfare measure as typed. */
public record ChildWelfareMeasureForm(String description, String startsOn, String endsOn) {

    public RecordMeasure toCommand() {
        Set<String> unreadable = new HashSet<>();
        return RecordMeasure.read(new FieldProblems(), unreadable, description,
                Reading.date(unreadable, "startsOn", startsOn), Reading.date(unreadable, "endsOn", endsOn));
    }
}
