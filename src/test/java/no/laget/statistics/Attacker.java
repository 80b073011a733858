package no.laget.statistics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.commons.math3.fraction.BigFraction;
import org.apache.commons.math3.optim.MaxIter;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.linear.LinearConstraint;
import org.apache.commons.math3.optim.linear.LinearConstraintSet;
import org.apache.commons.math3.optim.linear.LinearObjectiveFunction;
import org.apache.commons.math3.optim.linear.NonNegativeConstraint;
import org.apache.commons.math3.optim.linear.Relationship;
import org.apache.commons.math3.optim.linear.SimplexSolver;
import org.apache.commons.math3.optim.linear.UnboundedSolutionException;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;

/**
 * Someone who reads every table published for a period (only what is shown, and how the tables are built) and
 * tries to work out hidden numbers. Written apart from {@link LinkedSuppression} on purpose.
 * <p>
 * Every published place (cell, row total, column total, grand total of every table) is an unknown. The attacker
 * knows: each row and column sums to its total and the totals to the grand total; places of tables of the same
 * population with the same categories are equal (shared margins, a table restricted to one category against the
 * other table's cell); rows within a coarser category sum to that category's number where it is published; the
 * shown numbers; and, because the page says zeros are shown, that a hidden number is at least 1.
 * <p>
 * Two attacks: exact linear algebra (a hidden number is found when its unit vector lies in the row space of the
 * equations restricted to the hidden numbers, shown numbers moved to the right-hand side), and linear programming
 * (the least and the greatest value each hidden number can take with every hidden number at least 1: found when only
 * one whole number lies between).
 */
public final class Attacker {

    /** What is shown of one table: cells, row totals, column totals, grand total, each a number or ":". */
    public record Shown(FigureTable structure, List<List<String>> cells, List<String> rowTotals,
            List<String> columnTotals, String grandTotal) {

        public static Shown of(FigureTable structure, Suppression.Table table) {
            List<List<String>> cells = new ArrayList<>();
            List<String> rowTotals = new ArrayList<>();
            for (int r = 0; r < structure.rowLabels().size(); r++) {
                List<String> row = new ArrayList<>();
                for (int c = 0; c < structure.columnLabels().size(); c++) {
                    row.add(table.show(r, c));
                }
                cells.add(row);
                rowTotals.add(table.showRowTotal(r));
            }
            List<String> columnTotals = new ArrayList<>();
            for (int c = 0; c < structure.columnLabels().size(); c++) {
                columnTotals.add(table.showColumnTotal(c));
            }
            return new Shown(structure, cells, rowTotals, columnTotals, table.showGrandTotal());
        }
    }

    /** A hidden place the attacker pinned down. */
    public record Found(String table, String place, long value, String how) {}

    private final List<String> names = new ArrayList<>();
    /** The true value of each place, known to the test (not to the attacker): only to choose what to aim at. */
    private final List<Long> truth = new ArrayList<>();
    private final List<Long> shownValue = new ArrayList<>();
    private final List<Map<Integer, Integer>> equations = new ArrayList<>();
    private final Map<String, List<Integer>> byMeaning = new LinkedHashMap<>();

