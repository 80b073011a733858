package no.laget.child;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Properties;
import java.util.Random;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import no.laget.child.IdentityNumber.Kind;
import no.laget.child.IdentityNumber.Problem;
import no.laget.child.IdentityNumber.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.catchIllegalArgumentException;

/**
 * Every number written out in this file is synthetic (month + 40 or + 80) or invalid. Numbers with a real
 * month and valid check digits are built at runtime by {@link TestNumbers}, so none is ever checked in.
 */
class IdentityNumberTest {

    /** Tenor, 17 May 1990, individual number 123, old rule. Worked out by hand. */
    private static final String TENOR = "17859012310";

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
            "17859012310, SYNTHETIC_TENOR",          // 17.05.1990, individual 123
            "01811751290, SYNTHETIC_TENOR",          // 01.01.2017, individual 512
            "29820051260, SYNTHETIC_TENOR",          // 29.02.2000, individual 512
            "05917260186, SYNTHETIC_TENOR",          // 05.11.1872, individual 601
            "57859012304, SYNTHETIC_TENOR_D_NUMBER", // 17.05.1990, individual 123
            "43902177796, SYNTHETIC_TENOR_D_NUMBER"  // 03.10.2021, individual 777
    })
    void tenor_numbers_with_month_plus_80_are_valid_and_synthetic(String input, Kind kind) {
        var number = valid(IdentityNumber.check(input));

        assertThat(number.value()).isEqualTo(input);
        assertThat(number.kind()).isEqualTo(kind);
        assertThat(number.isSynthetic()).isTrue();
        assertThat(number.onlyValidUnder2032Rule()).isFalse();
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
            "17459012338, H_NUMBER_OR_SYNTHETIC_DOLLY", // 17.05.1990, individual 123
            "01411751208, H_NUMBER_OR_SYNTHETIC_DOLLY", // 01.01.2017, individual 512
            "24526591093, H_NUMBER_OR_SYNTHETIC_DOLLY", // 24.12.1965, individual 910
            "57459012321, SYNTHETIC_DOLLY_D_NUMBER"     // 17.05.1990, individual 123
    })
    void dolly_and_h_numbers_with_month_plus_40_are_valid_and_count_as_synthetic(String input, Kind kind) {
        var number = valid(IdentityNumber.check(input));

        assertThat(number.kind()).isEqualTo(kind);
        assertThat(number.isSynthetic()).isTrue();
    }

    @ParameterizedTest
    @CsvSource({
            "1990-05-17, 123, FODSELSNUMMER",
            "2024-02-29, 600, FODSELSNUMMER",
            "2017-01-31, 700, D_NUMBER",
            "1990-05-17, 123, H_NUMBER_OR_SYNTHETIC_DOLLY",
            "2005-12-01, 510, SYNTHETIC_DOLLY_D_NUMBER",
            "1990-05-17, 123, SYNTHETIC_TENOR",
            "2000-02-29, 512, SYNTHETIC_TENOR",
            "2019-03-12, 900, SYNTHETIC_TENOR_D_NUMBER",
            "1899-12-31, 600, FODSELSNUMMER",
            "1940-06-30, 950, FODSELSNUMMER"})
    void the_encoded_date_takes_off_every_offset_and_reads_the_century_from_the_individual_number(LocalDate date,
            int individual, Kind kind) {
        var number = IdentityNumber.parse(TestNumbers.completedNear(date, individual, kind));

        assertThat(number.kind()).isEqualTo(kind);
        assertThat(number.encodedDate()).isEqualTo(date);
    }

    @Test
    void the_test_data_generator_reproduces_the_numbers_worked_out_by_hand() {
        var date = LocalDate.of(1990, 5, 17);

        assertThat(TestNumbers.number(date, 123, Kind.SYNTHETIC_TENOR)).isEqualTo(TENOR);
        assertThat(TestNumbers.number(date, 123, Kind.SYNTHETIC_TENOR_D_NUMBER)).isEqualTo("57859012304");
        assertThat(TestNumbers.number(date, 123, Kind.H_NUMBER_OR_SYNTHETIC_DOLLY)).isEqualTo("17459012338");
        assertThat(TestNumbers.number(LocalDate.of(2000, 2, 29), 512, Kind.SYNTHETIC_TENOR))
                .isEqualTo("29820051260");
        assertThatIllegalArgumentException().as("individual number 123 means the 1900s")
                .isThrownBy(() -> TestNumbers.number(LocalDate.of(2017, 1, 1), 123, Kind.SYNTHETIC_TENOR));
    }

    @ParameterizedTest
    @CsvSource({
            "1990-05-17, 123, FODSELSNUMMER",
            "2024-02-29, 600, FODSELSNUMMER",
            "1899-12-31, 700, FODSELSNUMMER",
            "1990-05-17, 123, D_NUMBER",
            "2003-01-31, 870, D_NUMBER",
            "1945-07-08, 950, D_NUMBER"
    })
    void ordinary_numbers_and_d_numbers_built_at_runtime_are_valid_and_not_synthetic(LocalDate date,
            int individual, Kind kind) {
        var input = TestNumbers.completedNear(date, individual, kind);

        var number = valid(IdentityNumber.check(input));

        assertThat(number.kind()).isEqualTo(kind);
        assertThat(number.kind().dNumber()).isEqualTo(kind == Kind.D_NUMBER);
        assertThat(number.isSynthetic()).isFalse();
    }

    @ParameterizedTest(name = "remainder {0}: {1}")
    @CsvSource({"1, 17859012329", "2, 17859012337", "3, 17859012345"})
    void a_number_valid_only_under_the_2032_rule_is_accepted_and_flagged(int remainder, String expected) {
        var input = TestNumbers.withFirstRemainder("178590123", remainder).orElseThrow();

        var number = valid(IdentityNumber.check(input));

        assertThat(input).isEqualTo(expected);
        assertThat(TestNumbers.oldRuleAccepts(input)).isFalse();
        assertThat(number.onlyValidUnder2032Rule()).isTrue();
    }

    @Test
    void a_number_valid_under_the_old_rule_is_not_flagged() {
        assertThat(TestNumbers.oldRuleAccepts(TENOR)).isTrue();
        assertThat(IdentityNumber.parse(TENOR).onlyValidUnder2032Rule()).isFalse();
    }

    @ParameterizedTest(name = "remainder {0}")
    @ValueSource(ints = {4, 5, 6, 7, 8, 9, 10})
    void a_first_check_digit_leaving_a_remainder_above_3_is_rejected(int remainder) {
        // The second check digit is right, so only the first rule can be what rejects the number.
        var input = TestNumbers.tenorPrefix(nine -> TestNumbers.withFirstRemainder(nine, remainder).isPresent())
                .flatMap(nine -> TestNumbers.withFirstRemainder(nine, remainder)).orElseThrow();

        assertThat(problem(IdentityNumber.check(input))).isEqualTo(Problem.WRONG_CHECK_DIGITS);
    }

    @Test
    void nine_digits_whose_old_first_check_digit_would_be_10_are_valid_only_under_the_2032_rule() {
        // Old rule: k1 = 11 - (sum mod 11) = 10 when the sum of the nine digits leaves 1, so never issued.
        // 2032 rule: a first check digit of 0, 1 or 2 brings the remainder to 1, 2 or 3.
        var nine = TestNumbers.tenorPrefix(candidate -> TestNumbers.firstSum(candidate) % 11 == 1
                && IntStream.range(0, 10).allMatch(d10 -> TestNumbers.secondCheckDigit(candidate + d10).isPresent()))
                .orElseThrow();

        for (int d10 = 0; d10 <= 9; d10++) {
            var ten = nine + d10;
            var input = ten + TestNumbers.secondCheckDigit(ten).getAsInt();
            var result = IdentityNumber.check(input);

            assertThat(TestNumbers.oldRuleAccepts(input)).isFalse();
            if (d10 <= 2) {
                assertThat(valid(result).onlyValidUnder2032Rule()).as("first check digit %d", d10).isTrue();
            } else {
                assertThat(problem(result)).as("first check digit %d", d10).isEqualTo(Problem.WRONG_CHECK_DIGITS);
            }
        }
    }

    @ParameterizedTest(name = "first remainder {0}")
    @ValueSource(ints = {0, 1, 2, 3})
    void ten_digits_whose_second_check_digit_would_be_10_were_never_issued(int remainder) {
        var ten = TestNumbers.tenorPrefix(nine -> TestNumbers.withFirstRemainder(nine, remainder).isEmpty()
                        && TestNumbers.firstCheckDigit(nine, remainder).isPresent())
                .map(nine -> nine + TestNumbers.firstCheckDigit(nine, remainder).getAsInt())
                .orElseThrow();

        for (int d11 = 0; d11 <= 9; d11++) {
            assertThat(problem(IdentityNumber.check(ten + d11))).as("second check digit %d", d11)
                    .isEqualTo(Problem.NEVER_ISSUED);
        }
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
            "17859012311, second check digit off by one",
            "17859012300, first check digit off by one",
            "17859012320, first check digit passes the 2032 rule but the second catches it",
            "17859021310, two individual digits swapped",
            "71859012310, two day digits swapped",
            "17859012301, check digits swapped"
    })
    void a_wrong_check_digit_is_rejected(String input, String why) {
        assertThat(problem(IdentityNumber.check(input))).isEqualTo(Problem.WRONG_CHECK_DIGITS);
    }

    @ParameterizedTest(name = "{0} with individual number {1}-{2} ({3})")
    @CsvSource({
            "298200, 500, 999, 29 February 2000",
            "298224, 500, 999, 29 February 2024",
            "298284, 500, 749, 29 February 1884",
            "298240, 900, 999, 29 February 1940",
            "698224, 500, 999, 29 February 2024 as a D-number",
            "018254, 500, 749, 1854 is the first year of the 500-749 series",
            "318539, 900, 999, 2039 is the last year of the 500-999 series"
    })
    void a_real_date_is_accepted(String datePart, int from, int to, String why) {
        var input = TestNumbers.completedWithIndividualIn(datePart, from, to);

        assertThat(IdentityNumber.check(input)).isInstanceOf(Result.Valid.class);
    }

    @ParameterizedTest(name = "{0} with individual number {1}-{2} ({3})")
    @CsvSource({
            "298200, 000, 499, 29 February 1900 (not a leap year)",
            "298223, 500, 999, 29 February 2023",
            "698223, 500, 999, 29 February 2023 as a D-number",
            "308290, 000, 499, 30 February",
            "318490, 000, 499, 31 April",
            "714490, 000, 499, 31 April as a D-number",
            "008590, 000, 499, day 00",
            "328590, 000, 499, day 32",
            "408590, 000, 499, day 40",
            "728590, 000, 499, day 72",
            "170090, 000, 499, month 00",
            "171390, 000, 499, month 13",
            "174090, 000, 499, month 40",
            "175390, 000, 499, month 53",
            "178090, 000, 499, month 80",
            "179390, 000, 499, month 93",
            "178545, 750, 899, the 750-899 series has no 1900s",
            "178545, 500, 749, the 500-749 series has no 1940-1953",
            "178553, 500, 749, 1953 is still outside the 500-749 series",
            "178599, 750, 899, the 750-899 series has no 1999"
    })
    void an_impossible_date_is_rejected(String datePart, int from, int to, String why) {
        var input = TestNumbers.completedWithIndividualIn(datePart, from, to);

        assertThat(problem(IdentityNumber.check(input))).isEqualTo(Problem.IMPOSSIBLE_DATE);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("notElevenDigits")
    void anything_but_eleven_digits_is_rejected(String why, String input) {
        assertThat(problem(IdentityNumber.check(input))).isEqualTo(Problem.NOT_ELEVEN_DIGITS);
    }

    static Stream<Arguments> notElevenDigits() {
        return Stream.of(
                Arguments.of("null", null),
                Arguments.of("empty", ""),
                Arguments.of("only spaces", "   "),
                Arguments.of("ten digits", "1785901231"),
                Arguments.of("twelve digits", "178590123100"),
                Arguments.of("a letter O for a zero", "1785901231O"),
                Arguments.of("letters", "abcdefghijk"),
                Arguments.of("a space in the wrong place", "1785 9012310"),
                Arguments.of("two spaces in the middle", "178590  12310"),
                Arguments.of("a tab in the middle", "178590\t12310"),
                Arguments.of("a no-break space in the middle", "178590\u00A012310"),
                Arguments.of("a space in the middle and another one", "178590 123 10"),
                Arguments.of("a hyphen in the middle", "178590-12310"),
                Arguments.of("a sign", "+17859012310"),
                Arguments.of("Arabic-Indic digits", inOtherDigits(TENOR, '\u0660')),
                Arguments.of("full-width digits", inOtherDigits(TENOR, '\uFF10')));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"17859012310", " 17859012310", "17859012310 ", "\t17859012310\n", "178590 12310",
            "  178590 12310  "})
    void surrounding_whitespace_and_one_space_after_the_date_part_are_accepted(String input) {
        assertThat(valid(IdentityNumber.check(input)).value()).isEqualTo(TENOR);
        assertThat(IdentityNumber.parse(input)).isEqualTo(new IdentityNumber(TENOR));
    }

    @Test
    void the_constructor_takes_only_the_eleven_digits_of_a_valid_number() {
        assertThat(new IdentityNumber(TENOR).value()).isEqualTo(TENOR);
        assertThatIllegalArgumentException().isThrownBy(() -> new IdentityNumber("178590 12310"));
        assertThatIllegalArgumentException().isThrownBy(() -> new IdentityNumber(null));
        assertThatIllegalArgumentException().isThrownBy(() -> new IdentityNumber("17859012311"))
                .withMessageContaining("WRONG_CHECK_DIGITS")
                .withMessageNotContaining("178590");
    }

    @Test
    void parse_names_the_problem_but_never_the_input() {
        var failure = catchIllegalArgumentException(() -> IdentityNumber.parse("17859012311"));

        assertThat(failure).hasMessageContaining("WRONG_CHECK_DIGITS").hasMessageNotContaining("178590");
    }

    @Test
    void no_text_made_from_a_number_contains_its_digits() {
        var ordinary = IdentityNumber.parse(TestNumbers.completedNear(LocalDate.of(1990, 5, 17), 123,
                Kind.FODSELSNUMMER));
        var tenor = IdentityNumber.parse(TENOR);

        for (var number : List.of(ordinary, tenor)) {
            assertThat(number.toString()).isEqualTo("IdentityNumber[***********]");
            assertThat(IdentityNumber.check(number.value()).toString()).doesNotContainPattern("[0-9]");
        }
    }

    @Test
    void a_caller_that_refuses_test_data_refuses_synthetic_numbers_only() {
        var ordinary = TestNumbers.completedNear(LocalDate.of(1990, 5, 17), 123, Kind.FODSELSNUMMER);
        var dNumber = TestNumbers.completedNear(LocalDate.of(1990, 5, 17), 123, Kind.D_NUMBER);

        assertThat(problem(IdentityNumber.check(TENOR, false))).isEqualTo(Problem.SYNTHETIC_NOT_ALLOWED);
        assertThat(problem(IdentityNumber.check("57859012304", false))).isEqualTo(Problem.SYNTHETIC_NOT_ALLOWED);
        assertThat(problem(IdentityNumber.check("17459012338", false))).isEqualTo(Problem.SYNTHETIC_NOT_ALLOWED);
        assertThat(problem(IdentityNumber.check("17859012311", false)))
                .as("a mistyped synthetic number is told what to correct").isEqualTo(Problem.WRONG_CHECK_DIGITS);
        assertThat(IdentityNumber.check(ordinary, false)).isInstanceOf(Result.Valid.class);
        assertThat(IdentityNumber.check(dNumber, false)).isInstanceOf(Result.Valid.class);
        assertThat(IdentityNumber.check(TENOR, true)).isInstanceOf(Result.Valid.class);
    }

    @ParameterizedTest
    @EnumSource(Problem.class)
    void every_problem_has_a_bokmal_text_without_forbidden_words(Problem problem) throws IOException {
        var messages = new Properties();
        try (var in = IdentityNumberTest.class.getResourceAsStream("/messages.properties")) {
            messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }

        var text = messages.getProperty(problem.messageKey());

        assertThat(text).isNotBlank().containsIgnoringCase("fødselsnum");
        assertThat(text.toLowerCase()).doesNotContain("ugyldig").doesNotContain("vennligst");
    }

    @Test
    void every_generated_number_passes_and_every_single_digit_change_agrees_with_a_plain_reading_of_the_rules() {
        var random = new Random(2032);
        int generated = 0;
        while (generated < 2000) {
            var date = LocalDate.ofEpochDay(random.nextLong(LocalDate.of(1854, 1, 1).toEpochDay(),
                    LocalDate.of(2039, 12, 31).toEpochDay() + 1));
            int individual = TestNumbers.randomIndividual(date.getYear(), random);
            var kind = Kind.values()[random.nextInt(Kind.values().length)];
            int remainder = random.nextBoolean() ? 0 : 1 + random.nextInt(3);
            var built = TestNumbers.withFirstRemainder(TestNumbers.nineDigits(date, individual, kind), remainder);
            if (built.isEmpty()) {
                continue; // these nine digits have no number with this remainder
            }
            generated++;
            var input = built.get();

            var number = valid(IdentityNumber.check(input));
            assertThat(PlainRules.problemWith(input)).isEmpty();
            assertThat(number.kind()).isEqualTo(kind);
            assertThat(number.onlyValidUnder2032Rule()).isEqualTo(remainder != 0);

            for (int position = 0; position < 11; position++) {
                for (char digit = '0'; digit <= '9'; digit++) {
                    if (digit == input.charAt(position)) {
                        continue;
                    }
                    var mutated = input.substring(0, position) + digit + input.substring(position + 1);
                    var expected = PlainRules.problemWith(mutated);

                    // Any single changed digit moves the second weighted sum by a non-zero multiple of a
                    // weight below 11, so the second check digit always catches it.
                    assertThat(expected).as("changing position %d", position).isPresent();
                    assertThat(problemOrNull(IdentityNumber.check(mutated))).as("changing position %d", position)
                            .isEqualTo(expected.get());
                }
            }
        }
    }

    private static IdentityNumber valid(Result result) {
        assertThat(result).isInstanceOf(Result.Valid.class);
        return ((Result.Valid) result).number();
    }

    private static Problem problem(Result result) {
        assertThat(result).isInstanceOf(Result.Invalid.class);
        return ((Result.Invalid) result).problem();
    }

    private static Problem problemOrNull(Result result) {
        return result instanceof Result.Invalid(var problem) ? problem : null;
    }

    private static String inOtherDigits(String digits, char zero) {
        return digits.chars().map(c -> zero + (c - '0'))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }

    /**
     * Builds identity numbers from a date and an individual number, with check digits computed here, so
     * that tests never hold a real person's number.
     */
    static final class TestNumbers {

        private static final int[] FIRST_WEIGHTS = {3, 7, 6, 1, 8, 9, 4, 5, 2};
        private static final int[] SECOND_WEIGHTS = {5, 4, 3, 2, 7, 6, 5, 4, 3, 2};

        /** The number for this date, individual number and kind under the old rule; throws if never issued. */
        static String number(LocalDate date, int individual, Kind kind) {
            return withFirstRemainder(nineDigits(date, individual, kind), 0)
                    .orElseThrow(() -> new IllegalArgumentException("never issued; pick another individual number"));
        }

        /** Like {@link #number}, moving up to the next individual number that gives an issued number. */
        static String completedNear(LocalDate date, int individual, Kind kind) {
            for (int candidate = individual; ; candidate++) {
                var nine = nineDigits(date, candidate, kind);
                var built = withFirstRemainder(nine, 0);
                if (built.isPresent()) {
                    return built.get();
                }
            }
        }

        /**
         * The first issued number (old rule) made of this date part and an individual number in the range.
         * The date part is taken as it is, so impossible dates get right check digits too.
         */
        static String completedWithIndividualIn(String datePart, int from, int to) {
            return IntStream.rangeClosed(from, to)
                    .mapToObj(individual -> withFirstRemainder(datePart + "%03d".formatted(individual), 0))
                    .flatMap(Optional::stream).findFirst().orElseThrow();
        }

        /** The first nine digits of a Tenor number for 17 May 1990 that pass the test, over individual 000-499. */
        static Optional<String> tenorPrefix(Predicate<String> test) {
            return IntStream.range(0, 500).mapToObj(individual -> "178590%03d".formatted(individual))
                    .filter(test).findFirst();
        }

        static String nineDigits(LocalDate date, int individual, Kind kind) {
            if (!individualFits(date.getYear(), individual)) {
                throw new IllegalArgumentException("individual number %d is not used for %d"
                        .formatted(individual, date.getYear()));
            }
            int dayOffset = switch (kind) {
                case D_NUMBER, SYNTHETIC_DOLLY_D_NUMBER, SYNTHETIC_TENOR_D_NUMBER -> 40;
                case FODSELSNUMMER, H_NUMBER_OR_SYNTHETIC_DOLLY, SYNTHETIC_TENOR -> 0;
            };
            int monthOffset = switch (kind) {
                case FODSELSNUMMER, D_NUMBER -> 0;
                case H_NUMBER_OR_SYNTHETIC_DOLLY, SYNTHETIC_DOLLY_D_NUMBER -> 40;
                case SYNTHETIC_TENOR, SYNTHETIC_TENOR_D_NUMBER -> 80;
            };
            return "%02d%02d%02d%03d".formatted(date.getDayOfMonth() + dayOffset, date.getMonthValue() + monthOffset,
                    date.getYear() % 100, individual);
        }

        /** Skatteetaten's individual number series, year by year. */
        static boolean individualFits(int year, int individual) {
            return (year >= 1854 && year <= 1899 && individual >= 500 && individual <= 749)
                    || (year >= 1900 && year <= 1999 && individual <= 499)
                    || (year >= 1940 && year <= 1999 && individual >= 900)
                    || (year >= 2000 && year <= 2039 && individual >= 500);
        }

        static int randomIndividual(int year, Random random) {
            if (year <= 1899) {
                return 500 + random.nextInt(250);
            }
            if (year >= 2000) {
                return 500 + random.nextInt(500);
            }
            if (year >= 1940 && random.nextBoolean()) {
                return 900 + random.nextInt(100);
            }
            return random.nextInt(500);
        }

        /**
         * Nine digits completed with the first check digit that leaves this remainder (0 is the old rule;
         * 1-3 only the 2032 rule) and the second check digit; empty if either would have to be 10.
         */
        static Optional<String> withFirstRemainder(String nine, int remainder) {
            var first = firstCheckDigit(nine, remainder);
            if (first.isEmpty()) {
                return Optional.empty();
            }
            var ten = nine + first.getAsInt();
            var second = secondCheckDigit(ten);
            return second.isPresent() ? Optional.of(ten + second.getAsInt()) : Optional.empty();
        }

        static OptionalInt firstCheckDigit(String nine, int remainder) {
            int digit = Math.floorMod(remainder - firstSum(nine), 11);
            return digit == 10 ? OptionalInt.empty() : OptionalInt.of(digit);
        }

        static OptionalInt secondCheckDigit(String ten) {
            int k = 11 - weighted(ten, SECOND_WEIGHTS) % 11;
            return k == 10 ? OptionalInt.empty() : OptionalInt.of(k == 11 ? 0 : k);
        }

        /** The rule before 2032: the first check digit is exactly 11 - (sum mod 11), 11 giving 0. */
        static boolean oldRuleAccepts(String eleven) {
            int k = 11 - firstSum(eleven) % 11;
            return k != 10 && (k == 11 ? 0 : k) == eleven.charAt(9) - '0';
        }

        /** The weighted sum of the first nine digits with the first check digit's weights. */
        static int firstSum(String digits) {
            return weighted(digits, FIRST_WEIGHTS);
        }

        private static int weighted(String digits, int[] weights) {
            int sum = 0;
            for (int i = 0; i < weights.length; i++) {
                sum += weights[i] * (digits.charAt(i) - '0');
            }
            return sum;
        }
    }

    /** docs/domain.md section 8 read plainly, written apart from the production code so the two can be compared. */
    static final class PlainRules {

        static Optional<Problem> problemWith(String input) {
            if (input == null) {
                return Optional.of(Problem.NOT_ELEVEN_DIGITS);
            }
            var text = input.strip();
            if (text.matches("[0-9]{6} [0-9]{5}")) {
                text = text.replace(" ", "");
            }
            if (!text.matches("[0-9]{11}")) {
                return Optional.of(Problem.NOT_ELEVEN_DIGITS);
            }
            int[] d = text.chars().map(c -> c - '0').toArray();
            int day = d[0] * 10 + d[1];
            int month = d[2] * 10 + d[3];
            int year = d[4] * 10 + d[5];
            int individual = d[6] * 100 + d[7] * 10 + d[8];
            if (day > 40) {
                day -= 40;
            }
            if (month > 80) {
                month -= 80;
            } else if (month > 40) {
                month -= 40;
            }
            var centuries = Stream.of(1800, 1900, 2000)
                    .filter(century -> TestNumbers.individualFits(century + year, individual)).toList();
            if (centuries.size() != 1) {
                return Optional.of(Problem.IMPOSSIBLE_DATE);
            }
            try {
                LocalDate.of(centuries.getFirst() + year, month, day);
            } catch (DateTimeException e) {
                return Optional.of(Problem.IMPOSSIBLE_DATE);
            }
            int first = 3 * d[0] + 7 * d[1] + 6 * d[2] + 1 * d[3] + 8 * d[4] + 9 * d[5] + 4 * d[6] + 5 * d[7]
                    + 2 * d[8] + 1 * d[9];
            if (first % 11 > 3) {
                return Optional.of(Problem.WRONG_CHECK_DIGITS);
            }
            int k2 = 11 - (5 * d[0] + 4 * d[1] + 3 * d[2] + 2 * d[3] + 7 * d[4] + 6 * d[5] + 5 * d[6] + 4 * d[7]
                    + 3 * d[8] + 2 * d[9]) % 11;
            if (k2 == 11) {
                k2 = 0;
            }
            if (k2 == 10) {
                return Optional.of(Problem.NEVER_ISSUED);
            }
            return k2 == d[10] ? Optional.empty() : Optional.of(Problem.WRONG_CHECK_DIGITS);
        }
    }

    @Test
    void synthetic_numbers_made_for_demo_data_are_valid_tenor_numbers_for_their_date() {
        for (java.time.LocalDate date = java.time.LocalDate.of(1950, 1, 1); date.getYear() < 2035; date = date.plusDays(173)) {
            IdentityNumber number = IdentityNumber.syntheticFor(date, date.getDayOfYear());

            assertThat(IdentityNumber.check(number.value())).isInstanceOf(IdentityNumber.Result.Valid.class);
            assertThat(number.kind()).isEqualTo(IdentityNumber.Kind.SYNTHETIC_TENOR);
            assertThat(number.value()).startsWith(String.format("%02d%02d%02d", date.getDayOfMonth(),
                    date.getMonthValue() + 80, date.getYear() % 100));
        }
    }
}
