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
    void hides_zero_like_any_other_small_count() {
        Table table = suppression.apply(new int[][] {{0, 7}, {6, 9}});

        assertThat(shown(table)).isEqualTo(": : | 7\n: : | 15\n6 16 | 22");
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
    void a_table_without_rows_ends_with_its_total_hidden() {
        Suppression.Table table = new Suppression(5).apply(new int[0][]);
        assertThat(table.rows()).isZero();
        assertThat(table.showGrandTotal()).isEqualTo(":");
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

    /**
     * Over a few thousand random tables: no shown count or total is below the threshold, and an attacker
     * who solves every row and column equation with one unknown, again and again with what they learnt,
     * recovers no hidden number.
     */
    @Test
    void no_small_count_is_shown_and_no_hidden_count_can_be_worked_out_from_totals() {
        Random random = new Random(20_240_501L);
        int tables = 5_000;
        int withSecondary = 0;
        for (int n = 0; n < tables; n++) {
            int threshold = 3 + random.nextInt(5);
            int rows = 1 + random.nextInt(6);
            int columns = 1 + random.nextInt(6);
            int[][] counts = new int[rows][columns];
            for (int[] row : counts) {
                for (int c = 0; c < columns; c++) {
                    row[c] = random.nextInt(31);
                }
            }
            int[][] original = Arrays.stream(counts).map(int[]::clone).toArray(int[][]::new);
            Table table = new Suppression(threshold).apply(counts);
            String what = "table " + n + " " + Arrays.deepToString(original) + " threshold " + threshold + "\n"
                    + shown(table);

            assertThat(table.counts()).as(what).isDeepEqualTo(original);
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < columns; c++) {
                    if (!table.hidden()[r][c]) {
                        assertThat(counts[r][c]).as(what).isGreaterThanOrEqualTo(threshold);
                    } else if (counts[r][c] >= threshold) {
                        withSecondary++;
                    }
                }
                if (!table.rowTotalHidden()[r]) {
                    assertThat(table.rowTotals()[r]).as(what).isGreaterThanOrEqualTo(threshold);
                }
            }
            for (int c = 0; c < columns; c++) {
                if (!table.columnTotalHidden()[c]) {
                    assertThat(table.columnTotals()[c]).as(what).isGreaterThanOrEqualTo(threshold);
                }
            }
            if (!table.grandTotalHidden()) {
                assertThat(table.grandTotal()).as(what).isGreaterThanOrEqualTo(threshold);
            }
            assertThat(recoverable(table)).as(what).isEmpty();
        }
        assertThat(withSecondary).as("the random tables exercise secondary suppression").isGreaterThan(1_000);
    }

    /** What an attacker learns by solving equations with one unknown until nothing more comes out. */
    private static List<String> recoverable(Table table) {
        int rows = table.rows();
        int columns = table.columns();
        // unknown terms: cells [r][c], row totals [r][columns], column totals [rows][c], grand total [rows][columns]
        boolean[][] unknown = new boolean[rows + 1][columns + 1];
        long[][] value = new long[rows + 1][columns + 1];
        for (int r = 0; r <= rows; r++) {
            for (int c = 0; c <= columns; c++) {
                boolean cell = r < rows && c < columns;
                unknown[r][c] = cell ? table.hidden()[r][c]
                        : r < rows ? table.rowTotalHidden()[r]
                        : c < columns ? table.columnTotalHidden()[c] : table.grandTotalHidden();
                value[r][c] = unknown[r][c] ? Long.MIN_VALUE : Long.parseLong(
                        cell ? table.show(r, c) : r < rows ? table.showRowTotal(r)
                                : c < columns ? table.showColumnTotal(c) : table.showGrandTotal());
            }
        }
        List<String> learnt = new ArrayList<>();
        boolean progress = true;
        while (progress) {
            progress = false;
            // every row r (0..rows, the last being the column totals) and column c sums to its last term
            for (int r = 0; r <= rows; r++) {
                progress |= solve(unknown[r], value[r], "row " + r, learnt);
            }
            for (int c = 0; c <= columns; c++) {
                boolean[] u = new boolean[rows + 1];
                long[] v = new long[rows + 1];
                for (int r = 0; r <= rows; r++) {
                    u[r] = unknown[r][c];
                    v[r] = value[r][c];
                }
                if (solve(u, v, "column " + c, learnt)) {
                    for (int r = 0; r <= rows; r++) {
                        unknown[r][c] = u[r];
                        value[r][c] = v[r];
                    }
                    progress = true;
                }
            }
        }
        return learnt;
    }

    private static boolean solve(boolean[] unknown, long[] value, String where, List<String> learnt) {
        int last = unknown.length - 1;
        int missing = -1;
        int count = 0;
        for (int i = 0; i <= last; i++) {
            if (unknown[i]) {
                missing = i;
                count++;
            }
        }
        if (count != 1) {
            return false;
        }
        long sum = 0;
        for (int i = 0; i < last; i++) {
            if (i != missing) {
                sum += value[i];
            }
        }
        value[missing] = missing == last ? sum : value[last] - sum;
        unknown[missing] = false;
        learnt.add(where + " term " + missing + " = " + value[missing]);
        return true;
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
