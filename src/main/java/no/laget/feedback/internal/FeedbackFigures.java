package no.laget.feedback.internal;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import no.laget.organisation.UnitType;
import no.laget.statistics.FigurePeriod;
import no.laget.statistics.FigureScope;
import no.laget.statistics.FigureSource;
import no.laget.statistics.FigureTable;

import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Feedback in the internal figures, as counts because suppression works on counts: answers per unit type and quarter,
 * and the answers to "Ble du hørt?" and "Var møtet nyttig?" per unit type in three score bands (1–2, 3, 4–5), in
 * place of averages (an average cannot be suppressed as a cell; the feedback page shows averages only where the
 * count is shown). Answers identify nobody, and the statistics module suppresses small counts.
 */
@Component
@Order(50)
class FeedbackFigures implements FigureSource {

    private static final Locale BOKMAAL = Locale.forLanguageTag("nb-NO");

    /** The three tables count the same answers: their per-unit-type totals and grand totals are one. */
    static final String POPULATION = "feedback answers";
    static final String UNIT_TYPE = "unit type";

    record Count(String unitType, int quarter, int heard, int useful, int count) {}

    private final JdbcClient jdbc;
    private final MessageSource messages;

    FeedbackFigures(JdbcClient jdbc, MessageSource messages) {
        this.jdbc = jdbc;
        this.messages = messages;
    }

    /** Every unit type, quarter and band whatever the data. */
    @Override
    public List<FigureTable> tables(FigurePeriod period, FigureScope scope) {
        List<Count> counts = counts(period, scope);
        List<UnitType> types = List.of(UnitType.values());
        int[][] perQuarter = new int[types.size()][4];
        int[][] heard = new int[types.size()][3];
        int[][] useful = new int[types.size()][3];
        for (Count count : counts) {
            UnitType.parse(count.unitType()).ifPresent(type -> {
                int row = types.indexOf(type);
                perQuarter[row][count.quarter() - 1] += count.count();
                heard[row][band(count.heard())] += count.count();
                useful[row][band(count.useful())] += count.count();
            });
        }
        List<String> rows = types.stream().map(type -> text(type.labelKey())).toList();
        List<String> bands = List.of(text("feedback.figures.band.low"), text("feedback.figures.band.middle"),
                text("feedback.figures.band.high"));
        return List.of(
                new FigureTable("feedback-answers", text("feedback.figures.answers", period.year()),
                        text("feedback.figures.unit-type"), rows,
                        List.of(text("feedback.figures.quarter", 1), text("feedback.figures.quarter", 2),
                                text("feedback.figures.quarter", 3), text("feedback.figures.quarter", 4)),
                        perQuarter, text("feedback.figures.answers.note"),
                        FigureTable.Population.of(POPULATION, UNIT_TYPE, "quarter")),
                new FigureTable("feedback-heard", text("feedback.figures.heard", period.year()),
                        text("feedback.figures.unit-type"), rows, bands, heard, text("feedback.figures.scores.note"),
                        FigureTable.Population.of(POPULATION, UNIT_TYPE, "heard")),
                new FigureTable("feedback-useful", text("feedback.figures.useful", period.year()),
                        text("feedback.figures.unit-type"), rows, bands, useful, text("feedback.figures.scores.note"),
                        FigureTable.Population.of(POPULATION, UNIT_TYPE, "useful")));
    }

    /** 1–2, 3, 4–5. */
    static int band(int score) {
        return score <= 2 ? 0 : score == 3 ? 1 : 2;
    }

    /** Answers about units in the scope, found by {@code feedback_answer_unit_day_idx} from the scope's units. */
    List<Count> counts(FigurePeriod period, FigureScope scope) {
        return jdbc.sql("""
                select u.type as unit_type, extract(quarter from a.answered_on)::int as quarter, a.heard, a.useful,
                       count(*)::int as n
                  from feedback_answer a join unit u on u.id = a.unit_id
                 where %s and a.answered_on >= :first and a.answered_on <= :last
                 group by u.type, quarter, a.heard, a.useful""".formatted(scope.unitIn("u")))
                .param("first", LocalDate.of(period.year(), 1, 1))
                .param("last", period.asOf())
                .param("municipality", scope.municipalityId())
                .query((rs, row) -> new Count(rs.getString("unit_type"), rs.getInt("quarter"), rs.getInt("heard"),
                        rs.getInt("useful"), rs.getInt("n")))
                .list();
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, BOKMAAL);
    }
}
