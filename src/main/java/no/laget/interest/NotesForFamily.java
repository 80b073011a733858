package no.laget.interest;

import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The best-interest notes of a child's relay cases (levels 2 and 3, hand-over, closing), oldest first, in one
 * statement, for the family's own download (innsyn). The notes of a report of concern and of child welfare's
 * investigation are child welfare's and stay out. <strong>Reads without an employee: the caller has decided access
 * through {@code access.FamilyDoor}</strong> (category RELAY_LOG).
 */
@Service
public class NotesForFamily {

    /** A note as the family reads it: the decision it belongs to, who wrote it, when. */
    public record Note(long id, Occasion occasion, BestInterestNote note, String writtenByName, OffsetDateTime writtenAt) {

        @Override
        public String toString() {
            return "Note[" + id + "]";
        }
    }

    private final JdbcClient jdbc;

    NotesForFamily(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Note> ofChild(long childId) {
        return jdbc.sql("""
                select n.*, e.display_name
                  from best_interest_note n join employee e on e.id = n.written_by
                 where n.child_id = ? and n.occasion in ('LEVEL_2', 'LEVEL_3', 'HANDOVER', 'CLOSE')
                 order by n.written_at, n.id""")
                .param(childId)
                .query((rs, i) -> new Note(rs.getLong("id"), Occasion.valueOf(rs.getString("occasion")),
                        new BestInterestNote(rs.getBoolean("child_heard"), rs.getString("child_views"),
                                rs.getString("how_heard"), rs.getString("not_heard_reason"), rs.getString("weighing"),
                                rs.getString("alternatives"), rs.getString("conclusion"),
                                (Integer) rs.getObject("child_age")),
                        rs.getString("display_name"), rs.getObject("written_at", OffsetDateTime.class)))
                .list();
    }
}
