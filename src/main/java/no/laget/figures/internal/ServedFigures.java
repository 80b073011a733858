package no.laget.figures.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import no.laget.child.Children;
import no.laget.child.ServedCounts;
import no.laget.organisation.UnitType;
import no.laget.statistics.FigurePeriod;
import no.laget.statistics.FigureSource;
import no.laget.statistics.FigureTable;

import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Children served on the period's last day (today, in the current year): every unit type x age band. */
@Component
@Order(20)
class ServedFigures implements FigureSource {

    private static final Locale BOKMAAL = Locale.forLanguageTag("nb-NO");

    private final Children children;
    private final MessageSource messages;

    ServedFigures(Children children, MessageSource messages) {
        this.children = children;
        this.messages = messages;
    }

    @Override
    public List<FigureTable> tables(FigurePeriod period) {
        ServedCounts counts = children.servedCounts(period.asOf());
        List<UnitType> types = List.of(UnitType.values());
        List<ServedCounts.AgeBand> bands = Arrays.asList(ServedCounts.AgeBand.values());
        int[][] cells = new int[types.size()][bands.size()];
        for (ServedCounts.Count count : counts.counts()) {
            UnitType.parse(count.unitType()).ifPresent(type ->
                    cells[types.indexOf(type)][bands.indexOf(count.band())] += count.count());
        }
        return List.of(new FigureTable("children-served",
                text("figures.served", period.asOf().format(java.time.format.DateTimeFormatter.ofPattern("d.M.yyyy"))),
                text("figures.unit-type"), types.stream().map(type -> text(type.labelKey())).toList(),
                bands.stream().map(band -> text("figures.age-band." + band.name())).toList(),
                cells, text("figures.served.note"),
                FigureTable.Population.of("children served", "unit type", "age band")));
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, BOKMAAL);
    }
}