    private Attacker(List<Shown> tables) {
        List<int[][]> cellPlaces = new ArrayList<>();
        List<int[]> rowPlaces = new ArrayList<>();
        List<int[]> columnPlaces = new ArrayList<>();
        List<Integer> grandPlaces = new ArrayList<>();
        for (Shown shown : tables) {
            FigureTable t = shown.structure();
            FigureTable.Population p = t.population();
            int rows = t.rowLabels().size();
            int columns = t.columnLabels().size();
            int[][] cells = new int[rows][columns];
            int[] rowTotals = new int[rows];
            int[] columnTotals = new int[columns];
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < columns; c++) {
                    truth.add((long) t.counts()[r][c]);
                    cells[r][c] = place(t.id() + " [" + t.rowLabels().get(r) + ", " + t.columnLabels().get(c) + "]",
                            shown.cells().get(r).get(c), meaning(p, Map.of(p.rowDimension(), t.rowLabels().get(r),
                                    p.columnDimension(), t.columnLabels().get(c))));
                }
                truth.add((long) java.util.Arrays.stream(t.counts()[r]).sum());
                rowTotals[r] = place(t.id() + " [" + t.rowLabels().get(r) + ", total]", shown.rowTotals().get(r),
                        meaning(p, Map.of(p.rowDimension(), t.rowLabels().get(r))));
            }
            for (int c = 0; c < columns; c++) {
                int column = c;
                truth.add((long) java.util.Arrays.stream(t.counts()).mapToInt(row -> row[column]).sum());
                columnTotals[c] = place(t.id() + " [total, " + t.columnLabels().get(c) + "]",
                        shown.columnTotals().get(c), meaning(p, Map.of(p.columnDimension(), t.columnLabels().get(c))));
            }
            truth.add((long) java.util.Arrays.stream(t.counts()).flatMapToInt(java.util.Arrays::stream).sum());
            int grand = place(t.id() + " [total]", shown.grandTotal(), meaning(p, Map.of()));
            for (int r = 0; r < rows; r++) {
                List<Integer> sum = new ArrayList<>();
                for (int c = 0; c < columns; c++) {
                    sum.add(cells[r][c]);
                }
                sum(sum, rowTotals[r]);
            }
            for (int c = 0; c < columns; c++) {
                List<Integer> sum = new ArrayList<>();
                for (int r = 0; r < rows; r++) {
                    sum.add(cells[r][c]);
                }
                sum(sum, columnTotals[c]);
            }
            sum(java.util.Arrays.stream(rowTotals).boxed().toList(), grand);
            sum(java.util.Arrays.stream(columnTotals).boxed().toList(), grand);
            cellPlaces.add(cells);
            rowPlaces.add(rowTotals);
            columnPlaces.add(columnTotals);
            grandPlaces.add(grand);
        }
        // the same thing counted in two places
        for (List<Integer> same : byMeaning.values()) {
            for (int i = 1; i < same.size(); i++) {
                sum(List.of(same.getFirst()), same.get(i));
            }
        }
        // rows within coarser categories
        for (int t = 0; t < tables.size(); t++) {
            FigureTable table = tables.get(t).structure();
            FigureTable.Population p = table.population();
            if (p.parentDimension() == null) {
                continue;
            }
            for (String parent : new java.util.LinkedHashSet<>(p.rowParents())) {
                List<Integer> rowsOf = new ArrayList<>();
                for (int r = 0; r < table.rowLabels().size(); r++) {
                    if (p.rowParents().get(r).equals(parent)) {
                        rowsOf.add(r);
                    }
                }
                List<Integer> total = byMeaning.get(meaning(p, Map.of(p.parentDimension(), parent)));
                int tt = t;
                if (total != null) {
                    sum(rowsOf.stream().map(r -> rowPlaces.get(tt)[r]).toList(), total.getFirst());
                }
                for (int c = 0; c < table.columnLabels().size(); c++) {
                    List<Integer> cell = byMeaning.get(meaning(p, Map.of(p.parentDimension(), parent,
                            p.columnDimension(), table.columnLabels().get(c))));
                    int cc = c;
                    if (cell != null) {
                        sum(rowsOf.stream().map(r -> cellPlaces.get(tt)[r][cc]).toList(), cell.getFirst());
                    }
                }
            }
        }
    }

    /** Every hidden place either attack pins down, over all the tables together. */
    public static List<Found> attack(List<Shown> tables) {
        return attack(tables, Integer.MAX_VALUE);
    }

    /**
     * Every hidden place linear algebra pins down, and every hidden place with a true value from 1 to below
     * {@code smallBelow} that linear programming pins down (the slower attack aimed only where it matters).
     */
    public static List<Found> attack(List<Shown> tables, int smallBelow) {
        Attacker attacker = new Attacker(tables);
        List<Found> found = new ArrayList<>(attacker.linearAlgebra());
        found.addAll(attacker.linearProgramming(smallBelow));
        return found;
    }

    private int place(String name, String shown, String meaning) {
        names.add(name);
        shownValue.add(shown.equals(Suppression.HIDDEN) ? null : Long.parseLong(shown));
        int place = names.size() - 1;
        byMeaning.computeIfAbsent(meaning, m -> new ArrayList<>()).add(place);
        return place;
    }

    private static String meaning(FigureTable.Population p, Map<String, String> categories) {
        Map<String, String> all = new TreeMap<>(p.fixed());
        all.putAll(categories);
        return p.name() + " " + all;
    }

    /** terms - total = 0 */
    private void sum(List<Integer> terms, int total) {
        Map<Integer, Integer> equation = new HashMap<>();
        terms.forEach(term -> equation.merge(term, 1, Integer::sum));
        equation.merge(total, -1, Integer::sum);
        equations.add(equation);
    }

    private List<Integer> hiddenPlaces() {
        List<Integer> hidden = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            if (shownValue.get(i) == null) {
                hidden.add(i);
            }
        }
        return hidden;
    }

    /** Equations over the hidden places: coefficients and the right-hand side (shown numbers moved over). */
    private record System(List<BigFraction[]> rows, List<BigFraction> rhs) {}

    private System system(List<Integer> hidden) {
        Map<Integer, Integer> column = new HashMap<>();
        for (int i = 0; i < hidden.size(); i++) {
            column.put(hidden.get(i), i);
        }
        List<BigFraction[]> rows = new ArrayList<>();
        List<BigFraction> rhs = new ArrayList<>();
        for (Map<Integer, Integer> equation : equations) {
            BigFraction[] row = new BigFraction[hidden.size()];
            java.util.Arrays.fill(row, BigFraction.ZERO);
            long right = 0;
            for (var term : equation.entrySet()) {
                Integer at = column.get(term.getKey());
                if (at == null) {
                    right -= term.getValue() * shownValue.get(term.getKey());
                } else {
                    row[at] = row[at].add(term.getValue());
                }
            }
            rows.add(row);
            rhs.add(new BigFraction(right));
        }
        return new System(rows, rhs);
    }

    private List<Found> linearAlgebra() {
        List<Integer> hidden = hiddenPlaces();
        System system = system(hidden);
        List<BigFraction[]> a = system.rows();
        List<BigFraction> b = new ArrayList<>(system.rhs());
        int n = hidden.size();
        int rank = 0;
        for (int column = 0; column < n; column++) {
            int pivot = -1;
            for (int r = rank; r < a.size(); r++) {
                if (!a.get(r)[column].equals(BigFraction.ZERO)) {
                    pivot = r;
                    break;
                }
            }
            if (pivot < 0) {
                continue;
            }
            java.util.Collections.swap(a, rank, pivot);
            java.util.Collections.swap(b, rank, pivot);
            BigFraction p = a.get(rank)[column];
            for (int c = 0; c < n; c++) {
                a.get(rank)[c] = a.get(rank)[c].divide(p);
            }
            b.set(rank, b.get(rank).divide(p));
            for (int r = 0; r < a.size(); r++) {
                BigFraction f = a.get(r)[column];
                if (r != rank && !f.equals(BigFraction.ZERO)) {
                    for (int c = 0; c < n; c++) {
                        a.get(r)[c] = a.get(r)[c].subtract(a.get(rank)[c].multiply(f));
                    }
                    b.set(r, b.get(r).subtract(b.get(rank).multiply(f)));
                }
            }
            rank++;
        }
        List<Found> found = new ArrayList<>();
        for (int r = 0; r < rank; r++) {
            int nonZero = 0;
            int at = -1;
            for (int c = 0; c < n; c++) {
                if (!a.get(r)[c].equals(BigFraction.ZERO)) {
                    nonZero++;
                    at = c;
                }
            }
            if (nonZero == 1) {
                String place = names.get(hidden.get(at));
                found.add(new Found(place.substring(0, place.indexOf(' ')), place, b.get(r).longValue(),
                        "linear algebra"));
            }
        }
        return found;
    }

    private List<Found> linearProgramming(int smallBelow) {
        List<Integer> hidden = hiddenPlaces();
        if (hidden.isEmpty()) {
            return List.of();
        }
        System system = system(hidden);
        int n = hidden.size();
        // y = 1 + z with z >= 0: a hidden number is at least 1
        List<LinearConstraint> constraints = new ArrayList<>();
        for (int r = 0; r < system.rows().size(); r++) {
            double[] coefficients = new double[n];
            double ones = 0;
            boolean any = false;
            for (int c = 0; c < n; c++) {
                coefficients[c] = system.rows().get(r)[c].doubleValue();
                ones += coefficients[c];
                any |= coefficients[c] != 0;
            }
            if (any) {
                constraints.add(new LinearConstraint(coefficients, Relationship.EQ,
                        system.rhs().get(r).doubleValue() - ones));
            }
        }
        List<Found> found = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            long value = truth.get(hidden.get(i));
            if (smallBelow != Integer.MAX_VALUE && (value < 1 || value >= smallBelow)) {
                continue;
            }
            double[] objective = new double[n];
            objective[i] = 1;
            double least = 1 + optimum(objective, constraints, GoalType.MINIMIZE);
            double greatest = 1 + optimum(objective, constraints, GoalType.MAXIMIZE);
            if (Math.floor(greatest + 1e-6) == Math.ceil(least - 1e-6)) {
                String place = names.get(hidden.get(i));
                found.add(new Found(place.substring(0, place.indexOf(' ')), place, Math.round(least),
                        "linear programming, at least 1 each"));
            }
        }
        return found;
    }

    private static double optimum(double[] objective, List<LinearConstraint> constraints, GoalType goal) {
        try {
            PointValuePair point = new SimplexSolver(1e-9, 10, 1e-12).optimize(new MaxIter(100_000),
                    new LinearObjectiveFunction(objective, 0), new LinearConstraintSet(constraints), goal,
                    new NonNegativeConstraint(true));
            return point.getValue();
        } catch (UnboundedSolutionException e) {
            return Double.POSITIVE_INFINITY;
        }
    }
}
