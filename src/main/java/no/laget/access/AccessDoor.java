package no.laget.access;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import no.laget.access.internal.AccessLog;
import no.laget.access.internal.AccessLogEntry;
import no.laget.access.internal.DenialReasons;
import no.laget.platform.security.SignedInUser;
import no.laget.platform.time.Oslo;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one door to a child's data: {@code decide(user, child, category, action)}. Every decision, allowed or
 * refused, is appended to the access log. The rule itself is the database function {@code access_basis}
 * (migration V6), which lists and searches use too through {@link ChildDataFilter}.
 */
@Service
public class AccessDoor {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final AccessLog log;
    private final DenialReasons denialReasons;
    private final TransactionTemplate readOnly;

    AccessDoor(JdbcClient jdbc, Clock clock, AccessLog log, DenialReasons denialReasons,
            PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.log = log;
        this.denialReasons = denialReasons;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
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
        Instant moment = moment(user);
        Decision decision = basis(user, childId, category, action, moment)
                .filter(allowed -> accepted.contains(allowed.basis()))
                .orElseGet(() -> explain(user, childId, Set.of(category), action, moment).get(category));
        append(user, List.of(AccessLogEntry.of(user, childId, category, object, action, decision, moment.at())));
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
        return basis(user, childId, category, action, moment(user)).isPresent();
    }

    /**
     * Several categories of one child in one statement, each decision logged: a page that shows what a
     * user may see of a child asks once, not once per category.
     */
    public Map<InformationCategory, Decision> decideEach(SignedInUser user, long childId,
            Collection<InformationCategory> categories, Action action, AccessedObject object) {
        Instant moment = moment(user);
        Map<InformationCategory, Decision> decisions = new EnumMap<>(InformationCategory.class);
        Batch batch = batchFor(user);
        // One category (the common case) calls the function directly: PostgreSQL plans that shape once,
        // while the unnest + lateral shape is re-planned on every call (docs/benchmarks.md).
        if (batch != null && categories.stream().allMatch(category -> batch.covers(category, action))) {
            categories.forEach(category -> decisions.put(category,
                    batch.forChild(childId).allowed(category, action).orElse(null)));
        } else if (categories.size() == 1) {
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
            decisions.putAll(explain(user, childId, refused, action, moment));
        }
        List<AccessLogEntry> entries = new ArrayList<>();
        decisions.forEach((category, decision) ->
                entries.add(AccessLogEntry.of(user, childId, category, object, action, decision, moment.at())));
        append(user, entries);
        return decisions;
    }

    /**
     * One page's questions to the door in one statement, and the page's log entries in one append. While
     * {@code page} runs, the first question about a child answers every declared question about that child in one
     * statement (with, when any is refused, the consents that explain a refusal); later questions about that child
     * are answered from it. Every decision is logged as without a batch, in the order asked, but the entries wait and
     * are appended together (one statement) when {@code page} returns or throws, so before anything is rendered. A
     * question not declared is asked as without a batch; its entry waits with the others.
     * <p>
     * {@code page} runs in one read-only transaction (a page that reads; it joins a transaction already open), so it
     * takes one connection from the pool, not one per statement. The log is appended after that transaction, on a
     * connection of its own in autocommit as always: a page never holds two connections at once, and a refusal is
     * logged even though the page's transaction rolls back.
     */
    public <T> T forPage(SignedInUser user, Collection<Question> questions, Supplier<T> page) {
        if (CURRENT.get() != null) {
            return page.get();
        }
        Batch batch = new Batch(user, Set.copyOf(questions), now());
        CURRENT.set(batch);
        T result;
        try {
            result = readOnly.execute(status -> page.get());
        } catch (RuntimeException | Error e) {
            CURRENT.remove();
            try {
                log.append(batch.pending);
            } catch (RuntimeException failed) {
                e.addSuppressed(failed);
            }
            throw e;
        }
        CURRENT.remove();
        log.append(batch.pending);
        return result;
    }

    /** A question a page asks the door: a category and an action, about whichever child the page shows. */
    public record Question(InformationCategory category, Action action) {

        public static Question of(InformationCategory category, Action action) {
            return new Question(category, action);
        }
    }

    private static final ThreadLocal<Batch> CURRENT = new ThreadLocal<>();

    private Batch batchFor(SignedInUser user) {
        Batch batch = CURRENT.get();
        return batch != null && batch.user.equals(user) ? batch : null;
    }

    private Instant moment(SignedInUser user) {
        Batch batch = batchFor(user);
        return batch == null ? now() : batch.moment;
    }

    private void append(SignedInUser user, List<AccessLogEntry> entries) {
        Batch batch = batchFor(user);
        if (batch == null) {
            log.append(entries);
        } else {
            batch.pending.addAll(entries);
        }
    }

