package no.laget.statistics;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Suppression of the tables of one population together (see {@link Suppression}). Every published number is a
 * variable; numbers that count the same thing (same population, fixed categories and categories) are one variable.
 * Every table adds its equations (each row and column sums to its total, the totals to the grand total), and rows
 * within coarser categories add the sums to the coarser numbers. A hidden small count is safe when the hidden
 * numbers can be changed by whole numbers, all staying at least 1 (zeros are shown, so a hidden number is known to
 * be at least 1), every equation still holding and every shown number unchanged, such that the count changes: then
 * another dataset gives exactly what is shown, so the count cannot be worked out, not by linear algebra over all the
 * tables together nor with the bounds. While a hidden small count has no such change, another number is hidden.
 */
final class LinkedSuppression {

    /** How many of the smallest shown numbers are tried one by one before the rules of thumb. */
    private static final int TRIED_ALONE = 12;

    private final int threshold;
    private final List<FigureTable> tables;
    private final List<Long> values = new ArrayList<>();
    private final List<String> keys = new ArrayList<>();
    private final Map<String, Integer> byKey = new HashMap<>();
    /** Each equation as variable -> coefficient: the sum is zero. */
    private final List<Map<Integer, Integer>> equations = new ArrayList<>();
    private final int[][][] cellVar;
    private final int[][] rowVar;
    private final int[][] columnVar;
    private final int[] grandVar;
    private boolean[] hidden;

    LinkedSuppression(int threshold, List<FigureTable> tables) {
        this.threshold = threshold;
        this.tables = tables;
        int n = tables.size();
        cellVar = new int[n][][];
        rowVar = new int[n][];
        columnVar = new int[n][];
        grandVar = new int[n];
        for (int t = 0; t < n; t++) {
            variables(t, tables.get(t));
        }
        for (int t = 0; t < n; t++) {
            equations(t, tables.get(t));
        }
    }

    private void variables(int t, FigureTable table) {
        FigureTable.Population p = table.population();
        unique(table.id(), table.rowLabels());
        unique(table.id(), table.columnLabels());
        int rows = table.rowLabels().size();
        int columns = table.columnLabels().size();
        cellVar[t] = new int[rows][columns];
        rowVar[t] = new int[rows];
        columnVar[t] = new int[columns];
        long grand = 0;
        long[] columnTotals = new long[columns];
        for (int r = 0; r < rows; r++) {
            long rowTotal = 0;
            for (int c = 0; c < columns; c++) {
                int count = table.counts()[r][c];
                if (count < 0) {
                    throw new IllegalArgumentException("Counts cannot be negative");
                }
                cellVar[t][r][c] = variable(key(p, p.rowDimension(), table.rowLabels().get(r), p.columnDimension(),
                        table.columnLabels().get(c)), count);
                rowTotal += count;
                columnTotals[c] += count;
            }
            rowVar[t][r] = variable(key(p, p.rowDimension(), table.rowLabels().get(r), null, null), rowTotal);
            grand += rowTotal;
        }
        for (int c = 0; c < columns; c++) {
            columnVar[t][c] = variable(key(p, null, null, p.columnDimension(), table.columnLabels().get(c)),
                    columnTotals[c]);
        }
        grandVar[t] = variable(key(p, null, null, null, null), grand);
    }

