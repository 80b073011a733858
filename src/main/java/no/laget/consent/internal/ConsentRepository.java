package no.laget.consent.internal;

import java.sql.Array;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import no.laget.access.InformationCategory;
import no.laget.consent.Consent;
import no.laget.consent.GivenBy;
import no.laget.consent.Grant;
import no.laget.consent.HowGiven;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Consents with their grants and guardians, two statements for any number of consents. */
@Repository
public class ConsentRepository {

    private final JdbcClient jdbc;
    private final JdbcTemplate jdbcTemplate;

    ConsentRepository(JdbcClient jdbc, JdbcTemplate jdbcTemplate) {
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
    }

    public List<Consent> forChild(long childId) {
        return load("c.child_id = ?", childId);
    }

    public Optional<Consent> find(long consentId) {
        return load("c.id = ?", consentId).stream().findFirst();
    }

    private List<Consent> load(String condition, long value) {
        Map<Long, List<Grant>> grants = new LinkedHashMap<>();
        jdbc.sql("""
                select g.id, g.consent_id, g.category, g.receiver_unit_id, u.name as unit_name, g.receiver_unit_type,
                       g.withdrawn_at, g.withdrawn_by_name
                  from consent_grant g join consent c on c.id = g.consent_id
                  left join unit u on u.id = g.receiver_unit_id
                 where\s""" + condition + " order by g.id")
                .param(value)
                .query(rs -> {
                    grants.computeIfAbsent(rs.getLong("consent_id"), id -> new ArrayList<>()).add(new Grant(
                            rs.getLong("id"), InformationCategory.valueOf(rs.getString("category")),
                            (Long) rs.getObject("receiver_unit_id"), rs.getString("unit_name"),
                            rs.getString("receiver_unit_type"), rs.getObject("withdrawn_at", OffsetDateTime.class),
                            rs.getString("withdrawn_by_name")));
                });
        return jdbc.sql("""
                select c.*, e.display_name as recorded_by_name,
                       array(select cg.guardian_id from consent_guardian cg where cg.consent_id = c.id order by 1) as guardian_ids
                  from consent c join employee e on e.id = c.recorded_by
                 where\s""" + condition + " order by c.valid_from desc, c.id desc")
                .param(value)
                .query((rs, row) -> new Consent(rs.getLong("id"), rs.getLong("child_id"),
                        GivenBy.valueOf(rs.getString("given_by")), HowGiven.valueOf(rs.getString("form")),
                        rs.getString("child_view"), rs.getString("purpose"), rs.getDate("valid_from").toLocalDate(),
                        rs.getDate("valid_to").toLocalDate(), rs.getBoolean("refused"), rs.getLong("recorded_by"),
                        rs.getString("recorded_by_name"), rs.getLong("recorded_by_unit_id"),
                        rs.getObject("recorded_at", OffsetDateTime.class),
                        rs.getObject("withdrawn_at", OffsetDateTime.class), rs.getString("withdrawn_by_name"),
                        ids(rs.getArray("guardian_ids")), grants.getOrDefault(rs.getLong("id"), List.of()),
                        rs.getString("digital_assurance")))
                .list();
    }

    public record NewGrant(InformationCategory category, Long unitId, String unitType) {}

