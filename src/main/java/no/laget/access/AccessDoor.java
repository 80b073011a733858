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
import java.util.EnumSet;
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
        return requireWithin(user, childId, category, action, object, EnumSet.allOf(Basis.class));
    }

    /**
     * For a module whose own object is narrower than the door's category (a case the user's unit takes no part in):
     * allowed only when the rule's basis is one the module accepts for this object. Anything else is a refusal that the
     * door explains and logs like its own, so every refusal carries the door's reason. Throws
     * {@link AccessRefusedException} when refused.
     */
    public Decision requireWithin(SignedInUser user, long childId, InformationCategory category, Action action,
            AccessedObject object, Set<Basis> accepted) {
        Instant moment = now();
        Decision decision = basis(user, childId, category, action, moment)
                .filter(allowed -> accepted.contains(allowed.basis()))
                .orElseGet(() -> denialReasons.explain(user, childId, Set.of(category), action, moment.today(), moment.at())
                        .get(category));
        log.append(List.of(AccessLogEntry.of(user, childId, category, object, action, decision, moment.at())));
        if (!decision.allowed()) {
            throw new AccessRefusedException(decision.reason());
        }
        return decision;
    }

    /**
     * The answer for an object tied to a child that does not exist (or whose child cannot be told): the same refusal
     * a user with no relation to any child gets, so that an id never tells whether it exists.
     */
    public AccessRefusedException unknown(SignedInUser user) {
        return new AccessRefusedException(DenialReasons.seesNoChildData(user) ? Reason.ROLE_SEES_NO_CHILD_DATA
                : Reason.NO_CONSENT);
    }

    /**
     * Whether the rule would allow the action, without logging: for showing a button or a link only to those who may
     * use it. Reading or writing the data itself goes through {@link #decide} or {@link #require}.
     */
    public boolean permits(SignedInUser user, long childId, InformationCategory category, Action action) {
        return basis(user, childId, category, action, now()).isPresent();
    }

    /**
     * Several categories of one child in one statement, each decision logged: a page that shows what a
     * user may see of a child asks once, not once per category.
     */
    public Map<InformationCategory, Decision> decideEach(SignedInUser user, long childId,
            Collection<InformationCategory> categories, Action action, AccessedObject object) {
        Instant moment = now();
        Map<InformationCategory, Decision> decisions = new EnumMap<>(InformationCategory.class);
        // One category (the common case) calls the function directly: PostgreSQL plans that shape once,
        // while the unnest + lateral shape is re-planned on every call (docs/benchmarks.md).
        if (categories.size() == 1) {
            InformationCategory only = categories.iterator().next();
            decisions.put(only, basis(user, childId, only, action, moment).orElse(null));
        } else {
            List<String> asked = categories.stream().map(Enum::name).toList();
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
            decisions.putAll(denialReasons.explain(user, childId, refused, action, moment.today(), moment.at()));
        }
        List<AccessLogEntry> entries = new ArrayList<>();
        decisions.forEach((category, decision) ->
                entries.add(AccessLogEntry.of(user, childId, category, object, action, decision, moment.at())));
        log.append(entries);
        return decisions;
    }

    /** The rule's basis for one child and category, or empty when it refuses; logs nothing. */
    private java.util.Optional<Decision> basis(SignedInUser user, long childId, InformationCategory category,
            Action action, Instant moment) {
        return jdbc.sql("select basis, consent_id, emergency_id from access_basis(?, ?, ?, cast(? as varchar[]), ?, ?, ?, ?)")
                .params(childId, user.employeeId(), user.unitId(), roles(user), category.name(), action.name(),
                        Date.valueOf(moment.today()), moment.at())
                .query((rs, row) -> Decision.allow(Basis.valueOf(rs.getString("basis")),
                        (Long) rs.getObject("consent_id"), (Long) rs.getObject("emergency_id")))
                .optional();
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
