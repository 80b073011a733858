package no.laget.catalogue.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;


import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The measure table. Rows come back with the outside organisation's name only; {@link no.laget.catalogue.internal.Measures}
 * adds unit names, which belong to the organisation module.
 */
@Repository
public class MeasureRepository {

    private static final String COLUMNS = """
            id, name, description, provider_unit_id, provider_name, prevention_level, age_from, age_to, topics,
            free, access, contact, accessibility, active""";

    private final JdbcClient jdbc;
    private final Clock clock;

    MeasureRepository(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * One statement whatever the filters. {@code unitIdsMatchingText} are the units whose names contain the
     * search text, so a search for "helsestasjon" finds what the health station offers.
     */
    public List<Measure> search(MeasureSearch search, Collection<Long> unitIdsMatchingText) {
        StringBuilder sql = new StringBuilder("select " + COLUMNS + " from measure where true");
        List<Object> params = new ArrayList<>();
        if (!search.includeInactive()) {
            sql.append(" and active");
        }
        if (search.text() != null && !search.text().isBlank()) {
            String like = "%" + escapeLike(search.text().trim().toLowerCase()) + "%";
            sql.append(" and (lower(name) like ? or lower(description) like ? or lower(provider_name) like ?"
                    + " or provider_unit_id = any(?))");
            params.addAll(List.of(like, like, like, unitIdsMatchingText.toArray(Long[]::new)));
        }
        if (search.level() != null) {
            sql.append(" and prevention_level = ?");
            params.add(search.level().name());
        }
        if (search.age() != null) {
            sql.append(" and age_from <= ? and age_to >= ?");
            params.addAll(List.of(search.age(), search.age()));
        }
        if (search.topic() != null) {
            sql.append(" and ? = any(topics)");
            params.add(search.topic().name());
        }
        if (search.freeOnly()) {
            sql.append(" and free");
        }
        if (search.selfReferral()) {
            sql.append(" and access = 'SELF_REFERRAL'");
        }
        sql.append(" order by lower(name), id");
        return jdbc.sql(sql.toString()).params(params).query(MeasureRepository::map).list();
    }

    public Optional<Measure> findById(long id) {
        return jdbc.sql("select " + COLUMNS + " from measure where id = ?").param(id).query(MeasureRepository::map)
                .optional();
    }

    public boolean none() {
        return !jdbc.sql("select exists (select 1 from measure)").query(Boolean.class).single();
    }

    /** Whether each of the given measures is active; ids that do not exist are left out. */
    java.util.Map<Long, Boolean> activeByIds(Collection<Long> ids) {
        java.util.Map<Long, Boolean> active = new java.util.HashMap<>();
        jdbc.sql("select id, active from measure where id = any(?)").param(ids.toArray(Long[]::new))
                .query(rs -> {
                    active.put(rs.getLong("id"), rs.getBoolean("active"));
                });
        return active;
    }

    long insert(MeasureData data) {
        OffsetDateTime now = now();
        return jdbc.sql("""
                insert into measure (name, description, provider_unit_id, provider_name, prevention_level, age_from,
                    age_to, topics, free, access, contact, accessibility, active, created_at, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(values(data, now, now)).query(Long.class).single();
    }

    void update(long id, MeasureData data) {
        List<Object> params = values(data, null, now());
        params.remove(13); // created_at stays
        params.add(id);
        jdbc.sql("""
                update measure set name = ?, description = ?, provider_unit_id = ?, provider_name = ?,
                    prevention_level = ?, age_from = ?, age_to = ?, topics = ?, free = ?, access = ?, contact = ?,
                    accessibility = ?, active = ?, updated_at = ?
                where id = ?""").params(params).update();
    }

    void setActive(long id, boolean active) {
        jdbc.sql("update measure set active = ?, updated_at = ? where id = ?").params(active, now(), id).update();
    }

    private static List<Object> values(MeasureData data, OffsetDateTime createdAt, OffsetDateTime updatedAt) {
        return new ArrayList<>(Arrays.asList(data.name(), data.description(), data.providerUnitId(),
                data.providerName(), data.level().name(), data.ageFrom(), data.ageTo(),
                data.topics().stream().map(Topic::name).toArray(String[]::new), data.free(), data.access().name(),
                data.contact(), data.accessibility(), data.active(), createdAt, updatedAt));
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock.withZone(ZoneOffset.UTC));
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static Measure map(ResultSet rs, int row) throws SQLException {
        long unitId = rs.getLong("provider_unit_id");
        Long providerUnitId = rs.wasNull() ? null : unitId;
        Array topics = rs.getArray("topics");
        List<Topic> topicList = Arrays.stream((String[]) topics.getArray()).map(Topic::valueOf).toList();
        return new Measure(rs.getLong("id"), rs.getString("name"), rs.getString("description"), providerUnitId,
                rs.getString("provider_name"), PreventionLevel.valueOf(rs.getString("prevention_level")),
                rs.getInt("age_from"), rs.getInt("age_to"), topicList, rs.getBoolean("free"),
                AccessRoute.valueOf(rs.getString("access")), rs.getString("contact"), rs.getString("accessibility"),
                rs.getBoolean("active"));
    }
}
