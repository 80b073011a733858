package no.laget.child;

import java.time.Month;
import java.time.Year;

/**
 * A Norwegian national identity number that satisfies the rules in docs/domain.md section 8: an ordinary
 * fødselsnummer, a D-number, an H-number or a synthetic test number.
 *
 * <p>Get one through {@link #check(String)}, which says what is wrong with typed input, or through
 * {@link #parse(String)} when the input is known to be valid. The canonical constructor takes only the
 * eleven digits and throws for anything else, so an instance is always valid.
 *
 * <p>There is deliberately no birth date accessor: the date part can differ from the real birth date
 * (D-numbers, H-numbers, synthetic numbers, and numbers issued when a series ran out), so age must come
 * from a birth date stored separately.
 *
 * <p>{@link #toString()} hides the digits, because logs must never carry identity numbers and a record's
 * default {@code toString} would put them in any log line or exception message that mentions it.
 *
 * @param value the eleven digits, without spaces
 */
public record IdentityNumber(String value) {

    /** Weights for the first check digit, extended with 1 for the check digit itself (the 2032 form). */
    private static final int[] FIRST_WEIGHTS = {3, 7, 6, 1, 8, 9, 4, 5, 2, 1};
    private static final int[] SECOND_WEIGHTS = {5, 4, 3, 2, 7, 6, 5, 4, 3, 2};

    /**
     * Remainders of the first weighted sum that the 2032 rule accepts. Remainder 0 is the only one the
     * old rule accepts, and it is the same as "the first check digit equals 11 - (sum mod 11)".
     */
    private static final int HIGHEST_ACCEPTED_FIRST_REMAINDER = 3;

    private static final int UNKNOWN_CENTURY = -1;

    public IdentityNumber {
        if (value == null || !isElevenDigits(value)) {
            throw new IllegalArgumentException("An identity number is exactly eleven digits");
        }
        var problem = problemWith(value);
        if (problem != null) {
            // The message names the problem only: the digits must not reach a log through an exception.
            throw new IllegalArgumentException("Not a valid identity number: " + problem);
        }
    }

    /**
     * Checks typed input, accepting synthetic test numbers. Surrounding whitespace is ignored, and one
     * space between the six-digit date part and the five-digit personal part is accepted, because that
     * is how people copy the number from letters and cards.
     */
    public static Result check(String input) {
        return check(input, true);
    }

    /**
     * Checks typed input as {@link #check(String)} does, and refuses synthetic test numbers (see
     * {@link #isSynthetic()}) with {@link Problem#SYNTHETIC_NOT_ALLOWED} unless {@code syntheticAllowed}.
     * Production passes its test-data setting here; a number that is wrong in any other way gets that
     * problem instead, so the user is told what to correct first.
     */
    public static Result check(String input, boolean syntheticAllowed) {
        var digits = normalise(input);
        if (digits == null) {
            return new Result.Invalid(Problem.NOT_ELEVEN_DIGITS);
        }
        var problem = problemWith(digits);
        if (problem != null) {
            return new Result.Invalid(problem);
        }
        var number = new IdentityNumber(digits);
        if (!syntheticAllowed && number.isSynthetic()) {
            return new Result.Invalid(Problem.SYNTHETIC_NOT_ALLOWED);
        }
        return new Result.Valid(number);
    }

    /**
     * For callers that already know the input is valid (stored data, fixtures). Accepts the same forms as
     * {@link #check(String)}, synthetic numbers included.
     *
     * @throws IllegalArgumentException naming the {@link Problem}, never the input
     */
    public static IdentityNumber parse(String input) {
        return switch (check(input)) {
            case Result.Valid(var number) -> number;
            case Result.Invalid(var problem) ->
                    throw new IllegalArgumentException("Not a valid identity number: " + problem);
        };
    }

    /**
     * A synthetic Tenor test number (month + 80) for a date, for demo and test data, which may use no
     * other kind. Tries individual numbers from {@code seed} upwards within the range that encodes the
     * date's century, and returns the first whose check digits exist under the old rule.
     */
    public static IdentityNumber syntheticFor(java.time.LocalDate date, int seed) {
        int low = date.getYear() >= 2000 ? 500 : 0;
        int high = date.getYear() >= 2000 ? 999 : 499;
        int span = high - low + 1;
        for (int step = 0; step < span; step++) {
            int individual = low + Math.floorMod(seed + step, span);
            String nine = String.format("%02d%02d%02d%03d", date.getDayOfMonth(), date.getMonthValue() + 80,
                    date.getYear() % 100, individual);
            int k1 = checkDigit(nine, FIRST_WEIGHTS);
            if (k1 > 9) {
                continue;
            }
            int k2 = checkDigit(nine + k1, SECOND_WEIGHTS);
            if (k2 <= 9) {
                return new IdentityNumber(nine + k1 + k2);
            }
        }
        throw new IllegalArgumentException("No synthetic number exists for this date");
    }

