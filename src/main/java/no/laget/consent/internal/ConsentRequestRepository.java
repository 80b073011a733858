package no.laget.consent.internal;

import java.sql.Array;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import no.laget.access.InformationCategory;
import no.laget.child.Child;
import no.laget.child.Guardian;
import no.laget.consent.ConsentRequest;
import no.laget.consent.GivenBy;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Consent requests with what they ask and who has answered: three statements for any number of requests (requests,
 * asked grants, answerers). Also the child and guardians as the consent form needs them when the family answers
 * through its own door (no employee, so not through {@code child.Children}).
 */
@Repository
public class ConsentRequestRepository {

    private final JdbcClient jdbc;
    private final JdbcTemplate jdbcTemplate;

    ConsentRequestRepository(JdbcClient jdbc, JdbcTemplate jdbcTemplate) {
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
    }

    public record NewAsk(InformationCategory category, Long unitId, String unitType) {}

    public long insert(long childId, GivenBy givenBy, String purpose, LocalDate validFrom, LocalDate validTo,
            long requestedBy, long unitId, OffsetDateTime now, List<NewAsk> asks) {
        long id = jdbc.sql("""
                insert into consent_request (child_id, given_by, purpose, valid_from, valid_to, requested_by,
                                             requested_by_unit_id, requested_at)
                values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(childId, givenBy.name(), purpose, validFrom, validTo, requestedBy, unitId, now)
                .query(Long.class).single();
        jdbcTemplate.batchUpdate("""
                insert into consent_request_grant (request_id, category, receiver_unit_id, receiver_unit_type)
                values (?, ?, ?, ?)""",
                asks.stream().map(a -> new Object[] {id, a.category().name(), a.unitId(), a.unitType()}).toList());
        return id;
    }

    public List<ConsentRequest> forChild(long childId) {
        return load("r.child_id = ?", childId);
    }

    public Optional<ConsentRequest> find(long requestId) {
        return load("r.id = ?", requestId).stream().findFirst();
    }

    /** Locks the request row for the answering transaction, so two guardians answering at once decide it once. */
    public void lock(long requestId) {
        jdbc.sql("select id from consent_request where id = ? for update").param(requestId).query(Long.class).optional();
    }

    private List<ConsentRequest> load(String condition, long value) {
        Map<Long, List<ConsentRequest.Asked>> asked = new HashMap<>();
        jdbc.sql("""
                select g.id, g.request_id, g.category, g.receiver_unit_id, u.name as unit_name, g.receiver_unit_type
                  from consent_request_grant g join consent_request r on r.id = g.request_id
                  left join unit u on u.id = g.receiver_unit_id
                 where\s""" + condition + " order by g.id")
                .param(value)
                .query(rs -> {
                    asked.computeIfAbsent(rs.getLong("request_id"), id -> new ArrayList<>()).add(new ConsentRequest.Asked(
                            rs.getLong("id"), InformationCategory.valueOf(rs.getString("category")),
                            (Long) rs.getObject("receiver_unit_id"), rs.getString("unit_name"),
                            rs.getString("receiver_unit_type")));
                });
        // who must answer: every guardian with parental responsibility (GUARDIANS), or the child (YOUNG_PERSON), with
        // the answer each has given to this request, if any; plus anyone who answered and no longer must (kept shown)
        Map<Long, List<ConsentRequest.Answerer>> answerers = new HashMap<>();
        jdbc.sql("""
                with req as (select r.* from consent_request r where\s""" + condition + """
                ), who as (
                    select req.id as request_id, g.id as guardian_id, g.name, g.id as sort
                      from req join guardian g on g.child_id = req.child_id and g.parental_responsibility
                     where req.given_by = 'GUARDIANS'
                    union
                    select req.id, a.guardian_id, g.name, g.id
                      from req join consent_answer a on a.request_id = req.id join guardian g on g.id = a.guardian_id
                    union
                    select req.id, null, c.given_name || ' ' || c.family_name, 0
                      from req join child c on c.id = req.child_id
                     where req.given_by = 'YOUNG_PERSON'
                )
                select who.request_id, who.guardian_id, who.name, a.answer, a.answered_at, a.assurance, a.comment,
                       array(select ag.request_grant_id from consent_answer_grant ag where ag.answer_id = a.id order by 1)
                           as grant_ids
                  from who
                  left join consent_answer a on a.request_id = who.request_id
                        and a.guardian_id is not distinct from who.guardian_id
                 order by who.request_id, who.sort""")
                .param(value)
                .query(rs -> {
                    answerers.computeIfAbsent(rs.getLong("request_id"), id -> new ArrayList<>()).add(
                            new ConsentRequest.Answerer((Long) rs.getObject("guardian_id"), rs.getString("name"),
                                    rs.getString("answer"), rs.getObject("answered_at", OffsetDateTime.class),
                                    rs.getString("assurance"), rs.getString("comment"),
                                    rs.getString("answer") == null ? List.of() : ids(rs.getArray("grant_ids"))));
                });
        return jdbc.sql("""
                select r.*, u.name as unit_name, e.display_name as requested_by_name
                  from consent_request r join unit u on u.id = r.requested_by_unit_id
                  join employee e on e.id = r.requested_by
                 where\s""" + condition + " order by r.requested_at desc, r.id desc")
                .param(value)
                .query((rs, row) -> new ConsentRequest(rs.getLong("id"), rs.getLong("child_id"),
                        GivenBy.valueOf(rs.getString("given_by")), rs.getString("purpose"),
                        rs.getDate("valid_from").toLocalDate(), rs.getDate("valid_to").toLocalDate(),
                        rs.getLong("requested_by_unit_id"), rs.getString("unit_name"),
                        rs.getString("requested_by_name"), rs.getObject("requested_at", OffsetDateTime.class),
                        (Long) rs.getObject("consent_id"), rs.getObject("decided_at", OffsetDateTime.class),
                        asked.getOrDefault(rs.getLong("id"), List.of()),
                        answerers.getOrDefault(rs.getLong("id"), List.of())))
                .list();
    }

    public long insertAnswer(long requestId, long familyMemberId, Long guardianId, String answer, String comment,
            String assurance, OffsetDateTime now, List<Long> grantIds) {
        long id = jdbc.sql("""
                insert into consent_answer (request_id, family_member_id, guardian_id, answer, comment, assurance,
                                            answered_at)
                values (?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(requestId, familyMemberId, guardianId, answer, comment, assurance, now)
                .query(Long.class).single();
        jdbcTemplate.batchUpdate("insert into consent_answer_grant (answer_id, request_grant_id) values (?, ?)",
                grantIds.stream().map(g -> new Object[] {id, g}).toList());
        return id;
    }

    /** One family member's answer to the request that a consent was decided from, as the consent form prints it. */
    public record DigitalAnswer(String name, String answer, OffsetDateTime answeredAt, String assurance) {

        @Override
        public String toString() {
            return "DigitalAnswer[" + answer + "]";
        }
    }

    /**
     * Who answered the request that became this consent (or refusal), in the order they answered: the guardian's name
     * as registered, or the child's for the young person. Empty for a consent that no request became.
     */
    public List<DigitalAnswer> answersForConsent(long consentId) {
        return jdbc.sql("""
                select coalesce(g.name, c.given_name || ' ' || c.family_name) as name, a.answer, a.answered_at,
                       a.assurance
                  from consent_request r join consent_answer a on a.request_id = r.id
                  join child c on c.id = r.child_id
                  left join guardian g on g.id = a.guardian_id
                 where r.consent_id = ?
                 order by a.answered_at, a.id""")
                .param(consentId)
                .query((rs, row) -> new DigitalAnswer(rs.getString("name"), rs.getString("answer"),
                        rs.getObject("answered_at", OffsetDateTime.class), rs.getString("assurance")))
                .list();
    }

    public boolean answered(long requestId, long familyMemberId) {
        return jdbc.sql("select exists (select 1 from consent_answer where request_id = ? and family_member_id = ?)")
                .params(requestId, familyMemberId).query(Boolean.class).single();
    }

    /** The requests of the child that this family member has answered. */
    public List<Long> answeredBy(long familyMemberId, long childId) {
        return jdbc.sql("""
                select a.request_id from consent_answer a join consent_request r on r.id = a.request_id
                 where a.family_member_id = ? and r.child_id = ?""")
                .params(familyMemberId, childId).query(Long.class).list();
    }

    public long requestedBy(long requestId) {
        return jdbc.sql("select requested_by from consent_request where id = ?").param(requestId).query(Long.class)
                .single();
    }

    public void decide(long requestId, long consentId, OffsetDateTime now) {
        jdbc.sql("update consent_request set consent_id = ?, decided_at = ? where id = ? and consent_id is null")
                .params(consentId, now, requestId).update();
    }

    /** The guardian row a family member stands in for this child: one with parental responsibility. */
    public Optional<Guardian> guardianOf(long childId, String identityNumber) {
        return guardians(childId).stream()
                .filter(g -> g.parentalResponsibility() && identityNumber.equals(g.identityNumber())).findFirst();
    }

    /** The child as the consent form prints it; the caller acts for the family through its own door. */
    public Child child(long childId) {
        return jdbc.sql("""
                select id, identity_number, given_name, family_name, birth_date, address, child_welfare_has_care
                  from child where id = ?""").param(childId)
                .query((rs, row) -> new Child(rs.getLong("id"), rs.getString("identity_number"),
                        rs.getString("given_name"), rs.getString("family_name"),
                        rs.getDate("birth_date") == null ? null : rs.getDate("birth_date").toLocalDate(),
                        rs.getString("address"), rs.getBoolean("child_welfare_has_care")))
                .single();
    }

    public List<Guardian> guardians(long childId) {
        return jdbc.sql("""
                select id, child_id, name, identity_number, phone, email, parental_responsibility
                  from guardian where child_id = ? order by id""").param(childId)
                .query((rs, row) -> new Guardian(rs.getLong("id"), rs.getLong("child_id"), rs.getString("name"),
                        rs.getString("identity_number"), rs.getString("phone"), rs.getString("email"),
                        rs.getBoolean("parental_responsibility")))
                .list();
    }

    private static List<Long> ids(Array array) throws SQLException {
        return Arrays.asList((Long[]) array.getArray());
    }
}
