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

/** The hash that links each access log row to the one before it. Changing any field breaks the chain there. */
final class AccessLogChain {

    static final String GENESIS = "0".repeat(64);

    private AccessLogChain() {}

    static String hash(String previousHash, AccessLogEntry e, String emergencyReason) {
        String canonical = Stream.of(previousHash, micros(e.occurredAt()), e.employeeId(), e.username(), e.roles(),
                        e.unitId(), e.childId(), e.category(), e.objectType(), e.objectId(), e.action(), e.client(),
                        e.outcome(), e.basis(), e.consentId(), e.emergencyId(), emergencyReason, e.reasonCode())
                .map(value -> value == null ? "" : Objects.toString(value).replace("\\", "\\\\").replace("|", "\\|"))
                .collect(Collectors.joining("|"));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e1) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e1);
        }
    }

    private static String micros(OffsetDateTime at) {
        return at.withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS).toInstant().toString();
    }
}
