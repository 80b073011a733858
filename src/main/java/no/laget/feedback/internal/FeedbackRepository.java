package no.laget.feedback.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import no.laget.feedback.FeedbackKind;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class FeedbackRepository {

    record Invitation(long id, long unitId, FeedbackKind kind, LocalDate createdOn, LocalDate expiresOn,
            boolean answered) {}

    record Answer(long unitId, FeedbackKind kind, LocalDate answeredOn, String respondent, int heard, int useful,
            String improve) {}

    private final JdbcClient jdbc;

    FeedbackRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insertInvitation(String tokenHash, long unitId, FeedbackKind kind, LocalDate createdOn, LocalDate expiresOn) {
        jdbc.sql("""
                insert into feedback_invitation (token_hash, unit_id, kind, created_on, expires_on)
                values (?, ?, ?, ?, ?)""")
                .params(tokenHash, unitId, kind.name(), createdOn, expiresOn).update();
    }

    Optional<Invitation> invitation(String tokenHash) {
        return jdbc.sql("""
                select id, unit_id, kind, created_on, expires_on, answered from feedback_invitation
                 where token_hash = ?""")
                .param(tokenHash)
                .query((rs, row) -> new Invitation(rs.getLong("id"), rs.getLong("unit_id"),
                        FeedbackKind.valueOf(rs.getString("kind")), rs.getDate("created_on").toLocalDate(),
                        rs.getDate("expires_on").toLocalDate(), rs.getBoolean("answered")))
                .optional();
    }

    /** Marks the invitation used; false if another answer got there first (two tabs, a double click). */
    boolean markAnswered(long invitationId) {
        return jdbc.sql("update feedback_invitation set answered = true where id = ? and not answered")
                .param(invitationId).update() == 1;
    }

    void insertAnswer(Answer answer) {
        jdbc.sql("""
                insert into feedback_answer (unit_id, kind, answered_on, respondent, heard, useful, improve)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(answer.unitId(), answer.kind().name(), answer.answeredOn(), answer.respondent(),
                        answer.heard(), answer.useful(), answer.improve())
                .update();
    }

    List<Answer> answers(LocalDate from, LocalDate toExclusive) {
        return jdbc.sql("""
                select unit_id, kind, answered_on, respondent, heard, useful, improve from feedback_answer
                 where answered_on >= ? and answered_on < ? order by unit_id, answered_on, id""")
                .params(from, toExclusive)
                .query((rs, row) -> new Answer(rs.getLong("unit_id"), FeedbackKind.valueOf(rs.getString("kind")),
                        rs.getDate("answered_on").toLocalDate(), rs.getString("respondent"), rs.getInt("heard"),
                        rs.getInt("useful"), rs.getString("improve")))
                .list();
    }
}
