/**
 * The internal figures Laget's existing modules contribute to the statistics module's page: consents per
 * unit type and quarter, and children served per unit type and age band. It reads only the counts the
 * consent and child modules offer ({@code Consents.countsByQuarter}, {@code Children.servedCounts}) and
 * hands raw counts to {@link no.laget.statistics.FigureSource}; suppression happens in statistics. Modules
 * written later implement FigureSource themselves.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"platform", "platform::*", "statistics", "consent", "child", "organisation"})
package no.laget.figures;
