package no.laget.casework.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import no.laget.organisation.UnitType;
import no.laget.platform.time.Oslo;
import no.laget.statistics.FigurePeriod;
import no.laget.statistics.FigureScope;
import no.laget.statistics.FigureSource;
import no.laget.statistics.FigureTable;

import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Casework's internal figures: counts only, computed in SQL inside the module, so no child's identity leaves it.
 * Like the consent and child modules' figures (consents, children served), this reads no child's data for anyone and
 * does not pass the access door or write the access log: the statistics module suppresses every table before it is
 * shown. Each table counts the scope's municipality: by the unit that wrote the concern, opened the case (its first
 * participant) or is responsible for the measure.
 *
 * <ul>
 * <li>Concerns written in the year (level 0) and cases open some time in the year at the level they had at its
 * end (or when they closed), by the unit type that wrote the concern or opened the case, and by the child's age band
 * on the day of the concern or the opening.</li>
 * <li>Days from a concern to the first measure of the case it led to (the measure's start day).</li>
 * <li>Evaluations due in the year: on time, late, or not done and past the date.</li>
 * </ul>
 */
@Component
@Order(30)
class CaseworkFigures implements FigureSource {

    private static final Locale BOKMAAL = Locale.forLanguageTag("nb-NO");

    enum AgeBand { AGE_0_5, AGE_6_12, AGE_13_15, AGE_16_17, AGE_18_AND_OVER, UNKNOWN }

    enum MeasureDelay { DAYS_0_14, DAYS_15_30, DAYS_31_90, DAYS_OVER_90, NO_MEASURE_YET, ENDED_WITHOUT_MEASURE }

    enum Evaluation { ON_TIME, LATE, OVERDUE }

    record LevelCount(int level, String unitType, AgeBand band, int count) {}

    record TypeCount<T>(String unitType, T column, int count) {}

    private static final String AGE_BAND = """
            case when c.birth_date is null then 'UNKNOWN'
                 when c.birth_date > x.on_day - interval '6 years' then 'AGE_0_5'
                 when c.birth_date > x.on_day - interval '13 years' then 'AGE_6_12'
                 when c.birth_date > x.on_day - interval '16 years' then 'AGE_13_15'
                 when c.birth_date > x.on_day - interval '18 years' then 'AGE_16_17'
                 else 'AGE_18_AND_OVER' end""";

    private final JdbcClient jdbc;
    private final MessageSource messages;
    private final Clock clock;

    CaseworkFigures(JdbcClient jdbc, MessageSource messages, Clock clock) {
        this.jdbc = jdbc;
        this.messages = messages;
        this.clock = clock;
    }

    /**
     * Every unit type, level, band and column whatever the data. One snapshot (repeatable read), so that the tables
     * that count the same concerns agree even while someone writes one.
     */
    @Override
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public List<FigureTable> tables(FigurePeriod period, FigureScope scope) {
        List<LevelCount> levels = levels(period, scope);
        List<String> levelLabels = List.of(text("casework.figures.level.0"), text("casework.figures.level", 1),
                text("casework.figures.level", 2), text("casework.figures.level", 3));
        List<FigureTable> tables = new ArrayList<>();

        List<UnitType> types = List.of(UnitType.values());
        int[][] byUnit = new int[types.size()][4];
        int[][] byAge = new int[4][AgeBand.values().length];
        for (LevelCount count : levels) {
            UnitType.parse(count.unitType()).ifPresent(type -> {
                byUnit[types.indexOf(type)][count.level()] += count.count();
                byAge[count.level()][count.band().ordinal()] += count.count();
            });
        }
        // One population: the per-level totals of the two tables, and the level-0 column against the concerns by
        // time to a measure, count the same concerns and cases and are suppressed as one.
        FigureTable.Population items = FigureTable.Population.of("casework items", "unit type", "level");
        tables.add(new FigureTable("casework-levels-unit-type", text("casework.figures.levels.unit-type", period.year()),
                text("casework.figures.unit-type"), labels(types), levelLabels, byUnit,
                text("casework.figures.levels.note"), items));
        tables.add(new FigureTable("casework-levels-age", text("casework.figures.levels.age", period.year()),
                text("casework.figures.level-heading"), levelLabels,
                Arrays.stream(AgeBand.values()).map(band -> text("casework.figures.age-band." + band.name())).toList(),
                byAge, text("casework.figures.levels.age.note"),
                FigureTable.Population.of("casework items", "level", "age band")));

        tables.add(byType("casework-time-to-measure", text("casework.figures.time-to-measure", period.year()),
                timeToMeasure(period, scope), MeasureDelay.values(), "casework.figures.delay.",
                text("casework.figures.time-to-measure.note"),
                FigureTable.Population.of("casework items", "unit type", "time to measure")
                        .where("level", levelLabels.getFirst())));
        tables.add(byType("casework-evaluations", text("casework.figures.evaluations", period.year()),
                evaluations(period, scope), Evaluation.values(), "casework.figures.evaluation.",
                text("casework.figures.evaluations.note"),
                FigureTable.Population.of("casework evaluations", "unit type", "evaluation")));
        return tables;
    }

    /**
     * Concerns written in the year and cases open some time in it, by level, unit type and age band, in the scope:
     * a concern by the unit that wrote it, a case by its first participant's unit. For one municipality each branch
     * starts from its units: concerns by {@code concern_unit_idx}, and the cases one of its units ever took part in
     * by {@code case_participant_unit_all_idx} (V197), of which those whose first participant is one of its units
     * are kept. The whole table is read only for the country.
     */
    List<LevelCount> levels(FigurePeriod period, FigureScope scope) {
        String cases = scope.isCountry() ? "true" : """
                r.id in (select p.case_id from unit pu join case_participant p on p.unit_id = pu.id
                          where pu.municipality_id = :municipality)""";
        return jdbc.sql("""
                select x.level, x.unit_type, %1$s as band, count(*)::int as n
                  from (select 0 as level, u.type as unit_type, k.child_id, k.written_on as on_day
                          from unit u join concern k on k.unit_id = u.id
                         where %2$s and k.written_on >= :first and k.written_on <= :last
                        union all
                        select coalesce((select l.to_level from case_level_change l
                                          where l.case_id = r.id and l.changed_at < :end
                                          order by l.changed_at desc, l.id desc limit 1), r.level),
                               u.type, r.child_id, (r.opened_at at time zone 'Europe/Oslo')::date
                          from relay_case r
                          cross join lateral (select p.unit_id from case_participant p where p.case_id = r.id
                                               order by p.added_at, p.id limit 1) fp
                          join unit u on u.id = fp.unit_id
                         where %3$s and %2$s
                           and r.opened_at < :end and (r.closed_at is null or r.closed_at >= :start)) x
                  join child c on c.id = x.child_id
                 group by x.level, x.unit_type, band""".formatted(AGE_BAND, scope.unitIn("u"), cases))
                .param("municipality", scope.municipalityId())
                .param("first", LocalDate.of(period.year(), 1, 1))
                .param("last", period.asOf())
                .param("start", period.start().toOffsetDateTime())
                .param("end", period.end().toOffsetDateTime())
                .query((rs, row) -> new LevelCount(rs.getInt("level"), rs.getString("unit_type"),
                        AgeBand.valueOf(rs.getString("band")), rs.getInt("n")))
                .list();
    }

    /**
     * Concerns written in the year by the days from the day written to the start of the first measure of the case
     * it led to. A measure starting after today is not there yet; a concern closed or sent on as a report without a
     * measure is counted apart.
     */
    List<TypeCount<MeasureDelay>> timeToMeasure(FigurePeriod period, FigureScope scope) {
        return jdbc.sql("""
                select u.type as unit_type,
                       case when fm.first_start is not null and fm.first_start <= :today then
                                case when fm.first_start - k.written_on <= 14 then 'DAYS_0_14'
                                     when fm.first_start - k.written_on <= 30 then 'DAYS_15_30'
                                     when fm.first_start - k.written_on <= 90 then 'DAYS_31_90'
                                     else 'DAYS_OVER_90' end
                            when k.decision in ('CLOSE', 'REPORT') then 'ENDED_WITHOUT_MEASURE'
                            else 'NO_MEASURE_YET' end as delay,
                       count(*)::int as n
                  from concern k
                  join unit u on u.id = k.unit_id
                  left join lateral (select min(m.starts_on) as first_start
                                       from relay_case r join case_measure m on m.case_id = r.id
                                      where r.id = k.case_id or r.concern_id = k.id) fm on true
                 where %s and k.written_on >= :first and k.written_on <= :last
                 group by u.type, delay""".formatted(scope.unitIn("u")))
                .param("municipality", scope.municipalityId())
                .param("first", LocalDate.of(period.year(), 1, 1))
                .param("last", period.asOf())
                .param("today", today())
                .query((rs, row) -> new TypeCount<>(rs.getString("unit_type"), MeasureDelay.valueOf(rs.getString("delay")),
                        rs.getInt("n")))
                .list();
    }

    /**
     * Evaluation dates in the year, by the unit type responsible for the measure: evaluated on or before the date
     * (also ahead of a date still to come), evaluated after it, or not evaluated and the date passed (open cases
     * only: closing a case ends its measures). Evaluations recorded before their due date was stored (V27) and not
     * recovered by that migration are left out.
     */
    List<TypeCount<Evaluation>> evaluations(FigurePeriod period, FigureScope scope) {
        return jdbc.sql("""
                select u.type as unit_type, x.state, count(*)::int as n
                  from (select coalesce(m.responsible_unit_id, e.unit_id) as unit_id,
                               case when ev.evaluated_on <= ev.due_on then 'ON_TIME' else 'LATE' end as state
                          from case_evaluation ev
                          join case_measure m on m.id = ev.measure_id
                          left join employee e on e.id = m.responsible_employee_id
                         where ev.due_on >= :first and ev.due_on <= :yearEnd
                        union all
                        select coalesce(m.responsible_unit_id, e.unit_id), 'OVERDUE'
                          from case_measure m
                          join relay_case r on r.id = m.case_id
                          left join employee e on e.id = m.responsible_employee_id
                         where r.closed_at is null
                           and m.evaluate_on >= :first and m.evaluate_on <= :last and m.evaluate_on < :today
                           and not exists (select 1 from case_evaluation ev where ev.measure_id = m.id
                                              and (ev.due_on = m.evaluate_on or ev.due_on is null))) x
                  join unit u on u.id = x.unit_id
                 where %s
                 group by u.type, x.state""".formatted(scope.unitIn("u")))
                .param("municipality", scope.municipalityId())
                .param("first", LocalDate.of(period.year(), 1, 1))
                .param("yearEnd", LocalDate.of(period.year(), 12, 31))
                .param("last", period.asOf())
                .param("today", today())
                .query((rs, row) -> new TypeCount<>(rs.getString("unit_type"), Evaluation.valueOf(rs.getString("state")),
                        rs.getInt("n")))
                .list();
    }

    private <T extends Enum<T>> FigureTable byType(String id, String title, List<TypeCount<T>> counts, T[] columns,
            String columnKey, String note, FigureTable.Population population) {
        List<UnitType> types = List.of(UnitType.values());
        int[][] cells = new int[types.size()][columns.length];
        for (TypeCount<T> count : counts) {
            UnitType.parse(count.unitType()).ifPresent(type ->
                    cells[types.indexOf(type)][count.column().ordinal()] += count.count());
        }
        return new FigureTable(id, title, text("casework.figures.unit-type"), labels(types),
                Arrays.stream(columns).map(column -> text(columnKey + column.name())).toList(), cells, note, population);
    }

    private List<String> labels(List<UnitType> types) {
        return types.stream().map(type -> text(type.labelKey())).toList();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Oslo.ZONE));
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, BOKMAAL);
    }
}
