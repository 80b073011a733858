package no.laget.statistics;

import java.util.List;

/**
 * A module's contribution to the municipality's internal figures (/statistics/internal): a bean that counts
 * its own data for a period. Implement it in the module that owns the data (casework: concerns by level,
 * unit and age band; reports: reports to child welfare answered within the deadline), reading only counts.
 * The statistics module applies {@link Suppression} to every table before it is shown, so a source returns
 * raw counts and never needs to hide anything itself.
 */
public interface FigureSource {

    List<FigureTable> tables(FigurePeriod period);
}
