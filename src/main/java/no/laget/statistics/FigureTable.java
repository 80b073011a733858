package no.laget.statistics;

import java.util.List;

/**
 * Raw counts from Laget's own data, rows x columns, with their labels in bokmål. A table never names a child:
 * only counts. The statistics module suppresses small counts before anyone sees it; a source never shows
 * its own tables.
 */
public record FigureTable(String id, String title, String rowHeading, List<String> rowLabels,
        List<String> columnLabels, int[][] counts, String note) {

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
        int[][] copy = new int[counts.length][];
        for (int r = 0; r < counts.length; r++) {
            copy[r] = counts[r].clone();
        }
        counts = copy;
    }
}
