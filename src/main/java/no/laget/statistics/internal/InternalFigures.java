package no.laget.statistics.internal;

import java.util.ArrayList;
import java.util.List;

import no.laget.statistics.FigurePeriod;
import no.laget.statistics.FigureScope;
import no.laget.statistics.FigureSource;
import no.laget.statistics.FigureTable;
import no.laget.statistics.Suppression;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Gathers every module's figure tables and suppresses them together: the tables of one population (e.g. casework's
 * levels by unit type, by age and the time to a measure) as one system of equations, so that no hidden small count
 * can be worked out from any combination of what the page shows. What leaves this class is text: a count from 1 to
 * below the threshold is never in it; a zero is "0".
 */
@Component
class InternalFigures {

    /** A suppressed table as text: every cell, total and the grand total is 0, a number at or above the threshold, or ":". */
    record ShownTable(String id, String title, String rowHeading, List<String> rowLabels, List<String> columnLabels,
            List<List<String>> cells, List<String> rowTotals, List<String> columnTotals, String grandTotal,
            String note) {}

    private final ObjectProvider<FigureSource> sources;
    private final Suppression suppression;

    InternalFigures(ObjectProvider<FigureSource> sources, Suppression suppression) {
        this.sources = sources;
        this.suppression = suppression;
    }

    /**
     * Every source's tables for the period and scope, suppressed together (each with the other tables of its
     * population).
     */
    List<ShownTable> tables(FigurePeriod period, FigureScope scope) {
        List<FigureTable> raw = new ArrayList<>();
        sources.orderedStream().forEach(source -> raw.addAll(source.tables(period, scope)));
        List<Suppression.Table> suppressed = suppression.apply(raw);
        List<ShownTable> shown = new ArrayList<>();
        for (int t = 0; t < raw.size(); t++) {
            shown.add(show(raw.get(t), suppressed.get(t)));
        }
        return shown;
    }

    private static ShownTable show(FigureTable table, Suppression.Table suppressed) {
        List<List<String>> cells = new ArrayList<>();
        List<String> rowTotals = new ArrayList<>();
        for (int r = 0; r < suppressed.rows(); r++) {
            List<String> row = new ArrayList<>();
            for (int c = 0; c < table.columnLabels().size(); c++) {
                row.add(suppressed.show(r, c));
            }
            cells.add(row);
            rowTotals.add(suppressed.showRowTotal(r));
        }
        List<String> columnTotals = new ArrayList<>();
        for (int c = 0; c < table.columnLabels().size(); c++) {
            columnTotals.add(suppressed.showColumnTotal(c));
        }
        return new ShownTable(table.id(), table.title(), table.rowHeading(), table.rowLabels(), table.columnLabels(),
                cells, rowTotals, columnTotals, suppressed.showGrandTotal(), table.note());
    }

    int threshold() {
        return suppression.threshold();
    }
}
