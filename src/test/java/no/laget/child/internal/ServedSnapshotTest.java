package no.laget.child.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import no.laget.statistics.FigureScope;
import no.laget.support.LagetTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The country's children served come from the night's snapshot of the day; a municipality's are counted live, and so
 * is a day without a snapshot. Each test uses a day of its own far from today, so other tests' children are the same
 * before and after.
 */
@LagetTest
class ServedSnapshotTest {

    @Autowired ServedSnapshot snapshot;
    @Autowired ChildRepository repository;
    @Autowired JdbcClient jdbc;

    @Test
    void the_country_reads_the_night_s_counts_until_the_next_night() {
        LocalDate day = LocalDate.of(2031, 5, 6);
        long school = anyUnit("SCHOOL");
        long municipality = jdbc.sql("select municipality_id from unit where id = ?").param(school).query(Long.class).single();
        Map<String, Integer> live = cells(repository.countServed(day, FigureScope.country()));

        snapshot.take(day);
        assertThat(cells(repository.servedCounts(day, FigureScope.country()))).isEqualTo(live);

        // a child who starts at the school that day, registered after the night's count
        int municipalityBefore = total(repository.servedCounts(day, FigureScope.municipality(municipality)));
        serve(school, day);
        assertThat(cells(repository.servedCounts(day, FigureScope.country()))).as("the night's snapshot").isEqualTo(live);
        assertThat(total(repository.servedCounts(day, FigureScope.municipality(municipality))))
                .as("a municipality counts live").isEqualTo(municipalityBefore + 1);
        assertThat(total(repository.servedCounts(day.plusDays(1), FigureScope.country())))
                .as("the next day has no snapshot yet: counted live").isEqualTo(total(live.values()) + 1);

        snapshot.take(day);
        assertThat(total(repository.servedCounts(day, FigureScope.country()))).as("taken again, replaced whole")
                .isEqualTo(total(live.values()) + 1);
    }

    @Test
    void a_day_with_a_snapshot_of_no_children_is_read_as_none() {
        LocalDate day = LocalDate.of(1990, 1, 2);
        snapshot.take(day);
        assertThat(repository.servedSnapshot(day)).hasValue(List.of());
        assertThat(repository.servedSnapshot(day.plusDays(1))).isEmpty();
    }

    private void serve(long unit, LocalDate from) {
        OffsetDateTime now = OffsetDateTime.of(2031, 5, 6, 9, 0, 0, 0, ZoneOffset.UTC);
        long child = jdbc.sql("""
                insert into child (given_name, family_name, birth_date, registered_by_unit_id, created_at, updated_at)
                values ('Natt', 'Tellesen', ?, ?, ?, ?) returning id""")
                .params(LocalDate.of(2024, 1, 1), unit, now, now).query(Long.class).single();
        jdbc.sql("insert into child_unit (child_id, unit_id, from_date) values (?, ?, ?)")
                .params(child, unit, from).update();
    }

    private long anyUnit(String type) {
        return jdbc.sql("select id from unit where type = ? and active order by id limit 1").param(type)
                .query(Long.class).single();
    }

    private static Map<String, Integer> cells(List<ServedFigures.Count> counts) {
        Map<String, Integer> cells = new TreeMap<>();
        counts.forEach(count -> cells.merge(count.unitType() + " " + count.band(), count.count(), Integer::sum));
        return cells;
    }

    private static int total(List<ServedFigures.Count> counts) {
        return counts.stream().mapToInt(ServedFigures.Count::count).sum();
    }

    private static int total(java.util.Collection<Integer> counts) {
        return counts.stream().mapToInt(Integer::intValue).sum();
    }
}
