package no.laget.child.internal;

import java.time.LocalDate;

import no.laget.child.IdentityNumber;
import no.laget.platform.validation.FieldRules;

/**
 * What one search box can mean: eleven digits are an identity number, a date (31.12.2019 or 2019-12-31)
 * is a birth date, anything else is the start of a name, and a name with a date first or last is both (Ola Nordmann
 * 31.12.2019): across a country a common name matches thousands of children, and the person looking knows the date.
 */
public record SearchTerms(String name, LocalDate birthDate, String identityNumber) {

    public static SearchTerms parse(String query) {
        String q = query == null ? "" : query.trim();
        if (q.isEmpty()) {
            return new SearchTerms(null, null, null);
        }
        if (IdentityNumber.check(q) instanceof IdentityNumber.Result.Valid(IdentityNumber number)) {
            return new SearchTerms(null, null, number.value());
        }
        var date = FieldRules.parseDate(q);
        if (date.isPresent()) {
            return new SearchTerms(null, date.get(), null);
        }
        String[] words = q.split("\\s+");
        if (words.length > 1) {
            var last = FieldRules.parseDate(words[words.length - 1]);
            if (last.isPresent()) {
                return new SearchTerms(name(q.substring(0, q.lastIndexOf(words[words.length - 1])).strip()), last.get(), null);
            }
            var first = FieldRules.parseDate(words[0]);
            if (first.isPresent()) {
                return new SearchTerms(name(q.substring(words[0].length()).strip()), first.get(), null);
            }
        }
        return new SearchTerms(name(q), null, null);
    }

    private static String name(String text) {
        return text.length() > 100 ? text.substring(0, 100) : text;
    }

    public boolean empty() {
        return name == null && birthDate == null && identityNumber == null;
    }
}
