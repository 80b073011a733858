package no.laget.child.internal;

import java.time.LocalDate;

import no.laget.child.IdentityNumber;
import no.laget.platform.validation.FieldRules;

/**
 * What one search box can mean: eleven digits are an identity number, a date (31.12.2019 or 2019-12-31)
 * is a birth date, anything else is the start of a name.
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
        return new SearchTerms(q.length() > 100 ? q.substring(0, 100) : q, null, null);
    }

    public boolean empty() {
        return name == null && birthDate == null && identityNumber == null;
    }
}
