package no.laget.casework.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import jakarta.servlet.http.HttpServletRequest;

/**
 * What another person changed while one was typing (issue 16, "Two people saving the same thing"). Each edit form
 * carries, next to its version, the values the user started from as hidden fields {@code seen.<field>}. When the save
 * is refused as stale, the stored values that differ from those are the other person's changes: the page lists them
 * with their new values next to the form, keeps what the user typed in the fields, and takes the current version and
 * values as the new starting point, so that saving again (having seen the changes) is a deliberate overwrite.
 */
public final class StaleChanges {

    static final String PREFIX = "seen.";

    private StaleChanges() {}

    /** A field of an edit form as stored now: name, label key, the value as the form holds it, and as shown. */
    public record Field(String name, String labelKey, String formValue, String shown) {}

    /** A field the other person changed: its label and what it reads now. */
    public record Change(String label, String value) {}

    /** The stored fields whose value differs from the one the user started from; none when the form sent no start. */
    static List<Change> changes(HttpServletRequest request, List<Field> now, Function<String, String> label) {
        List<Change> changes = new ArrayList<>();
        for (Field field : now) {
            String seen = request.getParameter(PREFIX + field.name());
            if (seen != null && !normal(seen).equals(normal(field.formValue()))) {
                changes.add(new Change(label.apply(field.labelKey()), field.shown() == null ? "" : field.shown()));
            }
        }
        return changes;
    }

    /** The starting point a re-rendered form carries on: what the user started from where sent, else what is stored. */
    static List<Field> seen(HttpServletRequest request, List<Field> now) {
        return now.stream().map(field -> {
            String seen = request.getParameter(PREFIX + field.name());
            return seen == null ? field : new Field(field.name(), field.labelKey(), seen, field.shown());
        }).toList();
    }

    private static String normal(String value) {
        return value == null ? "" : value.replace("\r\n", "\n").strip();
    }
}
