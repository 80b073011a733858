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

    /**
     * Whether the unit (or the employee) may read what other units recorded about the child: a live consent that
     * covers BASIC for the unit (by id or type), or the employee's live emergency access. The same liveness test as
     * the consent branch of {@code access_basis}: the SQL function {@code consent_grant_live} (V195); OWN_SERVICE is
     * deliberately not enough. Used inside the queries below, so asking costs no extra statement.
     */
    private static final String SEES_OTHERS_RECORDS = """
            (exists (select 1
                       from consent sc
                       join consent_grant sg on sg.consent_id = sc.id
                       join unit su on su.id = :unit
                      where sc.child_id = :child and consent_grant_live(sc, sg, :today)
                        and sg.category = 'BASIC' and (sg.receiver_unit_id = :unit or sg.receiver_unit_type = su.type))
             or exists (select 1 from emergency_access se
                         where se.child_id = :child and se.employee_id = :employee
                           and se.started_at <= :now and se.expires_at > :now))""";

    /** The child as the unit may see it: the address only when the unit recorded it or may read others' records. */
    public Optional<Child> findFor(long id, long unitId, long employeeId, LocalDate today, OffsetDateTime now) {
        return jdbc.sql("""
                select id, identity_number, given_name, family_name, birth_date, child_welfare_has_care,
                       case when address_unit_id = :unit or """ + SEES_OTHERS_RECORDS + """
                            then address end as address
                  from child where id = :child""")
                .param("child", id).param("unit", unitId).param("employee", employeeId).param("today", today)
                .param("now", now)
                .query(ChildRepository::child).optional();
    }

    /** Guardians as the unit may see them: names and parental responsibility always, contact details as above. */
    public List<Guardian> guardiansFor(long childId, long unitId, long employeeId, LocalDate today, OffsetDateTime now) {
        return jdbc.sql("""
                select id, child_id, name, parental_responsibility, (recorded_by_unit_id = :unit or """
                + SEES_OTHERS_RECORDS + """
                       ) as visible, identity_number, phone, email
                  from guardian where child_id = :child order by id""")
                .param("child", childId).param("unit", unitId).param("employee", employeeId).param("today", today)
                .param("now", now)
                .query((rs, row) -> {
                    boolean visible = rs.getBoolean("visible");
                    return new Guardian(rs.getLong("id"), rs.getLong("child_id"), rs.getString("name"),
                            visible ? rs.getString("identity_number") : null, visible ? rs.getString("phone") : null,
                            visible ? rs.getString("email") : null, rs.getBoolean("parental_responsibility"));
                })
                .list();
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

    /**
     * The units serving the child as the reader's unit may see them: its own service always, the others only under a
     * consent covering BASIC or an emergency access. That a child is known to child welfare, PPT or the health station
     * is itself confidential, recorded by that unit like a phone number.
     */
    public List<ServingUnit> servingUnitsFor(long childId, long unitId, long employeeId, LocalDate today,
            OffsetDateTime now) {
        return jdbc.sql("""
                select cu.unit_id, u.name, cu.from_date, cu.to_date
                  from child_unit cu join unit u on u.id = cu.unit_id
                 where cu.child_id = :child and (cu.unit_id = :unit or """ + SEES_OTHERS_RECORDS + """
                       ) order by cu.from_date, u.name""")
                .param("child", childId).param("unit", unitId).param("employee", employeeId).param("today", today)
                .param("now", now)
                .query((rs, row) -> new ServingUnit(rs.getLong("unit_id"), rs.getString("name"),
                        rs.getDate("from_date").toLocalDate(),
                        rs.getDate("to_date") == null ? null : rs.getDate("to_date").toLocalDate()))
                .list();
    }

    /**
     * Children matching the search that the access rule lets the user see, one page at a time, in one
     * statement whatever the number of rows: the rule is joined in, never asked per row.
     * <p>
     * The statement holds only the conditions the terms use, each served by an index: an identity number by its
     * unique index, a birth date by child_birth_date_idx, a name by the prefix indexes on the family name and on
     * "given family" (text_pattern_ops, so {@code like 'x%'} is an index range). The matches are sorted first;
     * the door's rule (a cross join lateral, so a row the door refuses never shows) is then asked in that order
     * only until the page is full, not for every match.
     */
    public List<SearchRow> search(ChildDataFilter filter, SearchTerms terms, int limit, int offset) {
        Map<String, Object> params = new HashMap<>(filter.parameters());
        String match = match(terms, params);
        if (match == null) {
            return List.of();
        }
        params.put("limit", limit);
        params.put("offset", offset);
        return jdbc.sql("""
                select m.id, m.given_name, m.family_name, m.birth_date,
                       access.basis, access.consent_id, access.emergency_id
                  from (select c.id, c.given_name, c.family_name, c.birth_date,
                               lower(c.family_name) as family_key, lower(c.given_name) as given_key
                          from child c
                         where %s
                         order by family_key, given_key, c.id) m
                """.formatted(match) + filter.join("m.id") + """
                 order by m.family_key, m.given_key, m.id
                 limit :limit offset :offset""")
                .params(params)
                .query((rs, row) -> new SearchRow(
                        new ChildSummary(rs.getLong("id"), rs.getString("given_name"), rs.getString("family_name"),
                                rs.getDate("birth_date") == null ? null : rs.getDate("birth_date").toLocalDate()),
                        new ListedChild(rs.getLong("id"), Basis.valueOf(rs.getString("basis")),
                                (Long) rs.getObject("consent_id"), (Long) rs.getObject("emergency_id"))))
                .list();
    }

    /**
     * How many children in the whole database match the terms, counted up to {@code atMost} (the same indexes as the
     * search; no child is read, so the door is not asked).
     */
    public int matches(SearchTerms terms, int atMost) {
        Map<String, Object> params = new HashMap<>();
        String match = match(terms, params);
        if (match == null) {
            return 0;
        }
        params.put("atMost", atMost);
        return jdbc.sql("select count(*)::int from (select 1 from child c where " + match + " limit :atMost) m")
                .params(params).query(Integer.class).single();
    }

    /** The search's condition on {@code child c} for the terms (its values put into params), or null for none. */
    private static String match(SearchTerms terms, Map<String, Object> params) {
        if (terms.identityNumber() != null) {
            params.put("number", terms.identityNumber());
            return "c.identity_number = cast(:number as char(11))";
        }
        String name = null;
        if (terms.name() != null) {
            params.put("name", likePrefix(terms.name().toLowerCase()));
            name = "(lower(c.family_name) like :name or lower(c.given_name || ' ' || c.family_name) like :name)";
        }
        if (terms.birthDate() != null) {
            params.put("birthDate", terms.birthDate());
            return name == null ? "c.birth_date = :birthDate" : "c.birth_date = :birthDate and " + name;
        }
        return name;
    }

    /** What was typed, as the start of a LIKE pattern: its own % and _ are letters, not wildcards. */
    static String likePrefix(String typed) {
        return typed.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    public long insertChild(String identityNumber, String givenName, String familyName, LocalDate birthDate, String address,
            long unitId, OffsetDateTime now) {
        return insertChildUnlessKnown(identityNumber, givenName, familyName, birthDate, address, unitId, now)
                .orElseThrow(() -> new IllegalStateException("identity number already registered"));
    }

    /**
     * A new child, or empty when the identity number is already registered (also by a registration running at the
     * same moment): the unique index decides, so two registrations of one number never make two children.
     */
    public Optional<Long> insertChildUnlessKnown(String identityNumber, String givenName, String familyName,
            LocalDate birthDate, String address, long unitId, OffsetDateTime now) {
        return jdbc.sql("""
                insert into child (identity_number, given_name, family_name, birth_date, address, address_unit_id,
                                   registered_by_unit_id, created_at, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (identity_number) where identity_number is not null do nothing
                returning id""")
                .params(identityNumber, givenName, familyName, birthDate, address, address == null ? null : unitId,
                        unitId, now, now)
                .query(Long.class).optional();
    }

    /** Name and birth date; the address only when {@code changeAddress} (it then becomes the unit's record). */
    public void update(long id, String givenName, String familyName, LocalDate birthDate, boolean changeAddress,
            String address, long unitId, OffsetDateTime now) {
        jdbc.sql("""
                update child set given_name = ?, family_name = ?, birth_date = ?, updated_at = ?,
                       address = case when ? then ? else address end,
                       address_unit_id = case when ? then ? else address_unit_id end
                 where id = ?""")
                .params(givenName, familyName, birthDate, now, changeAddress, address, changeAddress,
                        address == null ? null : unitId, id)
                .update();
    }

    public long insertRegistration(String reference, long childId, long unitId, long employeeId, OffsetDateTime now,
            String identityNumber, String noNumberReason, String noNumberExplanation, String givenName,
            String familyName, LocalDate birthDate, boolean birthDateConfirmed, String address, LocalDate servingFrom,
            String reason) {
        return jdbc.sql("""
                insert into child_registration (reference, child_id, unit_id, employee_id, registered_at, identity_number,
                       no_number_reason, no_number_explanation, given_name, family_name, birth_date, birth_date_confirmed,
                       address, serving_from, reason)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(reference, childId, unitId, employeeId, now, identityNumber, noNumberReason, noNumberExplanation,
                        givenName, familyName, birthDate, birthDateConfirmed, address, servingFrom, reason)
                .query(Long.class).single();
    }

    /** The receipt of a registration, for the unit that made it only. */
    public Optional<no.laget.child.internal.RegistrationReceipt> receipt(String reference, long unitId) {
        return jdbc.sql("""
                select reference, identity_number, no_number_reason, no_number_explanation, given_name, family_name,
                       birth_date, birth_date_confirmed, address, serving_from, reason,
                       (registered_at at time zone 'Europe/Oslo')::date as registered_on
                  from child_registration where reference = ? and unit_id = ?""")
                .params(reference, unitId)
                .query((rs, row) -> new no.laget.child.internal.RegistrationReceipt(rs.getString("reference"),
                        rs.getString("identity_number"), rs.getString("no_number_reason"),
                        rs.getString("no_number_explanation"), rs.getString("given_name"), rs.getString("family_name"),
                        rs.getObject("birth_date", LocalDate.class), rs.getBoolean("birth_date_confirmed"),
                        rs.getString("address"), rs.getObject("serving_from", LocalDate.class), rs.getString("reason"),
                        rs.getObject("registered_on", LocalDate.class)))
                .optional();
    }

    public boolean pendingClaimExists(long childId, long unitId) {
        return jdbc.sql("select exists (select 1 from serving_claim where child_id = ? and unit_id = ? and status = 'PENDING')")
                .params(childId, unitId).query(Boolean.class).single();
    }

    public long insertClaim(long registrationId, long childId, long unitId, long employeeId, OffsetDateTime now,
            String reason, LocalDate servingFrom) {
        return jdbc.sql("""
                insert into serving_claim (registration_id, child_id, unit_id, claimed_by, claimed_at, reason, serving_from)
                values (?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(registrationId, childId, unitId, employeeId, now, reason, servingFrom)
                .query(Long.class).single();
    }

    private static final String CLAIM_COLUMNS = """
            select s.id, s.unit_id, u.name as unit_name, s.claimed_by, s.claimed_at, s.reason, s.serving_from, s.status,
                   s.reviewed_by, s.reviewed_at, r.given_name, r.family_name, r.birth_date
              from serving_claim s
              join unit u on u.id = s.unit_id
              join child_registration r on r.id = s.registration_id
            """;

    /** The unit's claims awaiting review, oldest first, in one statement. */
    public List<no.laget.child.ServingClaim> pendingClaims(long unitId, int limit) {
        return jdbc.sql(CLAIM_COLUMNS + " where s.unit_id = ? and s.status = 'PENDING' order by s.claimed_at, s.id limit ?")
                .params(unitId, limit).query(ChildRepository::claim).list();
    }

    /** The claims on the child the reader's unit may see (its own, others' as for serving units), newest first. */
    public List<no.laget.child.ServingClaim> claimsFor(long childId, long unitId, long employeeId, LocalDate today,
            OffsetDateTime now) {
        return jdbc.sql(CLAIM_COLUMNS + " where s.child_id = :child and (s.unit_id = :unit or " + SEES_OTHERS_RECORDS
                        + ") order by s.claimed_at desc, s.id desc")
                .param("child", childId).param("unit", unitId).param("employee", employeeId).param("today", today)
                .param("now", now)
                .query(ChildRepository::claim).list();
    }

    public record ReviewedClaim(long childId, LocalDate servingFrom) {}

    /** Marks the unit's pending claim reviewed; empty when there is no such pending claim of that unit. */
    public Optional<ReviewedClaim> review(long claimId, long unitId, String status, long reviewer, OffsetDateTime now) {
        return jdbc.sql("""
                update serving_claim set status = ?, reviewed_by = ?, reviewed_at = ?
                 where id = ? and unit_id = ? and status = 'PENDING'
                returning child_id, serving_from""")
                .params(status, reviewer, now, claimId, unitId)
                .query((rs, row) -> new ReviewedClaim(rs.getLong("child_id"), rs.getObject("serving_from", LocalDate.class)))
                .optional();
    }

    private static no.laget.child.ServingClaim claim(ResultSet rs, int row) throws SQLException {
        return new no.laget.child.ServingClaim(rs.getLong("id"), rs.getLong("unit_id"), rs.getString("unit_name"),
                rs.getLong("claimed_by"), rs.getObject("claimed_at", OffsetDateTime.class), rs.getString("reason"),
                rs.getObject("serving_from", LocalDate.class),
                no.laget.child.ServingClaim.Status.valueOf(rs.getString("status")), (Long) rs.getObject("reviewed_by"),
                rs.getObject("reviewed_at", OffsetDateTime.class), rs.getString("given_name"),
                rs.getString("family_name"), rs.getObject("birth_date", LocalDate.class));
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
            boolean parentalResponsibility, long recordedByUnitId, OffsetDateTime now) {
        return jdbc.sql("""
                insert into guardian (child_id, name, identity_number, phone, email, parental_responsibility,
                                      recorded_by_unit_id, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(childId, name, identityNumber, phone, email, parentalResponsibility, recordedByUnitId, now)
                .query(Long.class).single();
    }

    private static Child child(ResultSet rs, int row) throws SQLException {
        return new Child(rs.getLong("id"), rs.getString("identity_number"), rs.getString("given_name"),
                rs.getString("family_name"), rs.getDate("birth_date") == null ? null : rs.getDate("birth_date").toLocalDate(),
                rs.getString("address"), rs.getBoolean("child_welfare_has_care"));
    }

    /**
     * Children served on the day per unit type and age band, by units in the scope. The country's figures come from
     * the night's snapshot of that day when there is one (ServedSnapshot); a municipality's, and a day without a
     * snapshot, are counted now.
     */
    List<ServedFigures.Count> servedCounts(LocalDate day, no.laget.statistics.FigureScope scope) {
        if (scope.isCountry()) {
            Optional<List<ServedFigures.Count>> snapshot = servedSnapshot(day);
            if (snapshot.isPresent()) {
                return snapshot.get();
            }
        }
        return countServed(day, scope);
    }

    Optional<List<ServedFigures.Count>> servedSnapshot(LocalDate day) {
        boolean taken = jdbc.sql("select exists (select 1 from served_snapshot where day = ?)").param(day)
                .query(Boolean.class).single();
        if (!taken) {
            return Optional.empty();
        }
        return Optional.of(jdbc.sql("select unit_type, band, n from served_snapshot_count where day = ?").param(day)
                .query((rs, row) -> new ServedFigures.Count(rs.getString("unit_type"),
                        ServedFigures.AgeBand.valueOf(rs.getString("band")), rs.getInt("n")))
                .list());
    }

    /** Replaces the day's snapshot of the country's children served with these counts. */
    void storeServedSnapshot(LocalDate day, java.time.Instant takenAt, List<ServedFigures.Count> counts) {
        jdbc.sql("delete from served_snapshot where day = ?").param(day).update();
        jdbc.sql("insert into served_snapshot (day, taken_at) values (?, ?)")
                .params(day, OffsetDateTime.ofInstant(takenAt, java.time.ZoneOffset.UTC)).update();
        for (ServedFigures.Count count : counts) {
            jdbc.sql("insert into served_snapshot_count (day, unit_type, band, n) values (?, ?, ?, ?)")
                    .params(day, count.unitType(), count.band().name(), count.count()).update();
        }
    }

    /**
     * Children served on the day per unit type and age band, by units in the scope; each child once per type. The
     * scope's units find their rows in {@code child_unit_unit_day_idx} (V197) alone; the distinct pairs of type and
     * child are made before the child is joined, so the sort is over two narrow columns. The bands compare the birth
     * date with the day so many years back (computed here), not {@code age(...) < interval}: PostgreSQL compares
     * intervals with 30-day months, so a child of 5 years, 11 months and 30 days counted as six.
     */
    List<ServedFigures.Count> countServed(LocalDate day, no.laget.statistics.FigureScope scope) {
        return jdbc.sql("""
                select served.unit_type,
                       case when c.birth_date is null then 'UNKNOWN'
                            when c.birth_date > :six then 'AGE_0_5'
                            when c.birth_date > :thirteen then 'AGE_6_12'
                            when c.birth_date > :sixteen then 'AGE_13_15'
                            when c.birth_date > :eighteen then 'AGE_16_17'
                            else 'AGE_18_AND_OVER' end as band,
                       count(*)::int as n
                  from (select distinct u.type as unit_type, cu.child_id
                          from unit u join child_unit cu on cu.unit_id = u.id
                         where %s and cu.from_date <= :day and (cu.to_date is null or cu.to_date >= :day)) served
                  join child c on c.id = served.child_id
                 where c.birth_date is null or c.birth_date <= :day
                 group by 1, 2""".formatted(scope.unitIn("u")))
                .param("day", day).param("six", day.minusYears(6)).param("thirteen", day.minusYears(13))
                .param("sixteen", day.minusYears(16)).param("eighteen", day.minusYears(18))
                .param("municipality", scope.municipalityId())
                .query((rs, row) -> new ServedFigures.Count(rs.getString("unit_type"),
                        ServedFigures.AgeBand.valueOf(rs.getString("band")), rs.getInt("n")))
                .list();
    }
}
