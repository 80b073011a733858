package no.laget.agreement.internal;

import java.time.LocalDate;
import java.util.Set;

import no.laget.platform.validation.Anonymity;
import no.laget.platform.validation.FieldProblems;
import no.laget.platform.validation.FieldRules;

/**
 * The commands' shared field rules, for a form's typed Strings and the API's JSON alike. {@code unreadable} names the
 * fields a form had typed but that could not be read (31.02.2026, "to" for a number): they get
 * {@code prefix.malformed} in their place in page order instead of {@code prefix.required}.
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

    static void optional(FieldProblems problems, Set<String> unreadable, String field, String prefix) {
        if (unreadable.contains(field)) {
            problems.add(field, prefix + ".malformed");
        }
    }

    /** Text that holds no child data: required, at most {@code max} characters, and no identity number. */
    static String noChildData(FieldProblems problems, String field, String text, int max, String prefix) {
        String read = problems.text(field, text, max, prefix);
        if (read != null && identityLike(read)) {
            problems.add(field, prefix + ".identity-number");
        }
        return read;
    }

    /** Eleven digits in a row (also 6 + 5 with a space, dot or dash) look like an identity number and are refused. */
    static boolean identityLike(String text) {
        return Anonymity.check(text).filter(Anonymity.Finding.IDENTITY_NUMBER::equals).isPresent();
    }

    static LocalDate date(Set<String> unreadable, String field, String typed) {
        if (FieldRules.blank(typed)) {
            return null;
        }
        return FieldRules.parseDate(typed).orElseGet(() -> {
            unreadable.add(field);
            return null;
        });
    }

    static Integer number(Set<String> unreadable, String field, String typed) {
        if (FieldRules.blank(typed)) {
            return null;
        }
        return FieldProblems.parseNumber(typed).filter(n -> Math.abs(n) < 1_000_000).map(Long::intValue)
                .orElseGet(() -> {
                    unreadable.add(field);
                    return null;
                });
    }
}
