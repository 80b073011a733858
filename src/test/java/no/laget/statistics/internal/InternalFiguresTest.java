package no.laget.statistics.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import no.laget.statistics.Attacker;
import no.laget.statistics.FigurePeriod;
import no.laget.statistics.FigureScope;
import no.laget.statistics.FigureSource;
import no.laget.statistics.FigureTable;
import no.laget.statistics.Suppression;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;

import static org.assertj.core.api.Assertions.assertThat;

/** Whatever modules hand in, what leaves InternalFigures shows no small count, hides no zero and gives none away. */
class InternalFiguresTest {

    private static final int THRESHOLD = 5;

    @Test
    void no_shown_count_is_small_no_zero_is_hidden_and_no_hidden_count_can_be_worked_out() {
        Random random = new Random(20260601);
        for (int round = 0; round < 300; round++) {
            int rows = 1 + random.nextInt(6);
            int columns = 1 + random.nextInt(6);
            int[][] counts = new int[rows][columns];
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < columns; c++) {
                    // many small counts, some zeros, some large: the cases that matter
                    counts[r][c] = random.nextInt(4) == 0 ? random.nextInt(40) : random.nextInt(8);
                }
            }
            FigureTable table = table("t" + round, counts);
            assertShownSafely(List.of(table), figuresFrom(table).tables(period(), FigureScope.country()));
        }
    }

    @Test
    void a_single_small_count_takes_a_second_one_with_it_in_its_row_and_column() {
        int[][] counts = {{2, 10, 12}, {9, 11, 13}};
        FigureTable table = table("a", counts);
        InternalFigures.ShownTable shown = figuresFrom(table).tables(period(), FigureScope.country()).getFirst();

        assertThat(shown.cells().get(0).get(0)).isEqualTo(":");
        // 2 alone would be 22 - 10 - 12 from its row: the row's smallest other count goes too, and so on
        assertThat(shown.cells().get(0).stream().filter(":"::equals).count()).isGreaterThanOrEqualTo(2);
        assertThat(shown.cells().stream().map(row -> row.get(0)).filter(":"::equals).count()).isGreaterThanOrEqualTo(2);
        assertShownSafely(List.of(table), List.of(shown));
    }

    @Test
    void tables_of_one_population_from_one_source_are_suppressed_together() {
        // Unit type x quarter and unit type x band over the same answers: the rows' totals are one number.
        // Alone, the first table would show row A's total (12) that the second hides, and give its 2 and 10 away.
        FigureTable quarters = new FigureTable("q", "Kvartal", "Type", List.of("A", "B", "C"), List.of("1", "2"),
                new int[][] {{2, 10}, {20, 30}, {25, 35}}, null, FigureTable.Population.of("svar", "type", "kvartal"));
        FigureTable bands = new FigureTable("b", "Skår", "Type", List.of("A", "B", "C"), List.of("lav", "høy"),
                new int[][] {{9, 3}, {25, 25}, {30, 30}}, null, FigureTable.Population.of("svar", "type", "skår"));
        DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
        beans.registerSingleton("source", (FigureSource) (period, scope) -> List.of(quarters, bands));
        List<InternalFigures.ShownTable> shown = new InternalFigures(beans.getBeanProvider(FigureSource.class),
                new Suppression(THRESHOLD)).tables(period(), FigureScope.country());

        assertThat(shown.get(0).rowTotals().getFirst()).isEqualTo(shown.get(1).rowTotals().getFirst());
        assertShownSafely(List.of(quarters, bands), shown);
    }

    @Test
    void every_source_s_tables_are_shown_in_the_sources_order_and_an_empty_table_shows_zero_totals() {
        FigureSource first = (period, scope) -> List.of(table("first", new int[][] {{7}}));
        FigureSource second = (period, scope) -> List.of(new FigureTable("empty", "Tom", "Rad", List.of(), List.of("K1", "K2"),
                new int[0][], null));
        DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
        beans.registerSingleton("first", first);
        beans.registerSingleton("second", second);
        List<InternalFigures.ShownTable> tables = new InternalFigures(beans.getBeanProvider(FigureSource.class),
                new Suppression(THRESHOLD)).tables(period(), FigureScope.country());

        assertThat(tables).extracting(InternalFigures.ShownTable::id).containsExactly("first", "empty");
        assertThat(tables.get(0).cells()).containsExactly(List.of("7"));
        assertThat(tables.get(1).columnTotals()).containsOnly("0");
        assertThat(tables.get(1).grandTotal()).isEqualTo("0");
    }

    /**
     * What the page shows of the tables: no count from 1 to the threshold, no zero hidden (a raw 0 is "0"), and the
     * attacker, over all the tables together, works out no hidden count from 1 to the threshold.
     */
    static void assertShownSafely(List<FigureTable> raw, List<InternalFigures.ShownTable> shown) {
        assertThat(shown).hasSameSizeAs(raw);
        List<Attacker.Shown> seen = new ArrayList<>();
        for (int t = 0; t < raw.size(); t++) {
            FigureTable table = raw.get(t);
            InternalFigures.ShownTable page = shown.get(t);
            assertThat(page.rowLabels()).isEqualTo(table.rowLabels());
            for (int r = 0; r < table.rowLabels().size(); r++) {
                for (int c = 0; c < table.columnLabels().size(); c++) {
                    assertShown(table.counts()[r][c], page.cells().get(r).get(c), table.id());
                }
            }
            List<String> everything = new ArrayList<>(page.rowTotals());
            everything.addAll(page.columnTotals());
            everything.add(page.grandTotal());
            for (String value : everything) {
                if (!value.equals(":")) {
                    assertShown(Integer.parseInt(value), value, table.id());
                }
            }
            seen.add(new Attacker.Shown(table, page.cells(), page.rowTotals(), page.columnTotals(), page.grandTotal()));
        }
        assertThat(Attacker.attack(seen, THRESHOLD)).as("hidden counts worked out")
                .noneMatch(found -> found.value() >= 1 && found.value() < THRESHOLD);
    }

    private static void assertShown(int count, String shown, String table) {
        if (count == 0) {
            assertThat(shown).as("a zero in %s", table).isEqualTo("0");
        } else if (count < THRESHOLD) {
            assertThat(shown).as("a small count in %s", table).isEqualTo(":");
        } else if (!shown.equals(":")) {
            assertThat(shown).isEqualTo(String.valueOf(count));
        }
    }

    private static InternalFigures figuresFrom(FigureTable table) {
        DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
        beans.registerSingleton("source", (FigureSource) (period, scope) -> List.of(table));
        return new InternalFigures(beans.getBeanProvider(FigureSource.class), new Suppression(THRESHOLD));
    }

    private static FigureTable table(String id, int[][] counts) {
        List<String> rows = new ArrayList<>();
        for (int r = 0; r < counts.length; r++) {
            rows.add("Rad " + r);
        }
        List<String> columns = new ArrayList<>();
        for (int c = 0; c < counts[0].length; c++) {
            columns.add("Kolonne " + c);
        }
        return new FigureTable(id, "Tabell " + id, "Rad", rows, columns, counts, null);
    }

    private static FigurePeriod period() {
        return FigurePeriod.of(2025, LocalDate.of(2026, 3, 1));
    }
}
