package no.laget.statistics.internal;

import java.math.BigDecimal;
import java.util.List;

import no.laget.statistics.internal.RegionNumbers.Region;
import no.laget.statistics.internal.SeriesJoin.Figure;
import no.laget.statistics.internal.SeriesJoin.Point;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RegionNumbersTest {

    private final RegionNumbers numbers = new RegionNumbers();

    @Test
    void halden_has_had_three_numbers() {
        assertThat(numbers.series("3001")).extracting(Region::number).containsExactly("3101", "3001", "0101");
        assertThat(numbers.series("3101")).extracting(Region::number).containsExactly("3101", "3001", "0101");
        assertThat(numbers.series("3004")).extracting(Region::number).containsExactly("3107", "3004", "0106");
        assertThat(numbers.series("3401")).extracting(Region::number).containsExactly("3401", "0402");
        assertThat(numbers.region("3001").orElseThrow().inUse(2023)).isTrue();
        assertThat(numbers.region("3001").orElseThrow().inUse(2024)).isFalse();
    }

    @Test
    void a_merger_starts_a_new_series() {
        assertThat(numbers.series("3103")).extracting(Region::number).containsExactly("3103", "3002");
        assertThat(numbers.series("0104")).extracting(Region::number).containsExactly("0104");
    }

    @Test
    void halden_belonged_to_ostfold_viken_and_ostfold_again() {
        assertThat(numbers.countiesOf("3101")).extracting(Region::number).containsExactly("31", "30", "01");
        assertThat(numbers.series("31")).extracting(Region::number).containsExactly("31", "01");
    }

    @Test
    void normalises_ssb_codes() {
        assertThat(RegionNumbers.normalise("K-3001")).contains("3001");
        assertThat(RegionNumbers.normalise("F-30")).contains("30");
        assertThat(RegionNumbers.normalise(" 00 ")).contains("0");
        assertThat(RegionNumbers.normalise("0")).contains("0");
        assertThat(RegionNumbers.normalise("EAKUO")).isEmpty();
        assertThat(RegionNumbers.normalise("301")).isEmpty();
        assertThat(RegionNumbers.levelOf("3101")).isEqualTo(RegionLevel.MUNICIPALITY);
        assertThat(RegionNumbers.levelOf("31")).isEqualTo(RegionLevel.COUNTY);
        assertThat(RegionNumbers.levelOf("0")).isEqualTo(RegionLevel.COUNTRY);
        assertThat(numbers.known("3101")).isTrue();
        assertThat(numbers.known("0")).isTrue();
        assertThat(numbers.known("9999")).isFalse();
    }

    @Test
    void joins_old_and_new_numbers_into_one_line() {
        List<Figure> figures = List.of(
                new Figure("3001", "2021", new BigDecimal("12.9"), null),
                new Figure("3001", "2022", new BigDecimal("12.5"), null),
                new Figure("3001", "2023", new BigDecimal("12.7"), null),
                new Figure("3101", "2024", new BigDecimal("12.4"), null),
                new Figure("3107", "2024", new BigDecimal("10.0"), null)); // Fredrikstad, not Halden

        var line = SeriesJoin.join(numbers.series("3101"), figures);

        assertThat(line.values()).extracting(p -> p.period().text(), Point::region, p -> p.value().toPlainString())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("2021", "3001", "12.9"),
                        org.assertj.core.groups.Tuple.tuple("2022", "3001", "12.5"),
                        org.assertj.core.groups.Tuple.tuple("2023", "3001", "12.7"),
                        org.assertj.core.groups.Tuple.tuple("2024", "3101", "12.4"));
    }

    @Test
    void a_year_published_under_both_numbers_takes_the_number_then_in_use() {
        List<Figure> figures = List.of(
                new Figure("3001", "2023", new BigDecimal("31500"), null),
                new Figure("3101", "2023", new BigDecimal("31600"), null), // re-published on 2024 borders
                new Figure("3101", "2019-2021", new BigDecimal("12.5"), null)); // old years under the new number

        var line = SeriesJoin.join(numbers.series("3001"), figures);

        assertThat(line.values()).extracting(Point::region).containsExactly("3101", "3001");
        assertThat(line.lastEntry().getValue().value()).isEqualByComparingTo("31500");
        assertThat(line.firstKey().text()).isEqualTo("2019-2021");
    }

    @Test
    void periods_are_years_or_spans_ordered_by_their_last_year() {
        assertThat(Period.parse("2022")).contains(new Period("2022", 2022, 2022));
        assertThat(Period.parse("2019 - 2021")).contains(new Period("2019-2021", 2019, 2021));
        assertThat(Period.parse("2021-2019")).isEmpty();
        assertThat(Period.parse("2022K1")).isEmpty();
        assertThat(List.of(Period.parse("2019-2021").get(), Period.parse("2004-2006").get(),
                Period.parse("2018-2020").get(), Period.parse("2021").get()).stream().sorted().map(Period::text))
                .containsExactly("2004-2006", "2018-2020", "2019-2021", "2021");
    }
}
