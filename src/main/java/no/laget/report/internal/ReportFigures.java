package no.laget.report.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import no.laget.organisation.UnitType;
import no.laget.platform.time.Oslo;
import no.laget.report.LegalClocks;
import no.laget.statistics.FigurePeriod;
import no.laget.statistics.FigureScope;
import no.laget.statistics.FigureSource;
import no.laget.statistics.FigureTable;

import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reports of concern in the internal figures: reports Laget's intake received per quarter by the reporter's unit
 * type, and how many of the year's reports were answered within the legal deadlines (review within a week,
 * confirmation to the reporter within three weeks, investigation within three or, with a reason, six months), judged
 * by {@link LegalClocks}. Only dates and unit types are read, never a child or a reporter, so (like the figures
 * module) nothing passes the access door; the statistics module suppresses small counts.
 */
@Component
@Order(40)
class ReportFigures implements FigureSource {

    private static final Locale BOKMAAL = Locale.forLanguageTag("nb-NO");

    enum Clock3 { REVIEW, CONFIRMATION, INVESTIGATION }

    enum Answer { WITHIN, LATE, OVERDUE }

    /** The dates of one received report; no child, no reporter. */
    record Received(String reporterUnitType, LocalDate receivedOn, LocalDate reviewedOn, LocalDate confirmedOn,
            boolean investigation, LocalDate investigationDue, LocalDate investigationEndedOn) {}

    private final JdbcClient jdbc;
    private final MessageSource messages;
    private final Clock clock;

    ReportFigures(JdbcClient jdbc, MessageSource messages, Clock clock) {
        this.jdbc = jdbc;
        this.messages = messages;
        this.clock = clock;
    }

    /** Every unit type, quarter, clock and answer whatever the data. */
    @Override
    public List<FigureTable> tables(FigurePeriod period, FigureScope scope) {
        List<Received> received = received(period, scope);
        List<UnitType> types = List.of(UnitType.values());
        int[][] perQuarter = new int[types.size()][4];
        int[][] deadlines = new int[Clock3.values().length][Answer.values().length];
        LocalDate today = LocalDate.now(clock.withZone(Oslo.ZONE));
        for (Received r : received) {
            UnitType.parse(r.reporterUnitType()).ifPresent(type ->
                    perQuarter[types.indexOf(type)][(r.receivedOn().getMonthValue() - 1) / 3]++);
            count(deadlines, Clock3.REVIEW, r.reviewedOn(), LegalClocks.reviewDue(r.receivedOn()), today);
            count(deadlines, Clock3.CONFIRMATION, r.confirmedOn(), LegalClocks.confirmationDue(r.receivedOn()), today);
            if (r.investigation() && r.investigationDue() != null) {
                count(deadlines, Clock3.INVESTIGATION, r.investigationEndedOn(), r.investigationDue(), today);
            }
        }
        List<String> quarters = List.of(text("report.figures.quarter", 1), text("report.figures.quarter", 2),
                text("report.figures.quarter", 3), text("report.figures.quarter", 4));
        List<FigureTable> tables = new ArrayList<>();
        tables.add(new FigureTable("reports-received", text("report.figures.received", period.year()),
                text("report.figures.unit-type"), types.stream().map(type -> text(type.labelKey())).toList(),
                quarters, perQuarter, text("report.figures.received.note"),
                FigureTable.Population.of("reports received", "unit type", "quarter")));
        tables.add(new FigureTable("reports-deadlines", text("report.figures.deadlines", period.year()),
                text("report.figures.deadline"),
                Arrays.stream(Clock3.values()).map(c -> text("report.figures.clock." + c.name())).toList(),
                Arrays.stream(Answer.values()).map(a -> text("report.figures.answer." + a.name())).toList(),
                deadlines, text("report.figures.deadlines.note"),
                FigureTable.Population.of("report clocks", "clock", "answer")));
        return tables;
    }

    /** Done by the due day, done after it, or not done and the due day has passed; a clock still running counts nowhere. */
    static void count(int[][] cells, Clock3 clock, LocalDate doneOn, LocalDate due, LocalDate today) {
        Answer answer;
        if (doneOn != null) {
            answer = doneOn.isAfter(due) ? Answer.LATE : Answer.WITHIN;
        } else if (today.isAfter(due)) {
            answer = Answer.OVERDUE;
        } else {
            return;
        }
        cells[clock.ordinal()][answer.ordinal()]++;
    }

    /**
     * Reports received in the year up to the period's last day, from a reporter's unit in the scope: dates and the
     * reporter's unit type only.
     */
    List<Received> received(FigurePeriod period, FigureScope scope) {
        return jdbc.sql("""
                select u.type as unit_type, i.received_on, i.reviewed_on,
                       (select min(l.sent_on) from report_letter l where l.inbox_id = i.id and l.kind = 'RECEIPT') as confirmed_on,
                       i.review_decision = 'INVESTIGATION' as investigation, i.investigation_due, i.investigation_ended_on
                  from report_inbox i
                  join report r on r.id = i.report_id
                  join unit u on u.id = r.reporter_unit_id
                 where %s and i.received_on >= :first and i.received_on <= :last""".formatted(scope.unitIn("u")))
                .param("first", LocalDate.of(period.year(), 1, 1))
                .param("last", period.asOf())
                .param("municipality", scope.municipalityId())
                .query((rs, row) -> new Received(rs.getString("unit_type"), rs.getDate("received_on").toLocalDate(),
                        date(rs.getDate("reviewed_on")), date(rs.getDate("confirmed_on")), rs.getBoolean("investigation"),
                        date(rs.getDate("investigation_due")), date(rs.getDate("investigation_ended_on"))))
                .list();
    }

    private static LocalDate date(java.sql.Date date) {
        return date == null ? null : date.toLocalDate();
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, BOKMAAL);
    }
}
