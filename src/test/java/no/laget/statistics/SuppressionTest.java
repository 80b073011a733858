package no.laget.statistics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import no.laget.statistics.Suppression.Table;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SuppressionTest {

    private final Suppression suppression = new Suppression(5);

    @Test
    void shows_a_table_without_small_counts_as_it_is() {
        Table table = suppression.apply(new int[][] {{10, 20}, {30, 40}});

        assertThat(shown(table)).isEqualTo("10 20 | 30\n30 40 | 70\n40 60 | 100");
    }

    @Test
    void hides_a_small_count_and_enough_others_that_no_total_gives_it_away() {
        Table table = suppression.apply(new int[][] {{3, 10, 12}, {8, 9, 20}});

        // 3 is small; 10 then hides it in its row, 8 in its column, and 9 protects 10 in the middle column
        assertThat(shown(table)).isEqualTo(": : 12 | 25\n: : 20 | 37\n11 19 32 | 62");
    }

    @Test
    void shows_a_zero_as_0() {
        Table table = suppression.apply(new int[][] {{0, 7}, {6, 9}});

        assertThat(shown(table)).isEqualTo("0 7 | 7\n6 9 | 15\n6 16 | 22");
    }

    @Test
    void a_small_total_is_hidden_and_protected_too() {
        Table table = suppression.apply(new int[][] {{1, 2}, {10, 10}});

        // the first row's total (3) is small; the second row's total goes too, or the grand total would tell
        assertThat(shown(table)).isEqualTo(": : | :\n: : | :\n11 12 | 23");
    }

    @Test
    void a_single_small_cell_hides_the_whole_table() {
        assertThat(shown(suppression.apply(new int[][] {{4}}))).isEqualTo(": | :\n: | :");
        assertThat(shown(suppression.apply(new int[][] {{5}}))).isEqualTo("5 | 5\n5 | 5");
    }

    @Test
    @org.junit.jupiter.api.Timeout(5)
    void a_table_without_rows_ends_with_its_total_zero() {
        Suppression.Table table = new Suppression(5).apply(new int[0][]);
        assertThat(table.rows()).isZero();
        assertThat(table.showGrandTotal()).isEqualTo("0");
    }

    @Test
    void the_threshold_is_a_setting_but_never_below_three() {
        assertThat(shown(new Suppression(3).apply(new int[][] {{3, 4}, {5, 6}}))).isEqualTo("3 4 | 7\n5 6 | 11\n8 10 | 18");
        assertThatThrownBy(() -> new Suppression(2)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("at least 3");
    }

    @Test
    void the_application_refuses_to_start_with_a_threshold_below_three() {
        ApplicationContextRunner runner = new ApplicationContextRunner()
                .withUserConfiguration(no.laget.statistics.internal.StatisticsConfigAccess.configuration());
        runner.withPropertyValues("laget.statistics.suppression-threshold=2")
                .run(context -> assertThat(context).hasFailed());
        runner.run(context -> assertThat(context.getBean(Suppression.class).threshold()).isEqualTo(5));
        runner.withPropertyValues("laget.statistics.suppression-threshold=7")
                .run(context -> assertThat(context.getBean(Suppression.class).threshold()).isEqualTo(7));
    }

    @Test
    void a_quarter_whose_total_is_the_year_s_total_shows_the_other_quarters_as_zero_and_gives_nothing_away() {
        // One unit type had everything in the first quarter: the other quarters are 0 whatever is hidden, so they
        // are shown as 0 (hidden, they could be worked out as 24 - 24 = 0 and told which cells around were small).
        int[][] counts = {{12, 0, 0, 0}, {3, 0, 0, 0}, {9, 0, 0, 0}};
        Table table = suppression.apply(counts);

        assertThat(table.show(0, 1)).isEqualTo("0");
        assertThat(table.show(1, 0)).isEqualTo(":");
        assertThat(table.showColumnTotal(3)).isEqualTo("0");
        assertThat(Attacker.attack(List.of(Attacker.Shown.of(anonymous(counts), table))))
                .noneMatch(found -> found.value() >= 1 && found.value() < 5);
    }

    @Test
    void two_small_counts_that_must_be_one_each_are_protected_from_the_bound() {
        // Row 0: 1 + 1 + 20 = 22. Hiding the two 1s alone tells 1 + 1 = 2, and as a hidden number is at least 1,
        // both are 1. More must be hidden until another whole-number table fits what is shown.
        int[][] counts = {{1, 1, 20}, {30, 40, 50}, {25, 35, 45}};
        Table table = suppression.apply(counts);

        assertThat(table.show(0, 0)).isEqualTo(":");
        assertThat(table.show(0, 1)).isEqualTo(":");
        assertThat(Attacker.attack(List.of(Attacker.Shown.of(anonymous(counts), table))))
                .noneMatch(found -> found.value() >= 1 && found.value() < 5);
    }

    @Test
    void cells_joined_by_a_hidden_bridge_between_two_hidden_blocks_are_protected_from_the_combined_equations() {
        // Two blocks of small counts joined by one more small count (0,2): no row or column has exactly one hidden
        // number, but adding rows 0-1 and subtracting columns 0-1 gives (0,2) away. Tables suppressed one equation
        // at a time missed this; the whole system does not.
        int[][] counts = {{2, 3, 1, 30, 40}, {3, 2, 40, 30, 40}, {40, 40, 2, 3, 40}, {40, 40, 3, 2, 40},
                {40, 40, 40, 40, 40}};
        Table table = suppression.apply(counts);

        assertThat(Attacker.attack(List.of(Attacker.Shown.of(anonymous(counts), table))))
                .noneMatch(found -> found.value() >= 1 && found.value() < 5);
    }

    /**
     * Over many random tables and random sets of linked tables (shared margins, one table restricted to a category
     * of another, units within unit types): no count from 1 to the threshold is shown, no zero is hidden, and the
     * attacker, over all the tables of a population together, pins down no hidden small count.
     */
    @Test
    void no_small_count_is_shown_and_none_can_be_worked_out_from_all_the_tables_together() {
        Random random = new Random(20_260_601L);
        int secondary = 0;
        long started = java.lang.System.nanoTime();
        for (int n = 0; n < 250; n++) {
            int threshold = 3 + random.nextInt(4);
            List<FigureTable> tables = RandomPopulations.any(random, n % 4);
            List<Table> suppressed = new Suppression(threshold).apply(tables);
            List<Attacker.Shown> shown = new ArrayList<>();
            for (int t = 0; t < tables.size(); t++) {
                shown.add(Attacker.Shown.of(tables.get(t), suppressed.get(t)));
                secondary += checkShown(tables.get(t), suppressed.get(t), threshold, "population " + n);
            }
            for (Attacker.Found found : Attacker.attack(shown, threshold)) {
                assertThat(found.value() >= 1 && found.value() < threshold).as("population %s: %s, threshold %s, %s",
                        n, found, threshold, describe(tables, suppressed)).isFalse();
            }
        }
        assertThat(secondary).as("the random tables exercise secondary suppression").isGreaterThan(200);
        assertThat((java.lang.System.nanoTime() - started) / 1_000_000_000.0).as("seconds").isLessThan(20);
    }

    @Test
    void tables_of_one_population_suppressed_one_at_a_time_give_counts_away_that_suppressed_together_they_keep() {
        Random random = new Random(7);
        int leaksAlone = 0;
        for (int n = 0; n < 120; n++) {
            List<FigureTable> tables = RandomPopulations.any(random, 1 + n % 3);
            List<Attacker.Shown> alone = new ArrayList<>();
            for (FigureTable table : tables) {
                alone.add(Attacker.Shown.of(table, suppression.apply(List.of(alone(table))).getFirst()));
            }
            if (Attacker.attack(alone, 5).stream().anyMatch(found -> found.value() >= 1 && found.value() < 5)) {
                leaksAlone++;
                List<Table> together = suppression.apply(tables);
                List<Attacker.Shown> shown = new ArrayList<>();
                for (int t = 0; t < tables.size(); t++) {
                    shown.add(Attacker.Shown.of(tables.get(t), together.get(t)));
                }
                assertThat(Attacker.attack(shown, 5)).noneMatch(found -> found.value() >= 1 && found.value() < 5);
            }
        }
        assertThat(leaksAlone).as("one table at a time leaks").isPositive();
    }

    @Test
    void two_tables_that_count_the_same_thing_differently_are_refused() {
        FigureTable a = new FigureTable("a", "A", "", List.of("x"), List.of("1"), new int[][] {{7}}, null,
                FigureTable.Population.of("p", "u", "q"));
        FigureTable b = new FigureTable("b", "B", "", List.of("x"), List.of("lav"), new int[][] {{8}}, null,
                FigureTable.Population.of("p", "u", "band"));
        assertThatThrownBy(() -> suppression.apply(List.of(a, b))).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("count the same thing differently");
    }

    /** The table with its own population, as if published alone. */
    private static FigureTable alone(FigureTable table) {
        return new FigureTable(table.id(), table.title(), table.rowHeading(), table.rowLabels(), table.columnLabels(),
                table.counts(), table.note());
    }

    private static FigureTable anonymous(int[][] counts) {
        List<String> rows = java.util.stream.IntStream.range(0, counts.length).mapToObj(String::valueOf).toList();
        List<String> columns = java.util.stream.IntStream.range(0, counts[0].length).mapToObj(String::valueOf).toList();
        return new FigureTable("table", "", "", rows, columns, counts, null);
    }

    /** Shown numbers are 0 or at least the threshold; zeros are never hidden; returns the secondary suppressions. */
    private static int checkShown(FigureTable structure, Table table, int threshold, String what) {
        int secondary = 0;
        List<long[]> places = new ArrayList<>();
        for (int r = 0; r < table.rows(); r++) {
            for (int c = 0; c < structure.columnLabels().size(); c++) {
                places.add(new long[] {table.counts()[r][c], table.hidden()[r][c] ? 1 : 0});
            }
            places.add(new long[] {table.rowTotals()[r], table.rowTotalHidden()[r] ? 1 : 0});
        }
        for (int c = 0; c < structure.columnLabels().size(); c++) {
            places.add(new long[] {table.columnTotals()[c], table.columnTotalHidden()[c] ? 1 : 0});
        }
        places.add(new long[] {table.grandTotal(), table.grandTotalHidden() ? 1 : 0});
        for (long[] place : places) {
            boolean hidden = place[1] == 1;
            if (hidden) {
                assertThat(place[0]).as("%s: a hidden zero", what).isNotZero();
                if (place[0] >= threshold) {
                    secondary++;
                }
            } else {
                assertThat(place[0] >= 1 && place[0] < threshold).as("%s: a shown small count %s", what, place[0])
                        .isFalse();
            }
        }
        return secondary;
    }

    private static String describe(List<FigureTable> tables, List<Table> suppressed) {
        StringBuilder text = new StringBuilder();
        for (int t = 0; t < tables.size(); t++) {
            text.append('\n').append(tables.get(t).id()).append(' ').append(tables.get(t).population()).append('\n')
                    .append(shown(suppressed.get(t)));
        }
        return text.toString();
    }

    /** The table as people see it: counts, "|", the row total; the last line the column totals and grand total. */
    private static String shown(Table table) {
        StringBuilder text = new StringBuilder();
        for (int r = 0; r < table.rows(); r++) {
            for (int c = 0; c < table.columns(); c++) {
                text.append(table.show(r, c)).append(' ');
            }
            text.append("| ").append(table.showRowTotal(r)).append('\n');
        }
        for (int c = 0; c < table.columns(); c++) {
            text.append(table.showColumnTotal(c)).append(' ');
        }
        return text.append("| ").append(table.showGrandTotal()).toString();
    }
}
