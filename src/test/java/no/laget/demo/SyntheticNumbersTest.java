package no.laget.demo;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The data set's numbers for a nation of children are unique and stay above the individual numbers the demo uses
 * (below 750), so the demo's children, seeded on the first start after ./laget dataset, are never the data set's.
 */
class SyntheticNumbersTest {

    private static final int CHILDREN = 1_100_000;

    @Test
    void a_nation_of_children_gets_unique_numbers_above_the_demo_s() {
        SyntheticNumbers numbers = new SyntheticNumbers(LocalDate.of(2026, 12, 2), 18 * 365);
        Set<String> seen = new HashSet<>(CHILDREN * 2);
        int lowest = 999;
        for (long i = 0; i < CHILDREN; i++) {
            String number = numbers.number(i);
            assertThat(seen.add(number)).as("number %s given twice", i).isTrue();
            lowest = Math.min(lowest, Integer.parseInt(number.substring(6, 9)));
        }
        assertThat(lowest).isGreaterThanOrEqualTo(750);
        assertThat(numbers.birthDate(0)).isEqualTo(LocalDate.of(2026, 12, 2));
    }

    @Test
    void more_numbers_than_one_date_has_are_refused() {
        SyntheticNumbers numbers = new SyntheticNumbers(LocalDate.of(2026, 12, 2), 1);
        assertThatThrownBy(() -> numbers.number(500)).isInstanceOf(IllegalArgumentException.class);
    }
}