    /** 11 - (weighted sum mod 11), where 11 means 0 and 10 means no digit fits. */
    private static int checkDigit(String digits, int[] weights) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            sum += weights[i] * (digits.charAt(i) - '0');
        }
        int k = 11 - sum % 11;
        return k == 11 ? 0 : k;
    }

    /** Which series the number belongs to, read from the offsets on the day and the month. */
    public Kind kind() {
        boolean dNumber = twoDigits(value, 0) > 40;
        int month = twoDigits(value, 2);
        if (month > 80) {
            return dNumber ? Kind.SYNTHETIC_TENOR_D_NUMBER : Kind.SYNTHETIC_TENOR;
        }
        if (month > 40) {
            return dNumber ? Kind.SYNTHETIC_DOLLY_D_NUMBER : Kind.H_NUMBER_OR_SYNTHETIC_DOLLY;
        }
        return dNumber ? Kind.D_NUMBER : Kind.FODSELSNUMMER;
    }

    /**
     * Whether the number is, or may be, a test number: month + 80 (Tenor) or month + 40 (Dolly). Month +
     * 40 is also the H-number series, so H-numbers count as synthetic here; see {@link Kind}.
     */
    public boolean isSynthetic() {
        return kind().synthetic();
    }

    /**
     * Whether the first check digit follows only the rule for numbers issued from 2032 (remainder 1, 2 or
     * 3) and not the old rule (remainder 0). Such a number cannot have been issued before 2032, so a
     * system that validates with the old rule alone will refuse it.
     */
    public boolean onlyValidUnder2032Rule() {
        return firstRemainder(value) != 0;
    }

    /**
     * The date the number's first six digits encode, with the D-number (day + 40), H-/Dolly (month + 40) and Tenor
     * (month + 80) offsets taken off and the century read from the individual number. docs/domain.md rule 39: this can
     * differ from the real birth date, so it is a check on what was typed, never a birth date to store.
     */
    public java.time.LocalDate encodedDate() {
        return dateIn(value).orElseThrow();
    }

    /** Hides the digits; see the class comment. */
    @Override
    public String toString() {
        return "IdentityNumber[***********]";
    }

    /** The outcome of {@link #check(String)}: a valid number or the one problem to tell the user about. */
    public sealed interface Result {

        /** The input is a valid identity number. */
        record Valid(IdentityNumber number) implements Result {}

        /** The input is not a valid identity number, or is one that this caller does not accept. */
        record Invalid(Problem problem) implements Result {}
    }

    /** One value for each way input can fail, with the key of its bokmål text in messages.properties. */
    public enum Problem {
        /** Null, empty, letters or other characters, a space anywhere but the middle, or not 11 digits. */
        NOT_ELEVEN_DIGITS("identity-number.not-eleven-digits"),
        /**
         * The date part is no real date once the D-, H- and synthetic offsets are removed, or the
         * individual number does not fit the year, so the century and thus 29 February cannot be settled.
         */
        IMPOSSIBLE_DATE("identity-number.impossible-date"),
        /** A check digit does not match the others, which is what a typing error usually gives. */
        WRONG_CHECK_DIGITS("identity-number.wrong-check-digits"),
        /**
         * The first ten digits pass, but the second check digit would have to be 10, so no number starting
         * with them is ever issued. Under the 2032 rule every first nine digits have some valid first check
         * digit, so this can only arise from the second check digit.
         */
        NEVER_ISSUED("identity-number.never-issued"),
        /** A valid synthetic test number where the caller accepts only real ones. */
        SYNTHETIC_NOT_ALLOWED("identity-number.synthetic-not-allowed");

        private final String messageKey;

        Problem(String messageKey) {
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    /**
     * The series a number belongs to. The day part carries + 40 for D-numbers; the month part carries
     * + 40 for H-numbers and NAV's Dolly test numbers, and + 80 for Skatteetaten's Tenor test numbers.
     */
    public enum Kind {
        /** Ordinary number: no offsets. */
        FODSELSNUMMER(false),
        /** D-number, for people without a fødselsnummer: day + 40. */
        D_NUMBER(false),
        /**
         * Month + 40 without a day offset. The digits cannot tell a health service's H-number (hjelpenummer)
         * from a Dolly test number, so this counts as synthetic, which is the safe side: a real person's
         * H-number refused, rather than a test number taken for a real person.
         */
        H_NUMBER_OR_SYNTHETIC_DOLLY(true),
        /** Dolly test D-number: day + 40 and month + 40. H-numbers never carry a day offset. */
        SYNTHETIC_DOLLY_D_NUMBER(true),
        /** Tenor test number: month + 80. */
        SYNTHETIC_TENOR(true),
        /** Tenor test D-number: day + 40 and month + 80. */
        SYNTHETIC_TENOR_D_NUMBER(true);

        private final boolean synthetic;

        Kind(boolean synthetic) {
            this.synthetic = synthetic;
        }

        /** Whether numbers of this kind are, or may be, test numbers. */
        public boolean synthetic() {
            return synthetic;
        }

        /** Whether the day part carries the D-number offset. */
        public boolean dNumber() {
            return this == D_NUMBER || this == SYNTHETIC_DOLLY_D_NUMBER || this == SYNTHETIC_TENOR_D_NUMBER;
        }
    }

    /** The eleven digits, or null if the input has any other shape. */
    private static String normalise(String input) {
        if (input == null) {
            return null;
        }
        var stripped = input.strip();
        if (stripped.length() == 12 && stripped.charAt(6) == ' ') {
            stripped = stripped.substring(0, 6) + stripped.substring(7);
        }
        return isElevenDigits(stripped) ? stripped : null;
    }

    // Character.isDigit would let through Arabic-Indic and full-width digits, which no register issues.
    private static boolean isElevenDigits(String text) {
        return text.length() == 11 && text.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    /** The first problem with eleven digits, or null if there is none. Dates come before check digits. */
    private static Problem problemWith(String digits) {
        if (!hasRealDate(digits)) {
            // Reported first: a date that cannot exist points the user at the first six digits.
            return Problem.IMPOSSIBLE_DATE;
        }
        if (firstRemainder(digits) > HIGHEST_ACCEPTED_FIRST_REMAINDER) {
            return Problem.WRONG_CHECK_DIGITS;
        }
        int expected = 11 - weightedSum(digits, SECOND_WEIGHTS) % 11;
        if (expected == 11) {
            expected = 0;
        }
        if (expected == 10) {
            return Problem.NEVER_ISSUED;
        }
        return digit(digits, 10) == expected ? null : Problem.WRONG_CHECK_DIGITS;
    }

    private static boolean hasRealDate(String digits) {
        return dateIn(digits).isPresent();
    }

    /** The date the first six digits encode, offsets taken off; empty when it is no date (or no known century). */
    private static java.util.Optional<java.time.LocalDate> dateIn(String digits) {
        int day = twoDigits(digits, 0);
        int month = twoDigits(digits, 2);
        if (day >= 41 && day <= 71) {
            day -= 40;
        }
        if (month >= 81 && month <= 92) {
            month -= 80;
        } else if (month >= 41 && month <= 52) {
            month -= 40;
        }
        if (day < 1 || day > 31 || month < 1 || month > 12) {
            return java.util.Optional.empty();
        }
        int twoDigitYear = twoDigits(digits, 4);
        int century = century(twoDigitYear, digit(digits, 6) * 100 + twoDigits(digits, 7));
        if (century == UNKNOWN_CENTURY || day > Month.of(month).length(Year.isLeap(century + twoDigitYear))) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(java.time.LocalDate.of(century + twoDigitYear, month, day));
    }

    /** The century the individual number gives for the year, per Skatteetaten's ranges. */
    private static int century(int twoDigitYear, int individual) {
        if (individual <= 499) {
            return 1900;
        }
        if (individual >= 900 && twoDigitYear >= 40) {
            return 1900;
        }
        if (twoDigitYear <= 39) {
            return 2000;
        }
        if (individual <= 749 && twoDigitYear >= 54) {
            return 1800;
        }
        return UNKNOWN_CENTURY;
    }

    private static int firstRemainder(String digits) {
        return weightedSum(digits, FIRST_WEIGHTS) % 11;
    }

    private static int weightedSum(String digits, int[] weights) {
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i] * digit(digits, i);
        }
        return sum;
    }

    private static int twoDigits(String digits, int start) {
        return digit(digits, start) * 10 + digit(digits, start + 1);
    }

    private static int digit(String digits, int index) {
        return digits.charAt(index) - '0';
    }
}
