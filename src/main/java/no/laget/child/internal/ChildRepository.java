package no.laget.child.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import no.laget.access.Basis;
import no.laget.access.ChildDataFilter;
import no.laget.access.ListedChild;
import no.laget.child.Child;
import no.laget.child.ChildSummary;
import no.laget.child.Guardian;
import no.laget.child.ServingUnit;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The child module's SQL. Reads here are raw: callers ask the access door first. */
@Repository
public class ChildRepository {

    public record SearchRow(ChildSummary child, ListedChild listed) {}

    private final JdbcClient jdbc;

    ChildRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Child> find(long id) {
        return jdbc.sql("""
                select id, identity_number, given_name, family_name, birth_date, address, child_welfare_has_care
                  from child where id = ?""").param(id).query(ChildRepository::child).optional();
    }

    public void setChildWelfareCare(long childId, boolean hasCare, OffsetDateTime now) {
        jdbc.sql("update child set child_welfare_has_care = ?, updated_at = ? where id = ?").params(hasCare, now, childId).update();
    }

    public boolean noneRegistered() {
        return !jdbc.sql("select exists (select 1 from child)").query(Boolean.class).single();
    }

    public Optional<Long> idByIdentityNumber(String identityNumber) {
        return jdbc.sql("select id from child where identity_number = ?").param(identityNumber).query(Long.class)
                .optional();
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

    public List<ServingUnit> servingUnits(long childId) {
        return jdbc.sql("""
                select cu.unit_id, u.name, cu.from_date, cu.to_date
                  from child_unit cu join unit u on u.id = cu.unit_id
                 where cu.child_id = ? order by cu.from_date, u.name""").param(childId)
                .query((rs, row) -> new ServingUnit(rs.getLong("unit_id"), rs.getString("name"),
                        rs.getDate("from_date").toLocalDate(),
                        rs.getDate("to_date") == null ? null : rs.getDate("to_date").toLocalDate()))
                .list();
    }

    /**
     * Children matching the search that the access rule lets the user see, one page at a time, in one
     * statement whatever the number of rows: the rule is joined in, never asked per row.
     */
    public List<SearchRow> search(ChildDataFilter filter, SearchTerms terms, int limit, int offset) {
        Map<String, Object> params = new HashMap<>(filter.parameters());
        params.put("name", terms.name() == null ? null : terms.name().toLowerCase() + "%");
        params.put("birthDate", terms.birthDate());
        params.put("number", terms.identityNumber());
        params.put("limit", limit);
        params.put("offset", offset);
        return jdbc.sql("""
                select c.id, c.given_name, c.family_name, c.birth_date,
                       access.basis, access.consent_id, access.emergency_id
                  from child c
                """ + filter.join("c.id") + """
                 where (cast(:name as varchar) is null or lower(c.family_name) like :name or lower(c.given_name) like :name
                        or lower(c.given_name || ' ' || c.family_name) like :name)
                   and (cast(:birthDate as date) is null or c.birth_date = :birthDate)
                   and (cast(:number as varchar) is null or c.identity_number = :number)
                 order by lower(c.family_name), lower(c.given_name), c.id
                 limit :limit offset :offset""")
                .params(params)
                .query((rs, row) -> new SearchRow(
                        new ChildSummary(rs.getLong("id"), rs.getString("given_name"), rs.getString("family_name"),
                                rs.getDate("birth_date") == null ? null : rs.getDate("birth_date").toLocalDate()),
                        new ListedChild(rs.getLong("id"), Basis.valueOf(rs.getString("basis")),
                                (Long) rs.getObject("consent_id"), (Long) rs.getObject("emergency_id"))))
                .list();
    }

    public long insertChild(String identityNumber, String givenName, String familyName, LocalDate birthDate, String address,
            long unitId, OffsetDateTime now) {
        return jdbc.sql("""
                insert into child (identity_number, given_name, family_name, birth_date, address,
                                   registered_by_unit_id, created_at, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(identityNumber, givenName, familyName, birthDate, address, unitId, now, now)
                .query(Long.class).single();
    }

    public void update(long id, String givenName, String familyName, LocalDate birthDate, String address,
            OffsetDateTime now) {
        jdbc.sql("update child set given_name = ?, family_name = ?, birth_date = ?, address = ?, updated_at = ? where id = ?")
                .params(givenName, familyName, birthDate, address, now, id).update();
    }

    public boolean servedBy(long childId, long unitId, LocalDate day) {
        return jdbc.sql("""
                select exists (select 1 from child_unit where child_id = ? and unit_id = ?
                                  and from_date <= ? and (to_date is null or to_date >= ?))""")
                .params(childId, unitId, day, day).query(Boolean.class).single();
    }

    public void addServingUnit(long childId, long unitId, LocalDate from) {
        jdbc.sql("insert into child_unit (child_id, unit_id, from_date) values (?, ?, ?)")
                .params(childId, unitId, from).update();
    }

    /** Ends the unit's open service period; false when the day is before the period started. */
    public boolean endService(long childId, long unitId, LocalDate lastDay) {
        return jdbc.sql("""
                update child_unit set to_date = ?
                 where child_id = ? and unit_id = ? and to_date is null and from_date <= ?""")
                .params(lastDay, childId, unitId, lastDay).update() > 0;
    }

    public long insertGuardian(long childId, String name, String identityNumber, String phone, String email,
            boolean parentalResponsibility, OffsetDateTime now) {
        return jdbc.sql("""
                insert into guardian (child_id, name, identity_number, phone, email, parental_responsibility, created_at)
                values (?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(childId, name, identityNumber, phone, email, parentalResponsibility, now)
                .query(Long.class).single();
    }

    private static Child child(ResultSet rs, int row) throws SQLException {
        return new Child(rs.getLong("id"), rs.getString("identity_number"), rs.getString("given_name"),
                rs.getString("family_name"), rs.getDate("birth_date") == null ? null : rs.getDate("birth_date").toLocalDate(),
                rs.getString("address"), rs.getBoolean("child_welfare_has_care"));
    }

    /** Children served on the day per unit type and age band; each child once per type. */
    public List<no.laget.child.ServedCounts.Count> servedCounts(java.time.LocalDate day) {
        return jdbc.sql("""
                select unit_type, band, count(*)::int as n from (
                    select distinct u.type as unit_type, c.id,
                           case when c.birth_date is null then 'UNKNOWN'
                                when age(:day, c.birth_date) < interval '6 years' then 'AGE_0_5'
                                when age(:day, c.birth_date) < interval '13 years' then 'AGE_6_12'
                                when age(:day, c.birth_date) < interval '16 years' then 'AGE_13_15'
                                when age(:day, c.birth_date) < interval '18 years' then 'AGE_16_17'
                                else 'AGE_18_AND_OVER' end as band
                      from child_unit cu join unit u on u.id = cu.unit_id join child c on c.id = cu.child_id
                     where cu.from_date <= :day and (cu.to_date is null or cu.to_date >= :day)
                       and (c.birth_date is null or c.birth_date <= :day)
                ) served group by unit_type, band""")
                .param("day", day)
                .query((rs, row) -> new no.laget.child.ServedCounts.Count(rs.getString("unit_type"),
                        no.laget.child.ServedCounts.AgeBand.valueOf(rs.getString("band")), rs.getInt("n")))
                .list();
    }
}