    public long insert(long childId, GivenBy givenBy, HowGiven howGiven, String childView, String purpose, LocalDate validFrom,
            LocalDate validTo, boolean refused, long recordedBy, long recordedByUnitId, OffsetDateTime now,
            List<Long> guardianIds, List<NewGrant> newGrants) {
        long id = jdbc.sql("""
                insert into consent (child_id, given_by, form, child_view, purpose, valid_from, valid_to, refused,
                                     recorded_by, recorded_by_unit_id, recorded_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(childId, givenBy.name(), howGiven.name(), childView, purpose, validFrom, validTo, refused,
                        recordedBy, recordedByUnitId, now)
                .query(Long.class).single();
        jdbcTemplate.batchUpdate("insert into consent_guardian (consent_id, guardian_id) values (?, ?)",
                guardianIds.stream().map(g -> new Object[] {id, g}).toList());
        jdbcTemplate.batchUpdate("""
                insert into consent_grant (consent_id, category, receiver_unit_id, receiver_unit_type)
                values (?, ?, ?, ?)""",
                newGrants.stream().map(g -> new Object[] {id, g.category().name(), g.unitId(), g.unitType()}).toList());
        return id;
    }

    public void withdrawAll(long consentId, String byName, long recordedBy, OffsetDateTime now) {
        jdbc.sql("update consent set withdrawn_at = ?, withdrawn_by_name = ?, withdrawal_recorded_by = ? where id = ? and withdrawn_at is null")
                .params(now, byName, recordedBy, consentId).update();
    }

    public void withdrawGrants(long consentId, List<Long> grantIds, String byName, long recordedBy, OffsetDateTime now) {
        jdbc.sql("""
                update consent_grant set withdrawn_at = ?, withdrawn_by_name = ?, withdrawal_recorded_by = ?
                 where consent_id = ? and id = any(?) and withdrawn_at is null""")
                .params(now, byName, recordedBy, consentId, grantIds.toArray(Long[]::new)).update();
    }

    /** Marks a consent as given digitally with the assurance level of the login(s) (issue 12). */
    public void setDigitalAssurance(long consentId, String assurance) {
        jdbc.sql("update consent set digital_assurance = ? where id = ?").params(assurance, consentId).update();
    }

    /** A withdrawal of the whole consent by a family member through the family's door: no employee recorded it. */
    public void withdrawAllByFamily(long consentId, String byName, long familyMemberId, OffsetDateTime now) {
        jdbc.sql("""
                update consent set withdrawn_at = ?, withdrawn_by_name = ?, withdrawn_by_family_member_id = ?
                 where id = ? and withdrawn_at is null""")
                .params(now, byName, familyMemberId, consentId).update();
    }

    /** A withdrawal of some grants by a family member through the family's door. */
    public void withdrawGrantsByFamily(long consentId, List<Long> grantIds, String byName, long familyMemberId,
            OffsetDateTime now) {
        jdbc.sql("""
                update consent_grant set withdrawn_at = ?, withdrawn_by_name = ?, withdrawn_by_family_member_id = ?
                 where consent_id = ? and id = any(?) and withdrawn_at is null""")
                .params(now, byName, familyMemberId, consentId, grantIds.toArray(Long[]::new)).update();
    }

    /**
     * The newest live consent of a given giver and form whose live grants cover the category for the unit (by id
     * or by type) on the day; for modules that need a particular consent before they start work.
     */
    public Optional<Long> liveConsent(long childId, String givenBy, String form, String category, long unitId,
            LocalDate today) {
        return jdbc.sql("""
                select c.id
                  from consent c
                  join consent_grant g on g.consent_id = c.id
                  join unit u on u.id = ?
                 where c.child_id = ? and c.given_by = ? and c.form = ? and consent_grant_live(c, g, ?)
                   and g.category = ? and (g.receiver_unit_id = u.id or g.receiver_unit_type = u.type)
                 order by c.recorded_at desc, c.id desc
                 limit 1""")
                .params(unitId, childId, givenBy, form, today, category)
                .query(Long.class).optional();
    }

    /** Ids of the live consents of a child covering a category for a unit (named, or by its type), newest first. */
    public List<Long> liveCovering(long childId, InformationCategory category, long unitId, LocalDate today) {
        return jdbc.sql("""
                select distinct c.id, c.valid_from
                  from consent c
                  join consent_grant g on g.consent_id = c.id
                  join unit u on u.id = ?
                 where c.child_id = ? and consent_grant_live(c, g, ?) and g.category = ?
                   and (g.receiver_unit_id = u.id or g.receiver_unit_type = u.type)
                 order by c.valid_from desc, c.id desc""")
                .params(unitId, childId, today, category.name())
                .query((rs, row) -> rs.getLong("id")).list();
    }

    /**
     * The receivers (unit ids and unit type names) of the child's live consents that cover a category: the same live
     * rule as {@link #liveCovering}, asked once for every unit instead of once per unit.
     */
    public List<String[]> liveReceivers(long childId, InformationCategory category, LocalDate today) {
        return jdbc.sql("""
                select distinct g.receiver_unit_id, g.receiver_unit_type
                  from consent c join consent_grant g on g.consent_id = c.id
                 where c.child_id = ? and consent_grant_live(c, g, ?) and g.category = ?""")
                .params(childId, today, category.name())
                .query((rs, row) -> new String[] {rs.getString("receiver_unit_id"), rs.getString("receiver_unit_type")})
                .list();
    }

    private static List<Long> ids(Array array) throws SQLException {
        return Arrays.asList((Long[]) array.getArray());
    }

    /**
     * Consents recorded, refused and withdrawn in [from, to), per recording unit's type and quarter, in Oslo time,
     * recorded by a unit in the scope. Each branch starts from the scope's units and finds their consents by
     * {@code consent_recorded_unit_idx} / {@code consent_withdrawn_unit_idx} (V197), so a municipality's count reads
     * that municipality's consents only.
     */
    List<ConsentFigures.Count> countsByQuarter(java.time.OffsetDateTime from, java.time.OffsetDateTime to,
            no.laget.statistics.FigureScope scope) {
        return jdbc.sql("""
                with events as (
                    select case when c.refused then 'REFUSED' else 'RECORDED' end as kind, u.type as unit_type,
                           c.recorded_at as at
                      from unit u join consent c on c.recorded_by_unit_id = u.id
                     where %1$s and c.recorded_at >= :from and c.recorded_at < :to
                    union all
                    select 'WITHDRAWN', u.type, c.withdrawn_at
                      from unit u join consent c on c.recorded_by_unit_id = u.id
                     where %1$s and c.withdrawn_at >= :from and c.withdrawn_at < :to
                )
                select kind, unit_type, extract(quarter from at at time zone 'Europe/Oslo')::int as quarter,
                       count(*)::int as n
                  from events group by kind, unit_type, quarter""".formatted(scope.unitIn("u")))
                .param("from", from).param("to", to).param("municipality", scope.municipalityId())
                .query((rs, row) -> new ConsentFigures.Count(ConsentFigures.Kind.valueOf(rs.getString("kind")),
                        rs.getString("unit_type"), rs.getInt("quarter"), rs.getInt("n")))
                .list();
    }
}
