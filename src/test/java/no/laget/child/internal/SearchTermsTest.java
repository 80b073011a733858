package no.laget.child.internal;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** One search box, four meanings: a number, a date, a name, and a name with the birth date before or after it. */
class SearchTermsTest {

    private static final LocalDate NEW_YEARS_EVE = LocalDate.of(2019, 12, 31);

    @Test
    void a_name_with_a_date_after_or_before_it_is_both() {
        assertThat(SearchTerms.parse("Ola Nordmann 31.12.2019")).isEqualTo(new SearchTerms("Ola Nordmann", NEW_YEARS_EVE, null));
        assertThat(SearchTerms.parse("  Ola   Nordmann  2019-12-31 ")).isEqualTo(new SearchTerms("Ola   Nordmann", NEW_YEARS_EVE, null));
        assertThat(SearchTerms.parse("31.12.2019 Nordmann")).isEqualTo(new SearchTerms("Nordmann", NEW_YEARS_EVE, null));
    }

    @Test
    void a_date_alone_a_name_alone_and_a_number_keep_their_meaning() {
        assertThat(SearchTerms.parse("31.12.2019")).isEqualTo(new SearchTerms(null, NEW_YEARS_EVE, null));
        assertThat(SearchTerms.parse("Ola Nordmann")).isEqualTo(new SearchTerms("Ola Nordmann", null, null));
        assertThat(SearchTerms.parse("")).matches(SearchTerms::empty);
        assertThat(SearchTerms.parse(null)).matches(SearchTerms::empty);
    }

    @Test
    void a_date_that_does_not_exist_is_part_of_the_name_and_so_matches_no_one() {
        assertThat(SearchTerms.parse("Ola 31.02.2019")).isEqualTo(new SearchTerms("Ola 31.02.2019", null, null));
        assertThat(SearchTerms.parse("Ola 31.12.2019 Nordmann")).isEqualTo(new SearchTerms("Ola 31.12.2019 Nordmann", null, null));
    }

    @Test
    void a_long_name_is_cut_to_a_hundred_characters_also_with_a_date() {
        String longName = "a".repeat(150);
        assertThat(SearchTerms.parse(longName).name()).hasSize(100);
        assertThat(SearchTerms.parse(longName + " 31.12.2019")).isEqualTo(new SearchTerms("a".repeat(100), NEW_YEARS_EVE, null));
    }
}
