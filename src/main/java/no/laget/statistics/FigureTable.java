package no.laget.statistics;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Raw counts from Laget's own data, rows x columns, with their labels in bokmål. A table never names a child:
 * only counts. The statistics module suppresses small counts before anyone sees it; a source never shows
 * its own tables.
 * <p>
 * Rows and columns are fixed: a source lists every unit type, quarter, level or band whatever the data, so a row
 * never appears or disappears with the data (its presence would tell something).
 * <p>
 * The {@link Population} says what the table counts, so that tables published together are suppressed together:
 * two numbers with the same population, dimensions and categories count the same thing (for example the per-level
 * totals of two tables over the same cases) and are one number to the suppression, which hides it everywhere or
 * nowhere and follows every equation that links the tables.
 */
public record FigureTable(String id, String title, String rowHeading, List<String> rowLabels,
        List<String> columnLabels, int[][] counts, String note, Population population) {

    /**
     * What a table counts: the population (one name per set of counted things, e.g. "casework items"), the
     * dimension of its rows and of its columns, and the categories fixed for the whole table (e.g. level 0 only).
     * Row and column labels are the categories. {@code rowsWithin} optionally names a coarser dimension and, for
     * each row, its category there (units within unit types): the rows with one parent then sum to that parent's
     * number wherever it is published.
     */
    public record Population(String name, String rowDimension, String columnDimension, Map<String, String> fixed,
            String parentDimension, List<String> rowParents) {

        public Population {
            fixed = Map.copyOf(new TreeMap<>(fixed));
            rowParents = rowParents == null ? null : List.copyOf(rowParents);
            if (rowDimension.equals(columnDimension) || fixed.containsKey(rowDimension)
                    || fixed.containsKey(columnDimension)) {
                throw new IllegalArgumentException("Population " + name + " uses a dimension twice");
            }
            if ((parentDimension == null) != (rowParents == null)) {
                throw new IllegalArgumentException("Population " + name + ": a parent dimension needs the rows' parents");
            }
        }

        public static Population of(String name, String rowDimension, String columnDimension) {
            return new Population(name, rowDimension, columnDimension, Map.of(), null, null);
        }

        /** The same population, only the things with {@code value} in {@code dimension} (e.g. level 0). */
        public Population where(String dimension, String value) {
            Map<String, String> more = new TreeMap<>(fixed);
            more.put(dimension, value);
            return new Population(name, rowDimension, columnDimension, more, parentDimension, rowParents);
        }

        /** Rows are within coarser categories: row r belongs to {@code parents.get(r)} in {@code dimension}. */
        public Population rowsWithin(String dimension, List<String> parents) {
            return new Population(name, rowDimension, columnDimension, fixed, dimension, parents);
        }
    }

    public FigureTable(String id, String title, String rowHeading, List<String> rowLabels, List<String> columnLabels,
            int[][] counts, String note) {
        this(id, title, rowHeading, rowLabels, columnLabels, counts, note,
                Population.of("table " + id, "rows", "columns"));
    }

    public FigureTable {
        rowLabels = List.copyOf(rowLabels);
        columnLabels = List.copyOf(columnLabels);
        if (counts.length != rowLabels.size()) {
            throw new IllegalArgumentException("Table " + id + " has " + counts.length + " rows of counts but "
                    + rowLabels.size() + " row labels");
        }
        for (int[] row : counts) {
            if (row.length != columnLabels.size()) {
                throw new IllegalArgumentException("Table " + id + " has a row of " + row.length + " counts but "
                        + columnLabels.size() + " column labels");
            }
        }
        if (population.rowParents() != null && population.rowParents().size() != rowLabels.size()) {
            throw new IllegalArgumentException("Table " + id + " names a parent for " + population.rowParents().size()
                    + " of " + rowLabels.size() + " rows");
        }
        int[][] copy = new int[counts.length][];
        for (int r = 0; r < counts.length; r++) {
            copy[r] = counts[r].clone();
        }
        counts = copy;
    }
}
