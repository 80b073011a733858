package no.laget.statistics;

import java.util.List;

/**
 * A module's contribution to the municipality's internal figures (/statistics/internal): a bean that counts
 * its own data for a period, within a scope (one municipality, or the country). Implement it in the module that
 * owns the data (consent: consents by quarter; child: children served; casework: concerns by level, unit and age
 * band; reports: reports to child welfare answered within the deadline), reading only counts, and let the cost of
 * counting follow the scope: start from the municipality's units, by index, not from the whole table.
 * The statistics module applies {@link Suppression} to all tables together before they are shown, so a source
 * returns raw counts and never hides anything itself. It lists every row and column whatever the data, and says in
 * each table's {@link FigureTable.Population} what it counts, so tables that share totals are suppressed as one.
 */
public interface FigureSource {

    List<FigureTable> tables(FigurePeriod period, FigureScope scope);
}
