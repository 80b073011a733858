package no.laget.child.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import no.laget.child.internal.ServedFigures.AgeBand;
import no.laget.statistics.FigureScope;
import no.laget.support.LagetTest;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static no.laget.support.Accounts.unique;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Children served on a day, per unit type and age band, at the edges of every date rule: the birthday that moves a
 * child to the next band, 29 February, a child born on the day or after it, a stay that starts or ends on the day,
 * and a child served twice by one type or by two types. Each test has a municipality of its own, so its counts are
 * its own whatever else the shared database holds.
 */
@LagetTest
class ServedCountsTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 1);
    private static final LocalDate ALWAYS = LocalDate.of(2000, 1, 1);

    @Autowired ChildRepository repository;
    @Autowired JdbcClient jdbc;

    private long municipality;
    private long school;
    private long otherSchool;
    private long kindergarten;

    @BeforeEach
    void municipalityWithThreeUnits() {
        // a new municipality each time (a number no other test or data set uses), so nothing else is counted
        List<Long> created = List.of();
        while (created.isEmpty()) {
            created = jdbc.sql("insert into municipality (number, name) values (?, 'Kantkommune') on conflict do nothing returning id")
                    .param(String.valueOf(8000 + (int) (Math.random() * 1000))).query(Long.class).list();
        }
        municipality = created.getFirst();
        school = unit("SCHOOL");
        otherSchool = unit("SCHOOL");
        kindergarten = unit("KINDERGARTEN");
    }

    @Test
    void a_child_moves_to_the_next_band_on_the_birthday_and_not_the_day_before() {
        serve(school, LocalDate.of(2020, 3, 1));      // six today
        serve(school, LocalDate.of(2020, 3, 2));      // six tomorrow
        serve(school, LocalDate.of(2013, 3, 1));      // thirteen today
        serve(school, LocalDate.of(2013, 3, 2));
        serve(school, LocalDate.of(2010, 3, 1));      // sixteen today
        serve(school, LocalDate.of(2010, 3, 2));
        serve(school, LocalDate.of(2008, 3, 1));      // eighteen today
        serve(school, LocalDate.of(2008, 3, 2));
        serve(school, DAY);                            // born on the day
        serve(school, DAY.plusDays(1));                // not born yet: not served
        serve(school, null);                           // no birth date known

        assertThat(counts(DAY)).isEqualTo(Map.of(
                "SCHOOL AGE_0_5", 2,
                "SCHOOL AGE_6_12", 2,
                "SCHOOL AGE_13_15", 2,
                "SCHOOL AGE_16_17", 2,
                "SCHOOL AGE_18_AND_OVER", 1,
                "SCHOOL UNKNOWN", 1));
    }

    @Test
    void a_child_born_on_29_february_has_the_birthday_on_1_march_in_other_years() {
        serve(school, LocalDate.of(2020, 2, 29));

        assertThat(counts(LocalDate.of(2026, 2, 28))).isEqualTo(Map.of("SCHOOL AGE_0_5", 1));
        assertThat(counts(DAY)).isEqualTo(Map.of("SCHOOL AGE_6_12", 1));
        assertThat(counts(LocalDate.of(2032, 2, 29))).isEqualTo(Map.of("SCHOOL AGE_6_12", 1));
    }

    @Test
    void a_stay_counts_from_its_first_day_through_its_last() {
        LocalDate born = LocalDate.of(2016, 5, 5);
        stay(child(born), school, DAY, null);                          // starts on the day
        stay(child(born), school, DAY.plusDays(1), null);              // starts tomorrow
        stay(child(born), school, ALWAYS, DAY);                        // ends on the day
        stay(child(born), school, ALWAYS, DAY.minusDays(1));           // ended yesterday

        assertThat(counts(DAY)).isEqualTo(Map.of("SCHOOL AGE_6_12", 2));
    }

    @Test
    void a_child_counts_once_per_unit_type_however_many_units_of_it_serve_the_child() {
        long both = child(LocalDate.of(2021, 6, 1));
        stay(both, school, ALWAYS, null);
        stay(both, otherSchool, ALWAYS, null);
        stay(both, kindergarten, ALWAYS, null);
        long twice = child(LocalDate.of(2021, 6, 1));
        stay(twice, school, ALWAYS, DAY.minusDays(10));
        stay(twice, school, DAY.minusDays(9), null);                   // moved out and back: two rows, one unit

        assertThat(counts(DAY)).isEqualTo(Map.of("SCHOOL AGE_0_5", 2, "KINDERGARTEN AGE_0_5", 1));
    }

    @Test
    void the_municipality_counts_only_its_own_units_and_the_country_counts_them_too() {
        serve(school, LocalDate.of(2016, 5, 5));

        assertThat(counts(DAY)).isEqualTo(Map.of("SCHOOL AGE_6_12", 1));
        int countryBefore = country(DAY);
        serve(kindergarten, LocalDate.of(2022, 5, 5));
        assertThat(country(DAY)).isEqualTo(countryBefore + 1);
    }

    private Map<String, Integer> counts(LocalDate day) {
        Map<String, Integer> counts = new TreeMap<>();
        for (ServedFigures.Count count : repository.servedCounts(day, FigureScope.municipality(municipality))) {
            counts.merge(count.unitType() + " " + count.band(), count.count(), Integer::sum);
        }
        return counts;
    }

    private int country(LocalDate day) {
        List<ServedFigures.Count> counts = repository.servedCounts(day, FigureScope.country());
        return counts.stream().filter(count -> count.band() != AgeBand.UNKNOWN).mapToInt(ServedFigures.Count::count).sum();
    }

    private void serve(long unit, LocalDate born) {
        stay(child(born), unit, ALWAYS, null);
    }

    private long child(LocalDate born) {
        OffsetDateTime now = OffsetDateTime.of(2026, 3, 1, 9, 0, 0, 0, ZoneOffset.UTC);
        return jdbc.sql("""
                insert into child (given_name, family_name, birth_date, registered_by_unit_id, created_at, updated_at)
                values ('Kant', ?, ?, ?, ?, ?) returning id""")
                .params(unique("Kantesen"), born, school, now, now).query(Long.class).single();
    }

    private void stay(long child, long unit, LocalDate from, LocalDate to) {
        jdbc.sql("insert into child_unit (child_id, unit_id, from_date, to_date) values (?, ?, ?, ?)")
                .params(child, unit, from, to).update();
    }

    private long unit(String type) {
        OffsetDateTime now = OffsetDateTime.of(2026, 3, 1, 9, 0, 0, 0, ZoneOffset.UTC);
        return jdbc.sql("""
                insert into unit (municipality_id, name, type, active, created_at, updated_at)
                values (?, ?, ?, true, ?, ?) returning id""")
                .params(municipality, unique("Kantenhet"), type, now, now).query(Long.class).single();
    }
}
