package no.laget.statistics.internal;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import no.laget.statistics.internal.SeriesJoin.Figure;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class IndicatorRepository {

    record Indicator(long id, String code, String name, String unit, String source) {}

    record StoredFigure(long indicatorId, String region, RegionLevel level, String period, BigDecimal value,
            String status) {}

    private final JdbcClient jdbc;
    private final JdbcTemplate jdbcTemplate;

    IndicatorRepository(JdbcClient jdbc, JdbcTemplate jdbcTemplate) {
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
    }

    /** The latest file decides unit and source; a name given once is kept unless a file names it anew. */
    long save(String code, String name, String unit, String source) {
        return jdbc.sql("""
                insert into indicator (code, name, unit, source) values (?, ?, ?, ?)
                on conflict (code) do update set name = excluded.name, unit = excluded.unit, source = excluded.source
                returning id""")
                .params(code, name, unit, source).query(Long.class).single();
    }

    /** A figure imported again replaces the old one: sources correct their published numbers. */
    void saveFigures(List<StoredFigure> figures) {
        jdbcTemplate.batchUpdate("""
                insert into indicator_value (indicator_id, region_code, region_level, period, value, status)
                values (?, ?, ?, ?, ?, ?)
                on conflict (indicator_id, region_code, period)
                do update set value = excluded.value, status = excluded.status""",
                figures, 500, (ps, f) -> {
                    ps.setLong(1, f.indicatorId());
                    ps.setString(2, f.region());
                    ps.setString(3, f.level().name());
                    ps.setString(4, f.period());
                    ps.setBigDecimal(5, f.value());
                    ps.setString(6, f.status());
                });
    }

    record Listed(long id, String code, String name, String unit, String source, int figures) {}

    /** Every indicator with how many figures it holds, in one statement. */
    List<Listed> listed() {
        return jdbc.sql("""
                select i.id, i.code, i.name, i.unit, i.source, count(v.indicator_id) as figures
                  from indicator i left join indicator_value v on v.indicator_id = i.id
                 group by i.id order by lower(i.name), i.code""")
                .query((rs, row) -> new Listed(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
                        rs.getString("unit"), rs.getString("source"), rs.getInt("figures")))
                .list();
    }

    List<Indicator> findAll() {
        return jdbc.sql("select id, code, name, unit, source from indicator order by lower(name), code")
                .query(Indicator.class).list();
    }

    Optional<Indicator> findByCode(String code) {
        return jdbc.sql("select id, code, name, unit, source from indicator where code = ?").param(code)
                .query(Indicator.class).optional();
    }

    Optional<Indicator> find(long id) {
        return jdbc.sql("select id, code, name, unit, source from indicator where id = ?").param(id)
                .query(Indicator.class).optional();
    }

    List<Figure> figures(long indicatorId, Collection<String> regions) {
        if (regions.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select region_code, period, value, status from indicator_value
                where indicator_id = :indicator and region_code in (:regions)""")
                .param("indicator", indicatorId).param("regions", regions)
                .query((rs, row) -> new Figure(rs.getString(1), rs.getString(2), rs.getBigDecimal(3), rs.getString(4)))
                .list();
    }

    int count(long indicatorId) {
        return jdbc.sql("select count(*) from indicator_value where indicator_id = ?").param(indicatorId)
                .query(Integer.class).single();
    }
}
