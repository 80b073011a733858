package no.laget.emergency.internal;

import java.math.BigDecimal;
import java.util.Set;
import java.util.regex.Pattern;

import no.laget.platform.validation.Anonymity;
import no.laget.platform.validation.FieldProblems;
import no.laget.platform.validation.FieldRules;
import no.laget.platform.web.UnreadableFields;

/**
 * The emergency commands' own field rules, for a form's typed Strings and the API's JSON alike: amounts of kroner
 * (an amount typed like "tusen" is unreadable, see {@link UnreadableFields}) and references that are no identity
 * number.
 */
final class Rules {

    private static final BigDecimal MAX = new BigDecimal("99999999");
    /** Kroner as people type them: "1500", "1 500", "1 499,50", "1500 kr". At most two decimals. */
    private static final Pattern AMOUNT = Pattern.compile("^-?\\d+([.,]\\d{1,2})?$");

    private Rules() {}

    /** A required amount above zero with at most two decimals; one problem at most. */
    static void amount(FieldProblems problems, Set<String> unreadable, String field, BigDecimal amount, String prefix) {
        UnreadableFields.required(problems, unreadable, field, amount, prefix);
        if (amount == null || problems.has(field)) {
            return;
        }
        if (amount.signum() <= 0) {
            problems.add(field, prefix + ".not-positive");
        } else if (amount.compareTo(MAX) > 0 || amount.stripTrailingZeros().scale() > 2) {
            problems.add(field, prefix + ".malformed");
        }
    }

    /** Eleven digits in a row (also 6 + 5 with a space, dot or dash) look like an identity number and are refused. */
    static boolean identityLike(String text) {
        return Anonymity.check(text).filter(Anonymity.Finding.IDENTITY_NUMBER::equals).isPresent();
    }

    /** A typed amount of kroner, or null as for dates ("1 500", "1 499,50", "1500 kr"). */
    static BigDecimal amount(Set<String> unreadable, String field, String typed) {
        if (FieldRules.blank(typed)) {
            return null;
        }
        String plain = typed.replaceAll("(?i)kr\\.?", "").replaceAll("[\\s\\u00a0\\u202f]", "");
        if (!AMOUNT.matcher(plain).matches()) {
            unreadable.add(field);
            return null;
        }
        return new BigDecimal(plain.replace(',', '.'));
    }
}