    /** The reasons for refusals, from the page's batch when it asked these questions, else in a statement of its own. */
    private Map<InformationCategory, Decision> explain(SignedInUser user, long childId, Set<InformationCategory> refused,
            Action action, Instant moment) {
        Batch batch = batchFor(user);
        // From the batch only when the rule itself refused (then the batch read the consents that explain it); a
        // refusal by a module's narrower rule (requireWithin) on an allowed basis is explained in its own statement.
        if (batch != null && refused.stream().allMatch(category -> batch.covers(category, action)
                && (action == Action.READ || batch.covers(category, Action.READ))
                && batch.forChild(childId).allowed(category, action).isEmpty())) {
            BatchChild child = batch.forChild(childId);
            Set<InformationCategory> readable = EnumSet.noneOf(InformationCategory.class);
            refused.stream().filter(category -> child.allowed(category, Action.READ).isPresent()).forEach(readable::add);
            return denialReasons.explain(user, refused, action, readable, child.named, moment.today());
        }
        return denialReasons.explain(user, childId, refused, action, moment.today(), moment.at());
    }

    /** The declared questions of one page, their answers per child, and the log entries waiting to be appended. */
    private final class Batch {

        private final SignedInUser user;
        private final Set<Question> questions;
        private final Instant moment;
        private final Map<Long, BatchChild> children = new HashMap<>();
        private final List<AccessLogEntry> pending = new ArrayList<>();

        Batch(SignedInUser user, Set<Question> questions, Instant moment) {
            this.user = user;
            this.questions = questions;
            this.moment = moment;
        }

        boolean covers(InformationCategory category, Action action) {
            return questions.contains(new Question(category, action));
        }

        BatchChild forChild(long childId) {
            return children.computeIfAbsent(childId, this::ask);
        }

        /** Every declared question about one child, and the consents that explain a refusal, in one statement. */
        private BatchChild ask(long childId) {
            List<Question> asked = List.copyOf(questions);
            BatchChild child = new BatchChild();
            jdbc.sql("""
                    with d as (
                        select q.category, q.action, b.basis, b.consent_id, b.emergency_id
                          from unnest(cast(:categories as varchar[]), cast(:actions as varchar[])) as q(category, action)
                          left join lateral access_basis(:child, :employee, :unit, cast(:roles as varchar[]), q.category,
                                                         q.action, :today, :now) b on true)
                    select 'DECISION' as kind, d.category, d.action, d.basis, d.consent_id, d.emergency_id,
                           null::boolean as refused, null::boolean as withdrawn, null::date as valid_from,
                           null::date as valid_to, 0::bigint as consent_order, 0::bigint as grant_order
                      from d
                    union all
                    select 'NAMED', named.category, null, null, null, null, named.refused, named.withdrawn,
                           named.valid_from, named.valid_to, named.consent_id, named.grant_id
                      from (""" + DenialReasons.NAMED + """
                           ) named
                     where exists (select 1 from d where d.basis is null)
                     order by kind, consent_order, grant_order""")
                    .param("categories", asked.stream().map(q -> q.category().name()).toArray(String[]::new))
                    .param("actions", asked.stream().map(q -> q.action().name()).toArray(String[]::new))
                    .param("child", childId).param("employee", user.employeeId()).param("unit", user.unitId())
                    .param("roles", roles(user)).param("today", Date.valueOf(moment.today())).param("now", moment.at())
                    .query(rs -> {
                        if ("DECISION".equals(rs.getString("kind"))) {
                            String basis = rs.getString("basis");
                            child.answers.put(new Question(InformationCategory.valueOf(rs.getString("category")),
                                    Action.valueOf(rs.getString("action"))),
                                    basis == null ? Optional.empty() : Optional.of(Decision.allow(Basis.valueOf(basis),
                                            (Long) rs.getObject("consent_id"), (Long) rs.getObject("emergency_id"))));
                        } else {
                            child.named.add(new DenialReasons.Named(rs.getString("category"), rs.getBoolean("refused"),
                                    rs.getBoolean("withdrawn"), rs.getDate("valid_from").toLocalDate(),
                                    rs.getDate("valid_to").toLocalDate()));
                        }
                    });
            return child;
        }
    }

    /** One child's answers within a page's batch. */
    private static final class BatchChild {

        private final Map<Question, Optional<Decision>> answers = new HashMap<>();
        private final List<DenialReasons.Named> named = new ArrayList<>();

        Optional<Decision> allowed(InformationCategory category, Action action) {
            return answers.getOrDefault(new Question(category, action), Optional.empty());
        }
    }

    /** The rule's basis for one child and category, or empty when it refuses; logs nothing. */
    private Optional<Decision> basis(SignedInUser user, long childId, InformationCategory category,
            Action action, Instant moment) {
        Batch batch = batchFor(user);
        if (batch != null && batch.covers(category, action)) {
            return batch.forChild(childId).allowed(category, action);
        }
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
        OffsetDateTime at = moment(user).at();
        append(user, rows.stream()
                .map(row -> AccessLogEntry.of(user, row.childId(), category, AccessedObject.of(objectType, row.childId()),
                        Action.READ, Decision.allow(row.basis(), row.consentId(), row.emergencyId()), at))
                .toList());
    }

    private Instant now() {
        OffsetDateTime at = OffsetDateTime.now(clock.withZone(ZoneOffset.UTC));
        return new Instant(at, at.atZoneSameInstant(Oslo.ZONE).toLocalDate());
    }

    private static String[] roles(SignedInUser user) {
        return user.roleNames().toArray(String[]::new);
    }

    /** "Today" is a date in Oslo: a consent that ends today is valid until midnight Norwegian time. */
    private record Instant(OffsetDateTime at, LocalDate today) {}
}
