package no.laget.casework.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;

import no.laget.access.AccessDoor;
import no.laget.casework.Cases;
import no.laget.platform.security.SignedInUser;
import no.laget.platform.time.Oslo;
import no.laget.statistics.FigurePeriod;
import no.laget.statistics.FigureScope;
import no.laget.statistics.FigureTable;
import no.laget.support.ChildFixtures;
import no.laget.support.LagetTest;
import no.laget.support.MovableClock;
import no.laget.support.TestChildren;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static no.laget.support.BestInterestNotesFixture.heard;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Casework's figure tables count what the services wrote. The shared test database holds other tests' (and the
 * demo's) data, so the test compares each cell before and after its own small dataset.
 */
@LagetTest
class CaseworkFiguresTest {

    /** ChildFixtures registers every child with this birth date. */
    private static final LocalDate BORN = LocalDate.of(2016, 4, 12);

    @Autowired CaseworkFigures figures;
    @Autowired Concerns concerns;
    @Autowired Cases cases;
    @Autowired RelayLog relayLog;
    @Autowired ChildFixtures fixtures;
    @Autowired Clock clock;
    @Autowired JdbcClient jdbc;

    @AfterEach
    void resetClock() {
        ((MovableClock) clock).reset();
    }

    @Test
    void concerns_cases_time_to_measure_and_evaluations_are_counted_by_level_unit_type_and_age() {
        LocalDate start = today();
        // Counts that depend on today (overdue, not yet started) are compared on the same day: the one 20 days on.
        MovableClock movable = (MovableClock) clock;
        movable.advance(Duration.ofDays(20));
        List<FigureTable> before = tables(start);
        movable.reset();
        SignedInUser ansatt = fixtures.user("ansatt");

        // A concern still being wondered about, one closed without a measure, and one that becomes a case.
        long waiting = fixtures.childOf("ansatt", TestChildren.familyName());
        concerns.write(ansatt, waiting, new ConcernForm(start.toString(), "Sitter mye alene i utetiden.", null, null).toCommand());
        long closed = fixtures.childOf("ansatt", TestChildren.familyName());
        long closedConcern = concerns.write(ansatt, closed, new ConcernForm(start.toString(), "Var stille en uke.", null, null).toCommand());
        concerns.decide(ansatt, closedConcern, new DecisionForm("CLOSE", "Gikk over av seg selv", "0").toCommand());
        long child = fixtures.childOf("ansatt", TestChildren.familyName());
        fixtures.consent("ansatt", child, ansatt.unitId(), start.minusDays(1), start.plusYears(1), "RELAY_LOG");
        long concern = concerns.write(ansatt, child, new ConcernForm(start.toString(), "Bruker få ord.", null, null).toCommand());
        concerns.decide(ansatt, concern, new DecisionForm("LEVEL_1", "Språktiltak", "0").toCommand());

        // 20 days later the case opens; its first measure started 17 days after the concern was written.
        movable.advance(Duration.ofDays(20));
        LocalDate today = today();
        long caseId = cases.open(ansatt, child, new CaseForms.Open("1", String.valueOf(ansatt.employeeId()), "",
                String.valueOf(concern)).toCommand());
        String me = "employee:" + ansatt.employeeId();
        relayLog.addMeasure(ansatt, caseId, new CaseForms.Measure("Språkgruppe", me, today.minusDays(3).toString(),
                today.minusDays(2).toString(), null).toCommand());
        long late = relayLog.addMeasure(ansatt, caseId, new CaseForms.Measure("Lesing hjemme", me,
                today.minusDays(3).toString(), today.minusDays(1).toString(), null).toCommand());
        long onTime = relayLog.addMeasure(ansatt, caseId, new CaseForms.Measure("Fast voksen", me,
                today.minusDays(3).toString(), today.plusDays(5).toString(), null).toCommand());
        relayLog.evaluate(ansatt, caseId, new CaseForms.Evaluation(String.valueOf(late), "BETTER", "Bedre", "Liker det",
                today.toString(), "").toCommand());
        relayLog.evaluate(ansatt, caseId, new CaseForms.Evaluation(String.valueOf(onTime), "UNCHANGED", "Som før",
                "Vet ikke", today.toString(), today.plusDays(30).toString()).toCommand());
        cases.changeLevel(ansatt, caseId, new CaseForms.Level("2", "Trenger helsestasjonen",
                String.valueOf(cases.get(ansatt, caseId).version()), heard()).toCommand());

        List<FigureTable> after = tables(start);
        String kindergarten = "Barnehage";
        String band = band(start);
        assertThat(delta(before, after, "casework-levels-unit-type", kindergarten, "Nivå 0 (undring)")).isEqualTo(3);
        assertThat(delta(before, after, "casework-levels-unit-type", kindergarten, "Nivå 1")).isZero();
        assertThat(delta(before, after, "casework-levels-unit-type", kindergarten, "Nivå 2")).isEqualTo(1);
        assertThat(delta(before, after, "casework-levels-age", "Nivå 0 (undring)", band)).isEqualTo(3);
        assertThat(delta(before, after, "casework-levels-age", "Nivå 2", band)).isEqualTo(1);
        assertThat(delta(before, after, "casework-time-to-measure", kindergarten, "15–30 dager")).isEqualTo(1);
        assertThat(delta(before, after, "casework-time-to-measure", kindergarten, "0–14 dager")).isZero();
        assertThat(delta(before, after, "casework-time-to-measure", kindergarten, "Ingen tiltak ennå")).isEqualTo(1);
        assertThat(delta(before, after, "casework-time-to-measure", kindergarten, "Avsluttet uten tiltak")).isEqualTo(1);
        assertThat(delta(before, after, "casework-evaluations", kindergarten, "Evaluert i tide")).isEqualTo(1);
        assertThat(delta(before, after, "casework-evaluations", kindergarten, "Evaluert for sent")).isEqualTo(1);
        assertThat(delta(before, after, "casework-evaluations", kindergarten, "Ikke evaluert, over fristen")).isEqualTo(1);
    }

    @Test
    void a_year_without_casework_has_every_row_and_column_with_zeros() {
        List<FigureTable> tables = figures.tables(FigurePeriod.of(2020, today()), FigureScope.country());
        assertThat(tables).extracting(FigureTable::id).containsExactly("casework-levels-unit-type", "casework-levels-age",
                "casework-time-to-measure", "casework-evaluations");
        for (int t : new int[] {0, 2, 3}) {
            assertThat(tables.get(t).rowLabels()).as(tables.get(t).id()).containsExactly("Helsestasjon", "Barnehage",
                    "Skole", "SFO", "PPT", "Barnevern", "NAV", "BUP", "Familiens hus", "Annen tjeneste");
        }
        assertThat(tables.get(1).rowLabels()).containsExactly("Nivå 0 (undring)", "Nivå 1", "Nivå 2", "Nivå 3");
        for (FigureTable table : tables) {
            assertThat(java.util.Arrays.stream(table.counts()).flatMapToInt(java.util.Arrays::stream).sum()).isZero();
        }
    }

    @Test
    void the_tables_that_count_the_same_concerns_say_so_and_agree() {
        List<FigureTable> tables = figures.tables(FigurePeriod.of(today().getYear(), today()), FigureScope.country());
        FigureTable byUnit = tables.get(0);
        FigureTable byAge = tables.get(1);
        FigureTable byDelay = tables.get(2);
        assertThat(byUnit.population().name()).isEqualTo(byAge.population().name()).isEqualTo(byDelay.population().name());
        assertThat(byDelay.population().fixed()).containsEntry("level", "Nivå 0 (undring)");
        for (int r = 0; r < byUnit.rowLabels().size(); r++) {
            assertThat(java.util.Arrays.stream(byDelay.counts()[r]).sum()).as(byUnit.rowLabels().get(r))
                    .isEqualTo(byUnit.counts()[r][0]);
        }
        // the per-level totals of the two level tables are one number: Suppression refuses them if they differ
        assertThat(new no.laget.statistics.Suppression(5).apply(tables)).hasSize(4);
    }

    @Test
    void a_child_one_day_short_of_six_is_in_the_youngest_band_and_on_the_birthday_in_the_next() {
        // On 1 March 2026 PostgreSQL's age() of a child born 2 March 2020 is "5 years 11 mons 30 days", which compares
        // equal to interval '6 years' (30-day months): the band must come from the dates, not from that comparison.
        LocalDate day = LocalDate.of(2026, 3, 1);
        ((MovableClock) clock).set(day.atTime(10, 0).atZone(Oslo.ZONE).toInstant());
        FigurePeriod period = FigurePeriod.of(2026, day);
        List<FigureTable> before = figures.tables(period, FigureScope.country());
        SignedInUser ansatt = fixtures.user("ansatt");
        for (LocalDate born : List.of(LocalDate.of(2020, 3, 2), LocalDate.of(2020, 3, 1))) {
            long child = fixtures.childOf("ansatt", TestChildren.familyName());
            jdbc.sql("update child set birth_date = ? where id = ?").params(born, child).update();
            concerns.write(ansatt, child, new ConcernForm(day.toString(), "Sitter mye alene.", null, null).toCommand());
        }

        List<FigureTable> after = figures.tables(period, FigureScope.country());
        assertThat(delta(before, after, "casework-levels-age", "Nivå 0 (undring)", "0–5 år")).isEqualTo(1);
        assertThat(delta(before, after, "casework-levels-age", "Nivå 0 (undring)", "6–12 år")).isEqualTo(1);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Oslo.ZONE));
    }

    private static String band(LocalDate on) {
        int years = Period.between(BORN, on).getYears();
        return years < 6 ? "0–5 år" : years < 13 ? "6–12 år" : years < 16 ? "13–15 år" : years < 18 ? "16–17 år"
                : "18 år og eldre";
    }

    /** The tables of every year from the first day of data to today (a test near new year spans two). */
    private List<FigureTable> tables(LocalDate start) {
        return java.util.stream.IntStream.rangeClosed(start.getYear(), start.plusDays(25).getYear())
                .mapToObj(year -> figures.tables(FigurePeriod.of(year, today()), FigureScope.country()))
                .flatMap(List::stream).toList();
    }

    static int delta(List<FigureTable> before, List<FigureTable> after, String id, String row, String column) {
        return cell(after, id, row, column) - cell(before, id, row, column);
    }

    /** A cell summed over every table with the id (one per year), 0 when its row is not there. */
    static int cell(List<FigureTable> tables, String id, String row, String column) {
        int sum = 0;
        for (FigureTable table : tables) {
            if (table.id().equals(id) && table.rowLabels().contains(row)) {
                sum += table.counts()[table.rowLabels().indexOf(row)][table.columnLabels().indexOf(column)];
            }
        }
        return sum;
    }
}