    private void equations(int t, FigureTable table) {
        FigureTable.Population p = table.population();
        int rows = table.rowLabels().size();
        int columns = table.columnLabels().size();
        for (int r = 0; r < rows; r++) {
            List<Integer> terms = new ArrayList<>();
            for (int c = 0; c < columns; c++) {
                terms.add(cellVar[t][r][c]);
            }
            equation(terms, rowVar[t][r]);
        }
        for (int c = 0; c < columns; c++) {
            List<Integer> terms = new ArrayList<>();
            for (int r = 0; r < rows; r++) {
                terms.add(cellVar[t][r][c]);
            }
            equation(terms, columnVar[t][c]);
        }
        equation(Arrays.stream(rowVar[t]).boxed().toList(), grandVar[t]);
        equation(Arrays.stream(columnVar[t]).boxed().toList(), grandVar[t]);
        if (p.parentDimension() == null) {
            return;
        }
        for (String parent : new LinkedHashSet<>(p.rowParents())) {
            List<Integer> within = new ArrayList<>();
            for (int r = 0; r < rows; r++) {
                if (parent.equals(p.rowParents().get(r))) {
                    within.add(r);
                }
            }
            Integer parentTotal = byKey.get(key(p, p.parentDimension(), parent, null, null));
            if (parentTotal != null) {
                equation(within.stream().map(r -> rowVar[t][r]).toList(), parentTotal);
            }
            for (int c = 0; c < columns; c++) {
                Integer parentCell = byKey.get(key(p, p.parentDimension(), parent, p.columnDimension(),
                        table.columnLabels().get(c)));
                if (parentCell != null) {
                    int column = c;
                    equation(within.stream().map(r -> cellVar[t][r][column]).toList(), parentCell);
                }
            }
        }
    }

    private static void unique(String id, List<String> labels) {
        if (new LinkedHashSet<>(labels).size() != labels.size()) {
            throw new IllegalArgumentException("Table " + id + " has two rows or columns with the same label");
        }
    }

    /** The key of a number: what it counts. */
    private static String key(FigureTable.Population p, String rowDimension, String row, String columnDimension,
            String column) {
        Map<String, String> categories = new TreeMap<>(p.fixed());
        if (rowDimension != null) {
            categories.put(rowDimension, row);
        }
        if (columnDimension != null) {
            categories.put(columnDimension, column);
        }
        StringBuilder key = new StringBuilder(p.name());
        categories.forEach((dimension, value) -> key.append('\u0000').append(dimension).append('\u0001').append(value));
        return key.toString();
    }

    private int variable(String key, long value) {
        Integer known = byKey.get(key);
        if (known != null) {
            if (values.get(known) != value) {
                throw new IllegalStateException("Two tables count the same thing differently: "
                        + key.replace('\u0000', ' ').replace('\u0001', '=') + " is " + values.get(known) + " and " + value);
            }
            return known;
        }
        values.add(value);
        keys.add(key);
        byKey.put(key, values.size() - 1);
        return values.size() - 1;
    }

    private void equation(List<Integer> terms, int total) {
        Map<Integer, Integer> equation = new LinkedHashMap<>();
        for (int term : terms) {
            equation.merge(term, 1, Integer::sum);
        }
        equation.merge(total, -1, Integer::sum);
        equation.values().removeIf(coefficient -> coefficient == 0);
        if (!equation.isEmpty() && !equations.contains(equation)) {
            equations.add(equation);
        }
    }

    List<Suppression.Table> suppress() {
        int n = values.size();
        hidden = new boolean[n];
        for (int v = 0; v < n; v++) {
            hidden[v] = small(v);
        }
        while (true) {
            Kernel kernel = new Kernel();
            int unsafe = -1;
            for (int v = 0; v < n && unsafe < 0; v++) {
                if (small(v) && !kernel.protects(v)) {
                    unsafe = v;
                }
            }
            if (unsafe < 0) {
                break;
            }
            hidden[nextToHide(unsafe)] = true;
        }
        List<Suppression.Table> result = new ArrayList<>();
        for (int t = 0; t < tables.size(); t++) {
            result.add(table(t));
        }
        return result;
    }

    private boolean small(int v) {
        return values.get(v) >= 1 && values.get(v) < threshold;
    }

