package no.laget.transition.internal;

import java.util.HashSet;
import java.util.Set;

import no.laget.platform.validation.FieldProblems;
import no.laget.platform.web.UnreadableFields;

/** A child welfare measure as typed. */
public record ChildWelfareMeasureForm(String description, String startsOn, String endsOn) {

    public RecordMeasure toCommand() {
        Set<String> unreadable = new HashSet<>();
        return RecordMeasure.read(new FieldProblems(), unreadable, description,
                UnreadableFields.date(unreadable, "startsOn", startsOn),
                UnreadableFields.date(unreadable, "endsOn", endsOn));
    }
}
