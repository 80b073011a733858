package no.laget.figures.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import no.laget.consent.ConsentCounts;
import no.laget.consent.Consents;
import no.laget.organisation.UnitType;
import no.laget.statistics.FigurePeriod;
import no.laget.statistics.FigureSource;
import no.laget.statistics.FigureTable;

import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Consents recorded, refused and withdrawn: three tables, every unit type x every quarter whatever the data. Each
 * kind is its own population (a consent is recorded or refused; a withdrawal is another event).
 */
@Component
@Order(10)
class ConsentFigures implements FigureSource {

    private static final Locale BOKMAAL = Locale.forLanguageTag("nb-NO");

    private final Consents consents;
    private final MessageSource messages;

    ConsentFigures(Consents consents, MessageSource messages) {
        this.consents = consents;
        this.messages = messages;
    }

    @Override
    public List<FigureTable> tables(FigurePeriod period) {
        ConsentCounts counts = consents.countsByQuarter(period.year());
        List<FigureTable> tables = new ArrayList<>();
        for (ConsentCounts.Kind kind : ConsentCounts.Kind.values()) {
            List<ConsentCounts.Count> ofKind = counts.counts().stream().filter(c -> c.kind() == kind).toList();
            List<UnitType> types = List.of(UnitType.values());
            int[][] cells = new int[types.size()][4];
            for (ConsentCounts.Count count : ofKind) {
                UnitType.parse(count.unitType()).ifPresent(type ->
                        cells[types.indexOf(type)][count.quarter() - 1] += count.count());
            }
            tables.add(new FigureTable("consents-" + kind.name().toLowerCase(Locale.ROOT),
                    text("figures.consents." + kind.name(), period.year()), text("figures.unit-type"),
                    types.stream().map(type -> text(type.labelKey())).toList(),
                    List.of(text("figures.quarter", 1), text("figures.quarter", 2), text("figures.quarter", 3),
                            text("figures.quarter", 4)),
                    cells, text("figures.consents.note"),
                    FigureTable.Population.of("consents " + kind.name(), "unit type", "quarter")));
        }
        return tables;
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, BOKMAAL);
    }
}
