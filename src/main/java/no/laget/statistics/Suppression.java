package no.laget.statistics;

import java.util.ArrayList;
import java.util.List;

/**
 * Suppression of small counts in a two-way table with row, column and grand totals (docs/domain.md rule 36).
 * <p>
 * Primary: every count below the threshold is hidden, zero included: "nobody in this class" is as
 * revealing as "two", and a zero that shows would tell which cells around it are small. A total below the
 * threshold is hidden as well.
 * <p>
 * Secondary: each total and the counts it sums form one equation (row: cells = row total; column: cells =
 * column total; and row totals = grand total = column totals). An equation with exactly one hidden term
 * gives that term away, so another is hidden: the smallest count still shown (a total only when no count is
 * left). This repeats until no equation has exactly one hidden term.
 * <p>
 * This stops recovery from any single row or column. It does not bound what someone could narrow a
 * hidden cell down to by combining several equations (interval attacks), which is what dedicated tools
 * such as tau-Argus do; internal figures in Laget are small tables, where this rule is the usual practice.
 */
public final class Suppression {

    public static final int DEFAULT_THRESHOLD = 5;
    /** docs/domain.md rule 36: never lower than 3. */
    public static final int LOWEST_THRESHOLD = 3;
    public static final String HIDDEN = ":";

    private final int threshold;

    public Suppression(int threshold) {
        if (threshold < LOWEST_THRESHOLD) {
            throw new IllegalStateException("laget.statistics.suppression-threshold must be at least "
                    + LOWEST_THRESHOLD + ", was " + threshold);
        }
        this.threshold = threshold;
    }

    public int threshold() {
        return threshold;
    }

    /** A table after suppression; the counts are kept for the caller, but only {@link #show} is for people. */
    public record Table(int[][] counts, boolean[][] hidden, int[] rowTotals, boolean[] rowTotalHidden,
            int[] columnTotals, boolean[] columnTotalHidden, int grandTotal, boolean grandTotalHidden) {

        public int rows() {
            return counts.length;
        }

        public int columns() {
            return counts.length == 0 ? 0 : counts[0].length;
        }

        public String show(int row, int column) {
            return hidden[row][column] ? HIDDEN : String.valueOf(counts[row][column]);
        }

        public String showRowTotal(int row) {
            return rowTotalHidden[row] ? HIDDEN : String.valueOf(rowTotals[row]);
        }

        public String showColumnTotal(int column) {
            return columnTotalHidden[column] ? HIDDEN : String.valueOf(columnTotals[column]);
        }

        public String showGrandTotal() {
            return grandTotalHidden ? HIDDEN : String.valueOf(grandTotal);
        }
    }

    /** One term of an equation: a count (row, column), a row total (row, -1), a column total (-1, column) or the grand total (-1, -1). */
    private record Term(int row, int column) {}

