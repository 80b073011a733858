package no.laget.access;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import no.laget.access.internal.AccessLog;
import no.laget.access.internal.AccessLogEntry;
import no.laget.access.internal.DenialReasons;
import no.laget.platform.security.SignedInUser;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The one door to a child's data: {@code decide(user, child, category, action)}. Every decision, allowed or
 * refused, is appended to the access log. The rule itself is the database function {@code access_basis}
 * (migration V6), which lists and searches use too through {@link ChildDataFilter}.
 */
@Service
public class AccessDoor {

    public static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    private final JdbcClient jdbc;
    private final Clock clock;
    private final AccessLog log;
    private final DenialReasons denialReasons;

    AccessDoor(JdbcClient jdbc, Clock clock, AccessLog log, DenialReasons denialReasons) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.log = log;
        this.denialReasons = denialReasons;
    }

    public Decision decide(SignedInUser user, long childId, InformationCategory category, Action action,
            AccessedObject object) {
        return decideEach(user, childId, Set.of(category), action, object).get(category);
    }

    /** Throws {@link AccessRefusedException} when refused; the refusal is logged first. */
    public Decision require(SignedInUser user, long childId, InformationCategory category, Action action,
            AccessedObject object) {
        Decision decision = decide(user, childId, category, action, object);
        if (!decision.allowed()) {
            throw new AccessRefusedException(decision.reason());
        }
        return decision;
    }

    /**
     * Several categories of one child in one statement, each decision logged: a page that shows what a
     * user may see of a child asks once, not once per category.
     */
    public Map<InformationCategory, Decision> decideEach(SignedInUser user, long childId,
            Collection<InformationCategory> categories, Action action, AccessedObject object) {
        Instant moment = now();
        List<String> asked = categories.stream().map(Enum::name).toList();
        Map<InformationCategory, Decision> decisions = new EnumMap<>(InformationCategory.class);
        // One category (the common case) calls the function directly: PostgreSQL plans that shape once,
        // while the unnest + lateral shape is re-planned on every call (docs/benchmarks.md).
        if (asked.size() == 1) {
            InformationCategory only = categories.iterator().next();
            decisions.put(only, null);
            jdbc.sql("select basis, consent_id, emergency_id from access_basis(?, ?, ?, cast(? as varchar[]), ?, ?, ?, ?)")
                    .params(childId, user.employeeId(), user.unitId(), roles(user), only.name(), action.name(),
                            Date.valueOf(moment.today()), moment.at())
                    .query(rs -> {
                        decisions.put(only, Decision.allow(Basis.valueOf(rs.getString("basis")),
                                (Long) rs.getObject("consent_id"), (Long) rs.getObject("emergency_id")));
                    });
        } else {
            jdbc.sql("""
                    select c.category, b.basis, b.consent_id, b.emergency_id
                      from unnest(cast(? as varchar[])) as c(category)
                      left join lateral access_basis(?, ?, ?, cast(? as varchar[]), c.category, ?, ?, ?) b on true""")
                    .params(asked.toArray(String[]::new), childId, user.employeeId(), user.unitId(), roles(user),
                            action.name(), Date.valueOf(moment.today()), moment.at())
                    .query(rs -> {
                        InformationCategory category = InformationCategory.valueOf(rs.getString("category"));
                        String basis = rs.getString("basis");
                        decisions.put(category, basis == null ? null : Decision.allow(Basis.valueOf(basis),
                                (Long) rs.getObject("consent_id"), (Long) rs.getObject("emergency_id")));
                    });
        }
        Set<InformationCategory> refused = new LinkedHashSet<>();
        for (InformationCategory category : categories) {
            if (decisions.get(category) == null) {
                refused.add(category);
            }
        }
        if (!refused.isEmpty()) {
            decisions.putAll(denialReasons.explain(user, childId, refused, action, moment.today()));
        }
        List<AccessLogEntry> entries = new ArrayList<>();
        decisions.forEach((category, decision) ->
                entries.add(AccessLogEntry.of(user, childId, category, object, action, decision, moment.at())));
        log.append(entries);
        return decisions;
    }

    /**
     * A refusal decided by the module that owns the data, narrower than the door's category (a case the user's unit
     * takes no part in), logged like the door's own refusals. Throws {@link AccessRefusedException}.
     */
    public AccessRefusedException refuse(SignedInUser user, long childId, InformationCategory category, Action action,
            AccessedObject object, Reason reason) {
        log.append(List.of(AccessLogEntry.of(user, childId, category, object, action, Decision.deny(reason), now().at())));
        throw new AccessRefusedException(reason);
    }

    /** The access rule as SQL for a list of children; see {@link ChildDataFilter}. */
    public ChildDataFilter filter(SignedInUser user, InformationCategory category, Action action) {
        Instant moment = now();
        return new ChildDataFilter(Map.of(
                "accessEmployee", user.employeeId(),
                "accessUnit", user.unitId(),
                "accessRoles", roles(user),
                "accessCategory", category.name(),
                "accessAction", action.name(),
                "accessToday", Date.valueOf(moment.today()),
                "accessNow", moment.at()));
    }

    /** Logs the rows a filtered list showed, each with the basis the filter found, in one batch. */
    public void recordListed(SignedInUser user, InformationCategory category, Collection<ListedChild> rows,
            String objectType) {
        OffsetDateTime at = now().at();
        log.append(rows.stream()
                .map(row -> AccessLogEntry.of(user, row.childId(), category, AccessedObject.of(objectType, row.childId()),
                        Action.READ, Decision.allow(row.basis(), row.consentId(), row.emergencyId()), at))
                .toList());
    }

    private Instant now() {
        OffsetDateTime at = OffsetDateTime.now(clock.withZone(ZoneOffset.UTC));
        return new Instant(at, at.atZoneSameInstant(OSLO).toLocalDate());
    }

    private static String[] roles(SignedInUser user) {
        return user.roles().stream().sorted().toArray(String[]::new);
    }

    /** "Today" is a date in Oslo: a consent that ends today is valid until midnight Norwegian time. */
    private record Instant(OffsetDateTime at, LocalDate today) {}
}