    /**
     * The number to hide so that {@code unsafe} gets a way to change. First the smallest shown number (above zero)
     * of an equation with a hidden term that alone protects {@code unsafe}. Else the smallest shown number of an
     * equation with exactly one hidden term (that term is given away); else of the equation of {@code unsafe} with the
     * fewest hidden terms; else any. A zero is never hidden: a hidden number is always at least 1.
     */
    private int nextToHide(int unsafe) {
        Comparator<Integer> smallest = Comparator.<Integer>comparingLong(values::get).thenComparing(v -> v);
        List<Integer> near = equations.stream().filter(e -> e.keySet().stream().anyMatch(v -> hidden[v]))
                .flatMap(e -> e.keySet().stream()).filter(v -> !hidden[v] && values.get(v) > 0).distinct()
                .sorted(smallest).toList();
        for (int candidate : near.subList(0, Math.min(near.size(), TRIED_ALONE))) {
            hidden[candidate] = true;
            boolean protects = new Kernel().protects(unsafe);
            hidden[candidate] = false;
            if (protects) {
                return candidate;
            }
        }
        var givenAway = equations.stream().filter(e -> e.keySet().stream().filter(v -> hidden[v]).count() == 1)
                .flatMap(e -> e.keySet().stream()).filter(v -> !hidden[v] && values.get(v) > 0).min(smallest);
        if (givenAway.isPresent()) {
            return givenAway.get();
        }
        List<Map<Integer, Integer>> withUnsafe = equations.stream().filter(e -> e.containsKey(unsafe))
                .sorted(Comparator.comparingLong(e -> e.keySet().stream().filter(v -> hidden[v]).count())).toList();
        for (Map<Integer, Integer> equation : withUnsafe) {
            var candidate = equation.keySet().stream().filter(v -> !hidden[v] && values.get(v) > 0).min(smallest);
            if (candidate.isPresent()) {
                return candidate.get();
            }
        }
        if (!near.isEmpty()) {
            return near.getFirst();
        }
        for (int v = 0; v < values.size(); v++) {
            if (!hidden[v] && values.get(v) > 0) {
                return v;
            }
        }
        throw new IllegalStateException("Nothing left to hide, and a small count is still not protected");
    }

