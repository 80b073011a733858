package no.laget.statistics;

import java.util.List;

/**
 * A module's contribution to the municipality's internal figures (/statistics/internal): a bean that counts
 * its own data for a period. Implement it in the module that owns the data (casework: concerns by level,
 * unit and age band; reports: reports to child welfare answered within the deadline), reading only counts.
 * The statistics module applies {@link Suppression} to all tables together before they are shown, so a source
 * returns raw counts and never hides anything itself. It lists every row and column whatever the data, and says in
 * each table's {@link FigureTable.Population} what it counts, so tables that share totals are suppressed as one.
 */
public interface FigureSource {

    List<FigureTable> tables(FigurePeriod period);
}
