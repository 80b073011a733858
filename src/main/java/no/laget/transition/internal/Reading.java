package no.laget.transition.internal;

import java.time.LocalDate;
import java.util.Set;

import no.laget.platform.validation.FieldProblems;
import no.laget.platform.validation.FieldRules;

/**
 * The commands' shared field rules, for a form's typed Strings and the API's JSON alike. {@code unreadable} names the
 * fields a form had typed but that could not be read (31.02.2026): they get {@code prefix.malformed} in their place in
 * page order instead of {@code prefix.required}.
 */
final class Reading {

    private Reading() {}

    static void required(FieldProblems problems, Set<String> unreadable, String field, Object value, String prefix) {
        if (unreadable.contains(field)) {
            problems.add(field, prefix + ".malformed");
        } else if (value == null) {
            problems.add(field, prefix + ".required");
        }
    }

    /** An optional date: only a date typed but not readable is a problem. */
    static void optional(FieldProblems problems, Set<String> unreadable, String field, String prefix) {
        if (unreadable.contains(field)) {
            problems.add(field, prefix + ".malformed");
        }
    }

    /** A typed date, or null: blank stays null, and a date that cannot be read adds the field to {@code unreadable}. */
    static LocalDate date(Set<String> unreadable, String field, String typed) {
        if (FieldRules.blank(typed)) {
            return null;
        }
        return FieldRules.parseDate(typed).orElseGet(() -> {
            unreadable.add(field);
            return null;
        });
    }
}
