package no.laget.statistics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Suppression of small counts in the tables published together (docs/domain.md rule 36).
 * <p>
 * Zeros are shown as 0: a true zero names nobody, and showing it (as national statistics show structural zeros)
 * takes away what hiding it gave an attacker, a hidden number known to sum to zero with others. Primary: every count
 * and total from 1 to threshold - 1 is hidden, so a hidden number is always at least 1.
 * <p>
 * Secondary: all tables of a population (see {@link FigureTable.Population}) are suppressed together, so shared
 * margins, a table's quarters against its year, and numbers of one table that sum to a number of another are all
 * equations between the same unknowns. More numbers are hidden until every hidden small count could take another
 * whole value, with every hidden number at least 1, every equation of every table holding and every shown number
 * unchanged (see {@link LinkedSuppression}). A hidden count can then not be worked out, by linear algebra over all
 * the tables together nor with the bounds. This does not promise that the range it could lie in is wide.
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

    /**
     * A table after suppression; the counts are kept for the caller, but only {@link #show} is for people: a hidden
     * number is ":", a zero is "0".
     */
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

    /** One table on its own, rows x columns of counts (rows and columns are numbered). */
    public Table apply(int[][] input) {
        int rows = input.length;
        int columns = rows == 0 ? 0 : input[0].length;
        for (int r = 0; r < rows; r++) {
            if (input[r].length != columns) {
                throw new IllegalArgumentException("Row " + r + " has " + input[r].length + " columns, not " + columns);
            }
        }
        List<String> rowLabels = java.util.stream.IntStream.range(0, rows).mapToObj(String::valueOf).toList();
        List<String> columnLabels = java.util.stream.IntStream.range(0, columns).mapToObj(String::valueOf).toList();
        return apply(List.of(new FigureTable("table", "", "", rowLabels, columnLabels, input, null))).getFirst();
    }

    /**
     * The tables published together (on one page, for one period), each suppressed with every other table of its
     * population; the result is in the same order.
     */
    public List<Table> apply(List<FigureTable> tables) {
        Map<String, List<Integer>> byPopulation = new LinkedHashMap<>();
        for (int t = 0; t < tables.size(); t++) {
            byPopulation.computeIfAbsent(tables.get(t).population().name(), name -> new ArrayList<>()).add(t);
        }
        Table[] result = new Table[tables.size()];
        for (List<Integer> together : byPopulation.values()) {
            List<Table> suppressed = new LinkedSuppression(threshold, together.stream().map(tables::get).toList())
                    .suppress();
            for (int i = 0; i < together.size(); i++) {
                result[together.get(i)] = suppressed.get(i);
            }
        }
        return List.of(result);
    }

    @Override
    public String toString() {
        return "Suppression below " + threshold;
    }
}
