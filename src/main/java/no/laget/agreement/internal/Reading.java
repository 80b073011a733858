package no.laget.agreement.internal;

import java.util.Set;

import no.laget.platform.validation.Anonymity;
import no.laget.platform.validation.FieldProblems;
import no.laget.platform.web.UnreadableFields;

/** The agreement commands' own field rules, for a form's typed Strings and the API's JSON alike. */
final class Reading {

    private Reading() {}

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

    /** A typed count, or null as for {@link UnreadableFields}; a number too large for a count is not read either. */
    static Integer number(Set<String> unreadable, String field, String typed) {
        Long number = UnreadableFields.number(unreadable, field, typed);
        if (number != null && Math.abs(number) >= 1_000_000) {
            unreadable.add(field);
            return null;
        }
        return number == null ? null : number.intValue();
    }
}