    public Table apply(int[][] input) {
        int rows = input.length;
        int columns = rows == 0 ? 0 : input[0].length;
        int[][] counts = new int[rows][];
        for (int r = 0; r < rows; r++) {
            if (input[r].length != columns) {
                throw new IllegalArgumentException("Row " + r + " has " + input[r].length + " columns, not " + columns);
            }
            counts[r] = input[r].clone();
            for (int count : counts[r]) {
                if (count < 0) {
                    throw new IllegalArgumentException("Counts cannot be negative");
                }
            }
        }
        int[] rowTotals = new int[rows];
        int[] columnTotals = new int[columns];
        int grandTotal = 0;
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                rowTotals[r] += counts[r][c];
                columnTotals[c] += counts[r][c];
                grandTotal += counts[r][c];
            }
        }
        State state = new State(counts, rowTotals, columnTotals, grandTotal);
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                state.hidden[r][c] = counts[r][c] < threshold;
            }
            state.rowTotalHidden[r] = rowTotals[r] < threshold;
        }
        for (int c = 0; c < columns; c++) {
            state.columnTotalHidden[c] = columnTotals[c] < threshold;
        }
        state.grandTotalHidden = grandTotal < threshold;

        List<List<Term>> equations = equations(rows, columns);
        boolean changed = true;
        while (changed) {
            changed = false;
            for (List<Term> equation : equations) {
                long hiddenTerms = equation.stream().filter(state::isHidden).count();
                if (hiddenTerms == 1) {
                    Term next = smallestShown(equation, state);
                    // An equation of a table without counts is its hidden total alone: nothing more to hide.
                    if (!state.isHidden(next)) {
                        state.hide(next);
                        changed = true;
                    }
                }
            }
        }
        return new Table(counts, state.hidden, rowTotals, state.rowTotalHidden, columnTotals,
                state.columnTotalHidden, grandTotal, state.grandTotalHidden);
    }

    /** Each equation lists the summed terms first and the total last. */
    private static List<List<Term>> equations(int rows, int columns) {
        List<List<Term>> equations = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            List<Term> row = new ArrayList<>();
            for (int c = 0; c < columns; c++) {
                row.add(new Term(r, c));
            }
            row.add(new Term(r, -1));
            equations.add(row);
        }
        for (int c = 0; c < columns; c++) {
            List<Term> column = new ArrayList<>();
            for (int r = 0; r < rows; r++) {
                column.add(new Term(r, c));
            }
            column.add(new Term(-1, c));
            equations.add(column);
        }
        List<Term> rowTotals = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            rowTotals.add(new Term(r, -1));
        }
        rowTotals.add(new Term(-1, -1));
        List<Term> columnTotals = new ArrayList<>();
        for (int c = 0; c < columns; c++) {
            columnTotals.add(new Term(-1, c));
        }
        columnTotals.add(new Term(-1, -1));
        equations.add(rowTotals);
        equations.add(columnTotals);
        return equations;
    }

    /** The smallest shown summed term; the total only when every summed term is hidden already. */
    private static Term smallestShown(List<Term> equation, State state) {
        Term total = equation.getLast();
        return equation.subList(0, equation.size() - 1).stream().filter(term -> !state.isHidden(term))
                .min((a, b) -> Integer.compare(state.value(a), state.value(b)))
                .orElse(total);
    }

    private static final class State {
        final int[][] counts;
        final int[] rowTotals;
        final int[] columnTotals;
        final int grandTotal;
        final boolean[][] hidden;
        final boolean[] rowTotalHidden;
        final boolean[] columnTotalHidden;
        boolean grandTotalHidden;

        State(int[][] counts, int[] rowTotals, int[] columnTotals, int grandTotal) {
            this.counts = counts;
            this.rowTotals = rowTotals;
            this.columnTotals = columnTotals;
            this.grandTotal = grandTotal;
            this.hidden = new boolean[counts.length][rowTotals.length == 0 ? 0 : columnTotals.length];
            this.rowTotalHidden = new boolean[rowTotals.length];
            this.columnTotalHidden = new boolean[columnTotals.length];
        }

        boolean isHidden(Term term) {
            if (term.row() >= 0 && term.column() >= 0) return hidden[term.row()][term.column()];
            if (term.row() >= 0) return rowTotalHidden[term.row()];
            if (term.column() >= 0) return columnTotalHidden[term.column()];
            return grandTotalHidden;
        }

        int value(Term term) {
            if (term.row() >= 0 && term.column() >= 0) return counts[term.row()][term.column()];
            if (term.row() >= 0) return rowTotals[term.row()];
            if (term.column() >= 0) return columnTotals[term.column()];
            return grandTotal;
        }

        void hide(Term term) {
            if (term.row() >= 0 && term.column() >= 0) hidden[term.row()][term.column()] = true;
            else if (term.row() >= 0) rowTotalHidden[term.row()] = true;
            else if (term.column() >= 0) columnTotalHidden[term.column()] = true;
            else grandTotalHidden = true;
        }
    }

    @Override
    public String toString() {
        return "Suppression below " + threshold;
    }
}
