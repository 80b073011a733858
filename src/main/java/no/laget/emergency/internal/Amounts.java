package no.laget.emergency.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import no.laget.platform.validation.FieldProblem;
import no.laget.platform.validation.FieldRules;

/** Kroner as people type them: "1500", "1 500", "1 499,50", "1500 kr". At most two decimals. */
final class Amounts {

    private static final Pattern AMOUNT = Pattern.compile("^-?\\d+([.,]\\d{1,2})?$");

    private Amounts() {}

    /** A required amount above zero; one problem at most: required, malformed or not-positive. */
    static Optional<BigDecimal> positive(List<FieldProblem> problems, String field, String typed, String prefix) {
        if (FieldRules.blank(typed)) {
            problems.add(new FieldProblem(field, prefix + ".required"));
            return Optional.empty();
        }
        String plain = typed.replaceAll("(?i)kr\\.?", "").replaceAll("[\\s\\u00a0\\u202f]", "");
        if (!AMOUNT.matcher(plain).matches()) {
            problems.add(new FieldProblem(field, prefix + ".malformed"));
            return Optional.empty();
        }
        BigDecimal amount = new BigDecimal(plain.replace(',', '.'));
        if (amount.signum() <= 0) {
            problems.add(new FieldProblem(field, prefix + ".not-positive"));
            return Optional.empty();
        }
        if (amount.compareTo(new BigDecimal("99999999")) > 0) {
            problems.add(new FieldProblem(field, prefix + ".malformed"));
            return Optional.empty();
        }
        return Optional.of(amount);
    }
}
