package no.laget.interest.internal;

import java.time.OffsetDateTime;
import java.util.List;

import no.laget.interest.BestInterestNote;
import no.laget.interest.Occasion;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The table {@code best_interest_note}. Callers go through {@link no.laget.interest.BestInterestNotes} and the door. */
@Repository
public class NoteRepository {

    public record Row(long id, long childId, Occasion occasion, BestInterestNote note, String writtenByName,
            OffsetDateTime writtenAt) {

        @Override
        public String toString() {
            return "Row[" + id + "]";
        }
    }

    private final JdbcClient jdbc;

    NoteRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(long childId, Occasion occasion, String sourceType, long sourceId, BestInterestNote note,
            long writtenBy, OffsetDateTime at) {
        return jdbc.sql("""
                insert into best_interest_note (child_id, occasion, source_type, source_id, child_heard, child_views,
                       how_heard, not_heard_reason, weighing, alternatives, conclusion, child_age, written_by, written_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(childId, occasion.name(), sourceType, sourceId, note.childHeard(), note.childViews(),
                        note.howHeard(), note.notHeardReason(), note.weighing(), note.alternatives(), note.conclusion(),
                        note.childAge(), writtenBy, at)
                .query(Long.class).single();
    }

    /** One child's notes of several sources of one type, oldest first, with each note's source id; one statement. */
    public List<SourcedRow> forSourcesOfChild(String sourceType, java.util.Collection<Long> sourceIds, long childId) {
        if (sourceIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select n.*, e.display_name
                  from best_interest_note n
                  join employee e on e.id = n.written_by
                 where n.source_type = ? and n.source_id = any(?) and n.child_id = ?
                 order by n.written_at, n.id""")
                .params(sourceType, sourceIds.toArray(Long[]::new), childId)
                .query((rs, i) -> new SourcedRow(rs.getLong("source_id"), row(rs)))
                .list();
    }

    public record SourcedRow(long sourceId, Row row) {}

    private static Row row(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Row(rs.getLong("id"), rs.getLong("child_id"), Occasion.valueOf(rs.getString("occasion")),
                new BestInterestNote(rs.getBoolean("child_heard"), rs.getString("child_views"),
                        rs.getString("how_heard"), rs.getString("not_heard_reason"), rs.getString("weighing"),
                        rs.getString("alternatives"), rs.getString("conclusion"),
                        (Integer) rs.getObject("child_age")),
                rs.getString("display_name"), rs.getObject("written_at", OffsetDateTime.class));
    }

    public List<Row> forSource(String sourceType, long sourceId) {
        return jdbc.sql("""
                select n.*, e.display_name
                  from best_interest_note n
                  join employee e on e.id = n.written_by
                 where n.source_type = ? and n.source_id = ?
                 order by n.written_at, n.id""")
                .params(sourceType, sourceId)
                .query((rs, i) -> new Row(rs.getLong("id"), rs.getLong("child_id"), Occasion.valueOf(rs.getString("occasion")),
                        new BestInterestNote(rs.getBoolean("child_heard"), rs.getString("child_views"),
                                rs.getString("how_heard"), rs.getString("not_heard_reason"), rs.getString("weighing"),
                                rs.getString("alternatives"), rs.getString("conclusion"),
                                (Integer) rs.getObject("child_age")),
                        rs.getString("display_name"), rs.getObject("written_at", OffsetDateTime.class)))
                .list();
    }
}
