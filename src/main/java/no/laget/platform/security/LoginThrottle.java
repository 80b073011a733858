package no.laget.platform.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Locale;

import no.laget.platform.LagetProperties;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed logins per account and per address in the database, so every node sees the same count.
 * Accounts that do not exist are counted like those that do: the answer never tells which is which.
 */
@Component
public class LoginThrottle {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final LagetProperties.Login settings;

    LoginThrottle(JdbcClient jdbc, Clock clock, LagetProperties properties) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.settings = properties.login();
    }

    public boolean isThrottled(String username, String address) {
        Instant since = clock.instant().minus(settings.window());
        int forAccount = jdbc.sql("select count(*) from login_failure where account_key = ? and failed_at > ?")
                .params(key(normalise(username)), since.atOffset(ZoneOffset.UTC))
                .query(Integer.class).single();
        if (forAccount >= settings.maxFailuresPerAccount()) {
            return true;
        }
        int forAddress = jdbc.sql("select count(*) from login_failure where address_key = ? and failed_at > ?")
                .params(key(address), since.atOffset(ZoneOffset.UTC))
                .query(Integer.class).single();
        return forAddress >= settings.maxFailuresPerAddress();
    }

    @Transactional
    public void recordFailure(String username, String address) {
        Instant now = clock.instant();
        jdbc.sql("delete from login_failure where failed_at < ?")
                .param(now.minus(settings.window()).atOffset(ZoneOffset.UTC))
                .update();
        jdbc.sql("insert into login_failure (account_key, address_key, failed_at) values (?, ?, ?)")
                .params(key(normalise(username)), key(address), now.atOffset(ZoneOffset.UTC))
                .update();
    }

    public void recordSuccess(String username) {
        jdbc.sql("delete from login_failure where account_key = ?").param(key(normalise(username))).update();
    }

    private static String normalise(String username) {
        return username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
    }

    private static String key(String value) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest((value == null ? "" : value).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
