package no.laget.platform.web;

import java.time.LocalDate;
import java.util.Set;

import no.laget.platform.validation.FieldProblems;
import no.laget.platform.validation.FieldRules;

/**
 * A form's typed text read into a typed command that the JSON API shares. A value typed but not readable (31.02.2026
 * as a date, "to" as a number) is read as null, and its field is named in {@code unreadable}; the command then says
 * {@code prefix.malformed} in that field's place in page order instead of {@code prefix.required}. The API's JSON is
 * typed already, so it has no unreadable fields.
 */
public final class UnreadableFields {

    private UnreadableFields() {}

    /** A typed date, or null: blank stays null, and a date that cannot be read adds the field to {@code unreadable}. */
    public static LocalDate date(Set<String> unreadable, String field, String typed) {
        if (FieldRules.blank(typed)) {
            return null;
        }
        return FieldRules.parseDate(typed).orElseGet(() -> {
            unreadable.add(field);
            return null;
        });
    }

    /** A typed whole number (an id from a select, a count), or null as for dates. */
    public static Long number(Set<String> unreadable, String field, String typed) {
        if (FieldRules.blank(typed)) {
            return null;
        }
        return FieldProblems.parseNumber(typed).orElseGet(() -> {
            unreadable.add(field);
            return null;
        });
    }

    /** A required value: malformed when typed but not readable, required when missing. */
    public static void required(FieldProblems problems, Set<String> unreadable, String field, Object value,
            String prefix) {
        if (unreadable.contains(field)) {
            problems.add(field, prefix + ".malformed");
        } else if (value == null) {
            problems.add(field, prefix + ".required");
        }
    }

    /** An optional value: only one typed but not readable is a problem. */
    public static void optional(FieldProblems problems, Set<String> unreadable, String field, String prefix) {
        if (unreadable.contains(field)) {
            problems.add(field, prefix + ".malformed");
        }
    }
}
