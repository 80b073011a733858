package no.laget.feedback.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;


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

    long insertInvitation(String tokenHash, long unitId, FeedbackKind kind, LocalDate createdOn, LocalDate expiresOn) {
        return jdbc.sql("""
                insert into feedback_invitation (token_hash, unit_id, kind, created_on, expires_on)
                values (?, ?, ?, ?, ?) returning id""")
                .params(tokenHash, unitId, kind.name(), createdOn, expiresOn).query(Long.class).single();
    }

    /** Puts the invitation on the child's page in the family's door; returns the opaque reference for its URL. */
    UUID linkToChild(long invitationId, long childId) {
        return jdbc.sql("""
                insert into feedback_family_invitation (invitation_id, child_id) values (?, ?) returning ref""")
                .params(invitationId, childId).query(UUID.class).single();
    }

    /** Called when the invitation is used, whichever way: an answered invitation is linked to no child at rest. */
    void forgetChildLink(long invitationId) {
        jdbc.sql("delete from feedback_family_invitation where invitation_id = ?").param(invitationId).update();
    }

    record ChildInvitation(UUID ref, Invitation invitation) {}

    /** The child's invitations that can still be answered on {@code today}, soonest to expire first. */
    List<ChildInvitation> openForChild(long childId, LocalDate today) {
        return jdbc.sql("""
                select f.ref, i.id, i.unit_id, i.kind, i.created_on, i.expires_on, i.answered
                  from feedback_family_invitation f join feedback_invitation i on i.id = f.invitation_id
                 where f.child_id = ? and not i.answered and i.expires_on >= ?
                 order by i.expires_on, f.id limit 50""")
                .params(childId, today)
                .query((rs, row) -> new ChildInvitation(rs.getObject("ref", UUID.class), invitation(rs)))
                .list();
    }

    /** The invitation behind {@code ref} if it is on this child's page (used or not); another child's is empty. */
    Optional<Invitation> forChild(long childId, UUID ref) {
        return jdbc.sql("""
                select i.id, i.unit_id, i.kind, i.created_on, i.expires_on, i.answered
                  from feedback_family_invitation f join feedback_invitation i on i.id = f.invitation_id
                 where f.child_id = ? and f.ref = ?""")
                .params(childId, ref)
                .query((rs, row) -> invitation(rs))
                .optional();
    }

    private static Invitation invitation(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Invitation(rs.getLong("id"), rs.getLong("unit_id"), FeedbackKind.valueOf(rs.getString("kind")),
                rs.getDate("created_on").toLocalDate(), rs.getDate("expires_on").toLocalDate(),
                rs.getBoolean("answered"));
    }

    Optional<Invitation> invitation(String tokenHash) {
        return jdbc.sql("""
                select id, unit_id, kind, created_on, expires_on, answered from feedback_invitation
                 where token_hash = ?""")
                .param(tokenHash)
                .query((rs, row) -> invitation(rs))
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
