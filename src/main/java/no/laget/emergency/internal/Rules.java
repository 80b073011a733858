package no.laget.emergency.internal;

import java.math.BigDecimal;
import java.util.Set;
import java.util.regex.Pattern;

import no.laget.platform.validation.Anonymity;
import no.laget.platform.validation.FieldProblems;
import no.laget.platform.validation.FieldRules;

/**
 * The commands' shared field rules, for a form's typed Strings and the API's JSON alike. {@code unreadable} names the
 * fields a form had typed but that could not be read (a date like 31.02.2026, an amount like "tusen"): they get
 * {@code prefix.malformed} in their place in page order instead of {@code prefix.required}.
 */
final class Rules {

    private static final BigDecimal MAX = new BigDecimal("99999999");
    /** Kroner as people type them: "1500", "1 500", "1 499,50", "1500 kr". At most two decimals. */
    private static final Pattern AMOUNT = Pattern.compile("^-?\\d+([.,]\\d{1,2})?$");

    private Rules() {}

    static void required(FieldProblems problems, Set<String> unreadable, String field, Object value, String prefix) {
        if (unreadable.contains(field)) {
            problems.add(field, prefix + ".malformed");
        } else if (value == null) {
            problems.add(field, prefix + ".required");
        }
    }

    /** A required amount above zero with at most two decimals; one problem at most. */
    static void amount(FieldProblems problems, Set<String> unreadable, String field, BigDecimal amount, String prefix) {
        required(problems, unreadable, field, amount, prefix);
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

    /** A typed date, or null: blank stays null, and a date that cannot be read adds the field to {@code unreadable}. */
    static java.time.LocalDate date(Set<String> unreadable, String field, String typed) {
        if (FieldRules.blank(typed)) {
            return null;
        }
        return FieldRules.parseDate(typed).orElseGet(() -> {
            unreadable.add(field);
            return null;
        });
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

    /** A typed whole number (an id from a select), or null as for dates. */
    static Long number(Set<String> unreadable, String field, String typed) {
        if (FieldRules.blank(typed)) {
            return null;
        }
        return FieldProblems.parseNumber(typed).orElseGet(() -> {
            unreadable.add(field);
            return null;
        });
    }
}
