package no.laget.interest.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import no.laget.interest.Occasion;
import no.laget.platform.time.Oslo;
import no.laget.statistics.FigurePeriod;
import no.laget.statistics.FigureScope;
import no.laget.statistics.FigureSource;
import no.laget.statistics.FigureTable;

import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The child's best interest in the internal figures: for each kind of decision that needs a note, how many notes of
 * the year recorded what the child said and how many say why the child was not heard. A note is per child, so a
 * report naming two children counts twice. Only counts are read, never a child (like the other figure sources,
 * nothing passes the door); the statistics module suppresses small counts with every other table. A note counts in
 * the municipality of the unit of the employee who wrote it.
 */
@Component
@Order(45)
class BestInterestFigures implements FigureSource {

    private static final Locale BOKMAAL = Locale.forLanguageTag("nb-NO");

    enum Heard { YES, NO }

    private final JdbcClient jdbc;
    private final MessageSource messages;

    BestInterestFigures(JdbcClient jdbc, MessageSource messages) {
        this.jdbc = jdbc;
        this.messages = messages;
    }

    /** Every occasion and both answers whatever the data. */
    @Override
    public List<FigureTable> tables(FigurePeriod period, FigureScope scope) {
        Occasion[] occasions = Occasion.values();
        int[][] cells = new int[occasions.length][Heard.values().length];
        jdbc.sql("""
                select n.occasion, n.child_heard, count(*) as n
                  from best_interest_note n
                  join employee e on e.id = n.written_by
                  join unit u on u.id = e.unit_id
                 where %s and n.written_at >= :from and n.written_at < :to
                 group by n.occasion, n.child_heard""".formatted(scope.unitIn("u")))
                .param("from", period.start().toOffsetDateTime())
                .param("to", period.asOf().plusDays(1).atStartOfDay(Oslo.ZONE).toOffsetDateTime())
                .param("municipality", scope.municipalityId())
                .query(rs -> {
                    int row = Occasion.valueOf(rs.getString("occasion")).ordinal();
                    cells[row][rs.getBoolean("child_heard") ? 0 : 1] += rs.getInt("n");
                });
        return List.of(new FigureTable("best-interest", text("interest.figures.title", period.year()),
                text("interest.figures.occasion"),
                Arrays.stream(occasions).map(o -> text(o.labelKey())).toList(),
                Arrays.stream(Heard.values()).map(h -> text("interest.figures.heard." + h.name())).toList(),
                cells, text("interest.figures.note"),
                FigureTable.Population.of("best-interest notes", "occasion", "heard")));
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, BOKMAAL);
    }
}
