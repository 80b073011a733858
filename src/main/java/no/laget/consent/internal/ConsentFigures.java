package no.laget.consent.internal;

import no.laget.platform.time.Oslo;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import no.laget.organisation.UnitType;
import no.laget.statistics.FigurePeriod;
import no.laget.statistics.FigureScope;
import no.laget.statistics.FigureSource;
import no.laget.statistics.FigureTable;

import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Consents recorded, refused and withdrawn: three tables, every unit type x every quarter whatever the data. Each
 * kind is its own population (a consent is recorded or refused; a withdrawal is another event). Counts by the type
 * of the unit that recorded the consent, in the scope's municipality; a withdrawal counts the whole consent (grants
 * withdrawn one by one are not counted). No child is read, only counted, so this passes no door; the statistics
 * module suppresses small counts.
 */
@Component
@Order(10)
class ConsentFigures implements FigureSource {

    private static final Locale BOKMAAL = Locale.forLanguageTag("nb-NO");

    enum Kind { RECORDED, REFUSED, WITHDRAWN }

    /** @param quarter 1 to 4, in Europe/Oslo */
    record Count(Kind kind, String unitType, int quarter, int count) {}

    private final ConsentRepository repository;
    private final MessageSource messages;

    ConsentFigures(ConsentRepository repository, MessageSource messages) {
        this.repository = repository;
        this.messages = messages;
    }

    @Override
    public List<FigureTable> tables(FigurePeriod period, FigureScope scope) {
        List<Count> counts = repository.countsByQuarter(
                LocalDate.of(period.year(), 1, 1).atStartOfDay(Oslo.ZONE).toOffsetDateTime(),
                LocalDate.of(period.year() + 1, 1, 1).atStartOfDay(Oslo.ZONE).toOffsetDateTime(), scope);
        List<FigureTable> tables = new ArrayList<>();
        for (Kind kind : Kind.values()) {
            List<Count> ofKind = counts.stream().filter(c -> c.kind() == kind).toList();
            List<UnitType> types = List.of(UnitType.values());
            int[][] cells = new int[types.size()][4];
            for (Count count : ofKind) {
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
