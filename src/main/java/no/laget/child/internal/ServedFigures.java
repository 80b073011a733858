package no.laget.child.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import no.laget.organisation.UnitType;
import no.laget.platform.time.Dates;
import no.laget.statistics.FigurePeriod;
import no.laget.statistics.FigureScope;
import no.laget.statistics.FigureSource;
import no.laget.statistics.FigureTable;

import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Children served on the period's last day (today, in the current year) by the scope's units: every unit type x age
 * band (age on that day, from the stored birth date). A child served by two units of the same type counts once for
 * that type; a child served by a school and a health station counts for both types. No child is read, only counted,
 * so this passes no door and logs no child; the statistics module suppresses small counts.
 */
@Component
@Order(20)
class ServedFigures implements FigureSource {

    private static final Locale BOKMAAL = Locale.forLanguageTag("nb-NO");

    enum AgeBand { AGE_0_5, AGE_6_12, AGE_13_15, AGE_16_17, AGE_18_AND_OVER, UNKNOWN }

    record Count(String unitType, AgeBand band, int count) {}

    private final ChildRepository repository;
    private final MessageSource messages;

    ServedFigures(ChildRepository repository, MessageSource messages) {
        this.repository = repository;
        this.messages = messages;
    }

    @Override
    public List<FigureTable> tables(FigurePeriod period, FigureScope scope) {
        List<Count> counts = repository.servedCounts(period.asOf(), scope);
        List<UnitType> types = List.of(UnitType.values());
        List<AgeBand> bands = Arrays.asList(AgeBand.values());
        int[][] cells = new int[types.size()][bands.size()];
        for (Count count : counts) {
            UnitType.parse(count.unitType()).ifPresent(type ->
                    cells[types.indexOf(type)][bands.indexOf(count.band())] += count.count());
        }
        return List.of(new FigureTable("children-served",
                text("figures.served", Dates.day(period.asOf())),
                text("figures.unit-type"), types.stream().map(type -> text(type.labelKey())).toList(),
                bands.stream().map(band -> text("figures.age-band." + band.name())).toList(),
                cells, text("figures.served.note"),
                FigureTable.Population.of("children served", "unit type", "age band")));
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, BOKMAAL);
    }
}
