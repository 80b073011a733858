package no.laget.organisation.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import no.laget.organisation.Unit;
import no.laget.organisation.UnitType;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class UnitRepository {

    private final JdbcClient jdbc;
    private final Clock clock;

    UnitRepository(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public List<Unit> findAll() {
        return jdbc.sql("select id, name, type, active from unit order by lower(name)").query(UnitRepository::map).list();
    }

    /** The units of the municipality the given unit belongs to, by name. */
    public List<Unit> findInMunicipalityOf(long unitId) {
        return jdbc.sql("""
                select id, name, type, active from unit
                 where municipality_id = (select municipality_id from unit where id = ?) order by lower(name)""")
                .param(unitId).query(UnitRepository::map).list();
    }

    public Optional<Unit> findById(long id) {
        return jdbc.sql("select id, name, type, active from unit where id = ?").param(id).query(UnitRepository::map)
                .optional();
    }

    public long municipalityOf(long unitId) {
        return jdbc.sql("select municipality_id from unit where id = ?").param(unitId).query(Long.class).single();
    }

    boolean nameTaken(String name, Long exceptId) {
        return jdbc.sql("select exists (select 1 from unit where lower(name) = lower(?) and id <> coalesce(?, -1))")
                .params(name.trim(), exceptId).query(Boolean.class).single();
    }

    long insert(long municipalityId, String name, UnitType type) {
        OffsetDateTime now = OffsetDateTime.now(clock.withZone(ZoneOffset.UTC));
        return jdbc.sql("""
                insert into unit (municipality_id, name, type, active, created_at, updated_at)
                values (?, ?, ?, true, ?, ?) returning id""")
                .params(municipalityId, name.trim(), type.name(), now, now)
                .query(Long.class).single();
    }

    void update(long id, String name, UnitType type, boolean active) {
        jdbc.sql("update unit set name = ?, type = ?, active = ?, updated_at = ? where id = ?")
                .params(name.trim(), type.name(), active, OffsetDateTime.now(clock.withZone(ZoneOffset.UTC)), id)
                .update();
    }

    private static Unit map(ResultSet rs, int row) throws SQLException {
        return new Unit(rs.getLong("id"), rs.getString("name"), UnitType.valueOf(rs.getString("type")),
                rs.getBoolean("active"));
    }
}
