package no.laget.casework.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;


import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class DiscussionRepository {

    private final JdbcClient jdbc;

    DiscussionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(long unitId, LocalDate heldOn, String participants, String question, String advice, long by,
            OffsetDateTime now) {
        return jdbc.sql("""
                insert into anonymous_discussion (unit_id, held_on, participants, question, advice, recorded_by, recorded_at)
                values (?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(unitId, heldOn, participants, question, advice, by, now).query(Long.class).single();
    }

    public List<AnonymousDiscussion> forUnit(long unitId, int limit) {
        return jdbc.sql("""
                select d.*, e.display_name from anonymous_discussion d join employee e on e.id = d.recorded_by
                 where d.unit_id = ? order by d.held_on desc, d.id desc limit ?""")
                .params(unitId, limit)
                .query((rs, row) -> new AnonymousDiscussion(rs.getLong("id"), rs.getLong("unit_id"),
                        rs.getDate("held_on").toLocalDate(), rs.getString("participants"), rs.getString("question"),
                        rs.getString("advice"), rs.getString("display_name")))
                .list();
    }
}
