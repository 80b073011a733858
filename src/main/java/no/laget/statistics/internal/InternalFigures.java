package no.laget.statistics.internal;

import java.util.ArrayList;
import java.util.List;

import no.laget.statistics.FigurePeriod;
import no.laget.statistics.FigureSource;
import no.laget.statistics.FigureTable;
import no.laget.statistics.Suppression;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Gathers every module's figure tables and suppresses each one (primary and secondary suppression, with row,
 * column and grand totals). What leaves this class is text: a count below the threshold is never in it.
 */
@Component
class InternalFigures {

    /** A suppressed table as text: every cell, total and the grand total is a number at or above the threshold, or ":". */
    record ShownTable(String id, String title, String rowHeading, List<String> rowLabels, List<String> columnLabels,
            List<List<String>> cells, List<String> rowTotals, List<String> columnTotals, String grandTotal,
            String note) {}

    private final ObjectProvider<FigureSource> sources;
    private final Suppression suppression;

    InternalFigures(ObjectProvider<FigureSource> sources, Suppression suppression) {
        this.sources = sources;
        this.suppression = suppression;
    }

    List<ShownTable> tables(FigurePeriod period) {
        List<ShownTable> shown = new ArrayList<>();
        sources.orderedStream().forEach(source -> source.tables(period).forEach(table -> shown.add(show(table))));
        return shown;
    }

    ShownTable show(FigureTable table) {
        Suppression.Table suppressed = suppression.apply(table.counts());
        List<List<String>> cells = new ArrayList<>();
        List<String> rowTotals = new ArrayList<>();
        for (int r = 0; r < suppressed.rows(); r++) {
            List<String> row = new ArrayList<>();
            for (int c = 0; c < suppressed.columns(); c++) {
                row.add(suppressed.show(r, c));
            }
            cells.add(row);
            rowTotals.add(suppressed.showRowTotal(r));
        }
        List<String> columnTotals = new ArrayList<>();
        for (int c = 0; c < table.columnLabels().size(); c++) {
            columnTotals.add(table.rowLabels().isEmpty() ? Suppression.HIDDEN : suppressed.showColumnTotal(c));
        }
        return new ShownTable(table.id(), table.title(), table.rowHeading(), table.rowLabels(), table.columnLabels(),
                cells, rowTotals, columnTotals, suppressed.showGrandTotal(), table.note());
    }

    int threshold() {
        return suppression.threshold();
    }
}
