package no.laget.statistics.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import no.laget.statistics.FigurePeriod;
import no.laget.statistics.FigureSource;
import no.laget.statistics.FigureTable;
import no.laget.statistics.Suppression;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;

import static org.assertj.core.api.Assertions.assertThat;

/** Whatever a module hands in, what leaves InternalFigures shows no count below the threshold and gives none away. */
class InternalFiguresTest {

    private static final int THRESHOLD = 5;

    @Test
    void no_shown_count_is_below_the_threshold_and_no_equation_has_exactly_one_hidden_term() {
        Random random = new Random(20260601);
        for (int round = 0; round < 2000; round++) {
            int rows = 1 + random.nextInt(6);
            int columns = 1 + random.nextInt(6);
            int[][] counts = new int[rows][columns];
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < columns; c++) {
                    // many small counts, some zeros, some large: the cases that matter
                    counts[r][c] = random.nextInt(4) == 0 ? random.nextInt(40) : random.nextInt(8);
                }
            }
            InternalFigures.ShownTable shown = figuresFrom(table("t" + round, counts)).tables(period()).getFirst();
            assertShownSafely(shown);
        }
    }

    @Test
    void a_single_small_count_takes_a_second_one_with_it_in_its_row_and_column() {
        int[][] counts = {{2, 10, 12}, {9, 11, 13}};
        InternalFigures.ShownTable shown = figuresFrom(table("a", counts)).tables(period()).getFirst();

        assertThat(shown.cells().get(0).get(0)).isEqualTo(":");
        // 2 alone would be 22 - 10 - 12 from its row: the row's smallest other count goes too, and so on
        assertThat(shown.cells().get(0).stream().filter(":"::equals).count()).isGreaterThanOrEqualTo(2);
        assertThat(shown.cells().stream().map(row -> row.get(0)).filter(":"::equals).count()).isGreaterThanOrEqualTo(2);
        assertShownSafely(shown);
    }

    @Test
    void every_source_s_tables_are_shown_in_the_sources_order_and_an_empty_table_shows_no_totals() {
        FigureSource first = period -> List.of(table("first", new int[][] {{7}}));
        FigureSource second = period -> List.of(new FigureTable("empty", "Tom", "Rad", List.of(), List.of("K1", "K2"),
                new int[0][], null));
        DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
        beans.registerSingleton("first", first);
        beans.registerSingleton("second", second);
        List<InternalFigures.ShownTable> tables = new InternalFigures(beans.getBeanProvider(FigureSource.class),
                new Suppression(THRESHOLD)).tables(period());

        assertThat(tables).extracting(InternalFigures.ShownTable::id).containsExactly("first", "empty");
        assertThat(tables.get(0).cells()).containsExactly(List.of("7"));
        assertThat(tables.get(1).columnTotals()).containsOnly(":");
        assertThat(tables.get(1).grandTotal()).isEqualTo(":");
    }

    static void assertShownSafely(InternalFigures.ShownTable shown) {
        List<String> everything = new ArrayList<>();
        shown.cells().forEach(everything::addAll);
        everything.addAll(shown.rowTotals());
        everything.addAll(shown.columnTotals());
        everything.add(shown.grandTotal());
        for (String value : everything) {
            if (!value.equals(":")) {
                assertThat(Integer.parseInt(value)).as("a shown count").isGreaterThanOrEqualTo(THRESHOLD);
            }
        }
        for (int r = 0; r < shown.cells().size(); r++) {
            List<String> equation = new ArrayList<>(shown.cells().get(r));
            equation.add(shown.rowTotals().get(r));
            assertThat(equation.stream().filter(":"::equals).count()).as("hidden terms in row %s", r).isNotEqualTo(1L);
        }
        for (int c = 0; c < shown.columnTotals().size(); c++) {
            List<String> equation = new ArrayList<>();
            for (List<String> row : shown.cells()) {
                equation.add(row.get(c));
            }
            equation.add(shown.columnTotals().get(c));
            assertThat(equation.stream().filter(":"::equals).count()).as("hidden terms in column %s", c).isNotEqualTo(1L);
        }
        List<String> rowTotals = new ArrayList<>(shown.rowTotals());
        rowTotals.add(shown.grandTotal());
        assertThat(rowTotals.stream().filter(":"::equals).count()).isNotEqualTo(1L);
        List<String> columnTotals = new ArrayList<>(shown.columnTotals());
        columnTotals.add(shown.grandTotal());
        assertThat(columnTotals.stream().filter(":"::equals).count()).isNotEqualTo(1L);
    }

    private static InternalFigures figuresFrom(FigureTable table) {
        DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
        beans.registerSingleton("source", (FigureSource) period -> List.of(table));
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