    private Suppression.Table table(int t) {
        FigureTable table = tables.get(t);
        int rows = table.rowLabels().size();
        int columns = table.columnLabels().size();
        boolean[][] cellHidden = new boolean[rows][columns];
        int[] rowTotals = new int[rows];
        boolean[] rowHidden = new boolean[rows];
        int[] columnTotals = new int[columns];
        boolean[] columnHidden = new boolean[columns];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                cellHidden[r][c] = hidden[cellVar[t][r][c]];
            }
            rowTotals[r] = Math.toIntExact(values.get(rowVar[t][r]));
            rowHidden[r] = hidden[rowVar[t][r]];
        }
        for (int c = 0; c < columns; c++) {
            columnTotals[c] = Math.toIntExact(values.get(columnVar[t][c]));
            columnHidden[c] = hidden[columnVar[t][c]];
        }
        return new Suppression.Table(table.counts(), cellHidden, rowTotals, rowHidden, columnTotals, columnHidden,
                Math.toIntExact(values.get(grandVar[t])), hidden[grandVar[t]]);
    }

    /**
     * The whole-number changes of the hidden numbers that keep every equation (the kernel of the equations restricted
     * to the hidden numbers; the shown numbers stay as they are), as an integer basis from exact elimination.
     */
    private final class Kernel {

        private final int[] hiddenVars;
        private final Map<Integer, Integer> position = new HashMap<>();
        private final List<long[]> basis = new ArrayList<>();
        /** The hidden numbers themselves, when doubling all of them keeps every equation (nothing shown in them). */
        private final long[] doubling;

        Kernel() {
            hiddenVars = java.util.stream.IntStream.range(0, values.size()).filter(v -> hidden[v]).toArray();
            for (int i = 0; i < hiddenVars.length; i++) {
                position.put(hiddenVars[i], i);
            }
            int n = hiddenVars.length;
            List<BigInteger[]> rows = new ArrayList<>();
            boolean homogeneous = true;
            for (Map<Integer, Integer> equation : equations) {
                BigInteger[] row = new BigInteger[n];
                Arrays.fill(row, BigInteger.ZERO);
                boolean any = false;
                long shown = 0;
                for (var term : equation.entrySet()) {
                    Integer at = position.get(term.getKey());
                    if (at != null) {
                        row[at] = BigInteger.valueOf(term.getValue());
                        any = true;
                    } else {
                        shown += values.get(term.getKey());
                    }
                }
                if (any) {
                    rows.add(row);
                    homogeneous &= shown == 0;
                }
            }
            long[] all = new long[n];
            for (int i = 0; i < n; i++) {
                all[i] = values.get(hiddenVars[i]);
            }
            doubling = homogeneous ? all : null;
            reduce(rows, n);
        }

        /** Reduced row echelon form without fractions; then one integer kernel vector per free column. */
        private void reduce(List<BigInteger[]> rows, int n) {
            int rank = 0;
            int[] pivotColumn = new int[rows.size()];
            for (int column = 0; column < n && rank < rows.size(); column++) {
                int pivot = -1;
                for (int r = rank; r < rows.size(); r++) {
                    if (rows.get(r)[column].signum() != 0) {
                        pivot = r;
                        break;
                    }
                }
                if (pivot < 0) {
                    continue;
                }
                java.util.Collections.swap(rows, rank, pivot);
                BigInteger[] p = rows.get(rank);
                for (int r = 0; r < rows.size(); r++) {
                    BigInteger[] row = rows.get(r);
                    if (r != rank && row[column].signum() != 0) {
                        BigInteger f = row[column];
                        BigInteger g = p[column];
                        BigInteger gcd = BigInteger.ZERO;
                        for (int c = 0; c < n; c++) {
                            row[c] = row[c].multiply(g).subtract(p[c].multiply(f));
                            gcd = gcd.gcd(row[c]);
                        }
                        if (gcd.signum() != 0 && !gcd.equals(BigInteger.ONE)) {
                            for (int c = 0; c < n; c++) {
                                row[c] = row[c].divide(gcd);
                            }
                        }
                    }
                }
                pivotColumn[rank++] = column;
            }
            boolean[] isPivot = new boolean[n];
            for (int r = 0; r < rank; r++) {
                isPivot[pivotColumn[r]] = true;
            }
            for (int free = 0; free < n; free++) {
                if (isPivot[free]) {
                    continue;
                }
                // d[free] = 1, d[pivot of r] = -row[free] / row[pivot]; scaled to whole numbers
                BigInteger scale = BigInteger.ONE;
                for (int r = 0; r < rank; r++) {
                    BigInteger[] row = rows.get(r);
                    if (row[free].signum() != 0) {
                        BigInteger pv = row[pivotColumn[r]].abs();
                        scale = scale.divide(scale.gcd(pv)).multiply(pv);
                    }
                }
                BigInteger[] d = new BigInteger[n];
                Arrays.fill(d, BigInteger.ZERO);
                d[free] = scale;
                for (int r = 0; r < rank; r++) {
                    BigInteger[] row = rows.get(r);
                    if (row[free].signum() != 0) {
                        d[pivotColumn[r]] = row[free].negate().multiply(scale).divide(row[pivotColumn[r]]);
                    }
                }
                BigInteger gcd = BigInteger.ZERO;
                for (BigInteger x : d) {
                    gcd = gcd.gcd(x);
                }
                long[] vector = new long[n];
                for (int i = 0; i < n; i++) {
                    vector[i] = d[i].divide(gcd).longValueExact();
                }
                basis.add(vector);
            }
        }

        /** Whether some whole-number change keeps every hidden number at 1 or more and changes {@code v}. */
        boolean protects(int v) {
            int at = position.get(v);
            List<long[]> moving = basis.stream().filter(b -> b[at] != 0).toList();
            for (long[] b : moving) {
                if (fits(b, 1) || fits(b, -1)) {
                    return true;
                }
            }
            for (long[] b : moving) {
                for (long[] other : basis) {
                    if (other == b) {
                        continue;
                    }
                    for (int sign : new int[] {1, -1}) {
                        long[] sum = new long[b.length];
                        for (int i = 0; i < b.length; i++) {
                            sum[i] = b[i] + sign * other[i];
                        }
                        if (sum[at] != 0 && (fits(sum, 1) || fits(sum, -1))) {
                            return true;
                        }
                    }
                }
            }
            return doubling != null && fits(doubling, 1);
        }

        private boolean fits(long[] change, int sign) {
            for (int i = 0; i < change.length; i++) {
                if (values.get(hiddenVars[i]) + sign * change[i] < 1) {
                    return false;
                }
            }
            return true;
        }
    }
}
