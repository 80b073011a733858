package no.laget.access.internal;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Walks each chain of the access log in order and recomputes every hash. The first row whose stored previous hash or
 * own hash does not match is where the log was changed (or a row removed); a chain whose head names another last row
 * lost its end.
 */
@Component
public class AccessLogCheck {

    public record Result(long entriesChecked, Optional<Long> firstBrokenEntry) {
        public boolean intact() {
            return firstBrokenEntry.isEmpty();
        }
    }

    private final JdbcClient jdbc;
    private final TransactionTemplate snapshot;

    AccessLogCheck(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        // the rows and the chain heads from one snapshot: an append is one statement, so a snapshot never holds half
        this.snapshot = new TransactionTemplate(transactions);
        this.snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        this.snapshot.setReadOnly(true);
        this.snapshot.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    public Result run() {
        return snapshot.execute(status -> check());
    }

    private record Head(Long lastId, String lastHash) {}

    /** Where the walk of one chain stands. */
    private static final class Walk {
        String expectedPrevious = AccessLogChain.GENESIS;
        Long lastId;
        boolean broken;
    }

    private Result check() {
        Map<Integer, Head> heads = new HashMap<>();
        jdbc.sql("select chain, last_id, last_hash from access_log_chain")
                .query(rs -> { heads.put(rs.getInt("chain"), new Head((Long) rs.getObject("last_id"), rs.getString("last_hash"))); });
        Map<Integer, Walk> walks = new HashMap<>();
        TreeSet<Long> broken = new TreeSet<>();
        long[] checked = {0};
        jdbc.sql("""
                select id, chain, format, occurred_at, employee_id, username, roles, unit_id, child_id, category,
                       object_type, object_id, action, client, outcome, basis, consent_id, emergency_id,
                       emergency_reason, reason_code, previous_hash, hash
                  from access_log order by chain, id""")
                .withFetchSize(1000)
                .query(rs -> {
                    int chain = rs.getInt("chain");
                    Walk walk = walks.computeIfAbsent(chain, c -> new Walk());
                    checked[0]++;
                    walk.lastId = rs.getLong("id");
                    if (walk.broken) {
                        return;
                    }
                    AccessLogEntry entry = new AccessLogEntry(rs.getObject("occurred_at", OffsetDateTime.class),
                            rs.getLong("employee_id"), rs.getString("username"), rs.getString("roles"),
                            rs.getLong("unit_id"), (Long) rs.getObject("child_id"), rs.getString("category"),
                            rs.getString("object_type"), (Long) rs.getObject("object_id"), rs.getString("action"),
                            rs.getString("client"), rs.getString("outcome"), rs.getString("basis"),
                            (Long) rs.getObject("consent_id"), (Long) rs.getObject("emergency_id"),
                            rs.getString("reason_code"));
                    String previous = rs.getString("previous_hash");
                    String reason = rs.getString("emergency_reason");
                    int format = rs.getInt("format");
                    boolean singleChain = format == AccessLogChain.FORMAT_SINGLE_CHAIN;
                    String recomputed = singleChain
                            ? AccessLogChain.hash(previous, entry, reason)
                            : AccessLogChain.link(previous, AccessLogChain.content(entry, reason));
                    boolean rightChain = AccessLogChain.chainOf(entry, format) == chain;
                    if (!previous.equals(walk.expectedPrevious) || !recomputed.equals(rs.getString("hash")) || !rightChain) {
                        broken.add(walk.lastId);
                        walk.broken = true;
                    }
                    walk.expectedPrevious = rs.getString("hash");
                });
        // rows removed from the end of a chain leave its head pointing past the last row that is left
        heads.forEach((chain, head) -> {
            Walk walk = walks.getOrDefault(chain, new Walk());
            if (!walk.broken && (!Objects.equals(head.lastId(), walk.lastId)
                    || !head.lastHash().equals(walk.expectedPrevious))) {
                broken.add(head.lastId() != null ? head.lastId() : walk.lastId);
            }
        });
        walks.keySet().stream().filter(chain -> !heads.containsKey(chain)).forEach(chain -> broken.add(walks.get(chain).lastId));
        return new Result(checked[0], broken.isEmpty() ? Optional.empty() : Optional.of(broken.first()));
    }
}
