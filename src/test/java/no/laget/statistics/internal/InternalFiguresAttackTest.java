package no.laget.statistics.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import no.laget.casework.internal.Concerns;
import no.laget.casework.internal.WriteConcern;
import no.laget.organisation.Organisation;
import no.laget.platform.time.Oslo;
import no.laget.statistics.FigurePeriod;
import no.laget.statistics.FigureScope;
import no.laget.statistics.FigureSource;
import no.laget.statistics.FigureTable;
import no.laget.support.ChildFixtures;
import no.laget.support.LagetTest;
import no.laget.support.TestChildren;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The internal figures the application actually produces, after a small dataset with small counts on purpose: every
 * table has its fixed rows, no zero is hidden, and the attacker over all the tables of the page together works out no
 * hidden small count (shared margins, the level-0 column against the concerns by time to a measure, quarters against
 * the year).
 */
@LagetTest
class InternalFiguresAttackTest {

    @Autowired InternalFigures figures;
    @Autowired ObjectProvider<FigureSource> sources;
    @Autowired ChildFixtures fixtures;
    @Autowired Concerns concerns;
    @Autowired Organisation organisation;
    @Autowired Clock clock;

    @Test
    void the_application_s_own_tables_give_no_small_count_away_together() {
        LocalDate today = LocalDate.now(clock.withZone(Oslo.ZONE));
        long school = organisation.units().stream().filter(u -> u.name().equals("Gimle skole")).findFirst()
                .orElseThrow().id();
        for (int i = 0; i < 3; i++) {
            long child = fixtures.childOf("helsesykepleier", TestChildren.familyName());
            fixtures.consent("helsesykepleier", child, school, today, today.plusYears(1), "BASIC");
        }
        long child = fixtures.childOf("ppt", TestChildren.familyName());
        concerns.write(fixtures.user("ppt"), child, new WriteConcern(today, "Virker sliten i timene.", false));
        for (int i = 0; i < 2; i++) {
            long other = fixtures.childOf("ansatt", TestChildren.familyName());
            concerns.write(fixtures.user("ansatt"), other, new WriteConcern(today, "Sitter mye alene.", false));
        }

        for (FigurePeriod period : List.of(FigurePeriod.of(today.getYear(), today), FigurePeriod.of(2020, today))) {
            long started = System.nanoTime();
            List<InternalFigures.ShownTable> shown = figures.tables(period, FigureScope.country());
            long millis = (System.nanoTime() - started) / 1_000_000;
            List<FigureTable> raw = new ArrayList<>();
            sources.orderedStream().forEach(source -> raw.addAll(source.tables(period, FigureScope.country())));

            InternalFiguresTest.assertShownSafely(raw, shown);
            assertThat(millis).as("suppressing the page's tables, ms").isLessThan(3_000);
            for (FigureTable table : raw) {
                if (table.rowHeading().startsWith("Type tjeneste")) {
                    assertThat(table.rowLabels()).as(table.id()).hasSize(no.laget.organisation.UnitType.values().length);
                }
            }
        }
    }
}
