package no.laget.access.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The hashes that link each access log row to the one before it in its chain. Changing any field breaks the chain
 * there. Rows are spread over {@link #CHAINS} chains by the person who acted (format 3, V198; or, with no employee,
 * by child), so one request's append locks one chain head however many children it names, and appends by different
 * people do not wait for each other. Format 2 rows (V95) were spread by child.
 */
final class AccessLogChain {

    static final String GENESIS = "0".repeat(64);
    static final int CHAINS = 64;

    /** Rows written before V95: one chain, the previous hash inside the hashed fields. */
    static final int FORMAT_SINGLE_CHAIN = 1;
    /** Rows linked by the database: sha256(previous hash + sha256(fields)), chained by child. */
    static final int FORMAT_LINKED_CONTENT = 2;
    /** Format 2's hashes, chained by the employee who acted (by child when no employee did). */
    static final int FORMAT_BY_EMPLOYEE = 3;

    private AccessLogChain() {}

    /** The chain a new row goes to. */
    static int chainOf(AccessLogEntry e) {
        return chainOf(e, FORMAT_BY_EMPLOYEE);
    }

    /** The chain a row of the format belongs to: how the check knows a row was not moved. */
    static int chainOf(AccessLogEntry e, int format) {
        return switch (format) {
            case FORMAT_SINGLE_CHAIN -> 0;
            case FORMAT_LINKED_CONTENT -> Math.floorMod(e.childId() != null ? e.childId() : e.employeeId(), CHAINS);
            case FORMAT_BY_EMPLOYEE ->
                    Math.floorMod(e.employeeId() != 0 || e.childId() == null ? e.employeeId() : e.childId(), CHAINS);
            default -> -1; // a format no version of Laget wrote: the row is not where any rule puts it
        };
    }

    /** Format 1. */
    static String hash(String previousHash, AccessLogEntry e, String emergencyReason) {
        return sha256(canonical(Stream.concat(Stream.of(previousHash), fields(e, emergencyReason))));
    }

    /** Format 2, the part computed by the application: the row's fields alone. */
    static String content(AccessLogEntry e, String emergencyReason) {
        return sha256(canonical(fields(e, emergencyReason)));
    }

    /** Format 2, the part computed by the database in {@code access_log_append}. */
    static String link(String previousHash, String content) {
        return sha256(previousHash + content);
    }

    private static Stream<Object> fields(AccessLogEntry e, String emergencyReason) {
        return Stream.of(micros(e.occurredAt()), e.employeeId(), e.username(), e.roles(),
                e.unitId(), e.childId(), e.category(), e.objectType(), e.objectId(), e.action(), e.client(),
                e.outcome(), e.basis(), e.consentId(), e.emergencyId(), emergencyReason, e.reasonCode());
    }

    private static String canonical(Stream<Object> values) {
        return values.map(value -> value == null ? "" : Objects.toString(value).replace("\\", "\\\\").replace("|", "\\|"))
                .collect(Collectors.joining("|"));
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e1) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e1);
        }
    }

    private static String micros(OffsetDateTime at) {
        return at.withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS).toInstant().toString();
    }
}
