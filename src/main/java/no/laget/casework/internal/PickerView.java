package no.laget.casework.internal;

import java.util.List;

import no.laget.organisation.People;

/**
 * One people picker on a page (fragments/picker.html): what is chosen (ticked), the matches for what was typed
 * (leaving out what is chosen), the typed text, and the count said in the status region.
 */
public record PickerView(List<People.Match> chosen, List<People.Match> matches, String query, String status) {

    public static final PickerView EMPTY = new PickerView(List.of(), List.of(), "", "");
}
