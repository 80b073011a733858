package no.laget.platform.security;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Locale;

import jakarta.servlet.http.Cookie;

import no.laget.support.LagetTest;
import no.laget.support.SqlStatementCounter;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.session.MapSession;
import org.springframework.test.web.servlet.MockMvc;

import static no.laget.support.Accounts.login;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The employees' sessions write only what changed: the last access once a minute at most, and the idle timeout still
 * ends a session (Spring Session times it with the system clock, so these tests move the stored time instead).
 */
@LagetTest
class QuietSessionsTest {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired SqlStatementCounter sql;

    @Test
    void a_second_get_reads_the_session_once_and_writes_nothing() throws Exception {
        Cookie session = signedIn("10.14.1.1");
        mvc.perform(get("/mine-frister").cookie(session)).andExpect(status().isOk()); // the CSRF token is stored

        sql.reset();
        mvc.perform(get("/mine-frister").cookie(session)).andExpect(status().isOk());

        assertThat(sessionStatements("SELECT")).as(sql.statements().toString()).isEqualTo(1);
        assertThat(sessionStatements("UPDATE") + sessionStatements("INSERT") + sessionStatements("DELETE")).isZero();
    }

    @Test
    void a_session_idle_longer_than_thirty_minutes_is_ended() throws Exception {
        Cookie session = signedIn("10.14.1.2");
        storedLastAccess(session, Instant.now().minus(Duration.ofMinutes(30)).minusSeconds(1));

        mvc.perform(get("/mine-frister").cookie(session)).andExpect(redirectedUrl("/login"));
        assertThat(jdbc.sql("select count(*) from spring_session where session_id = ?").param(idOf(session))
                .query(Integer.class).single()).isZero();
    }

    @Test
    void a_request_a_minute_or_more_after_the_stored_access_moves_it_and_the_session_lives_on() throws Exception {
        Cookie session = signedIn("10.14.1.3");
        Instant before = Instant.now().minus(Duration.ofMinutes(29)).minusSeconds(30);
        storedLastAccess(session, before);

        mvc.perform(get("/mine-frister").cookie(session)).andExpect(status().isOk());

        assertThat(lastAccess(session)).isAfter(Instant.now().minusSeconds(10));
    }

    @Test
    void a_request_within_the_minute_leaves_the_stored_access_as_it_was() throws Exception {
        Cookie session = signedIn("10.14.1.4");
        Instant stored = Instant.ofEpochMilli(Instant.now().minusSeconds(50).toEpochMilli());
        storedLastAccess(session, stored);

        mvc.perform(get("/mine-frister").cookie(session)).andExpect(status().isOk());

        assertThat(lastAccess(session)).isEqualTo(stored);
    }

    @Test
    void the_last_access_moves_only_once_the_touch_interval_has_passed_since_the_stored_one() {
        Instant stored = Instant.parse("2026-12-03T10:00:00Z");
        var session = session(stored);

        session.setLastAccessedTime(stored.plus(Duration.ofMinutes(1)).minusMillis(1));
        assertThat(session.dirty()).isFalse();
        assertThat(session.getLastAccessedTime()).isEqualTo(stored);
        session.setLastAccessedTime(stored.minusSeconds(5)); // never backwards
        assertThat(session.getLastAccessedTime()).isEqualTo(stored);

        session.setLastAccessedTime(stored.plus(Duration.ofMinutes(1)));
        assertThat(session.dirty()).isTrue();
        assertThat(session.getLastAccessedTime()).isEqualTo(stored.plus(Duration.ofMinutes(1)));
    }

    @Test
    void an_attribute_set_or_removed_or_a_new_id_makes_the_session_worth_saving() {
        var set = session(Instant.parse("2026-12-03T10:00:00Z"));
        set.setAttribute("a", "b");
        assertThat(set.dirty()).isTrue();

        var removedMissing = session(Instant.parse("2026-12-03T10:00:00Z"));
        removedMissing.removeAttribute("missing");
        assertThat(removedMissing.dirty()).isFalse();

        var newId = session(Instant.parse("2026-12-03T10:00:00Z"));
        newId.changeSessionId();
        assertThat(newId.dirty()).isTrue();

        var sameTimeout = session(Instant.parse("2026-12-03T10:00:00Z"));
        sameTimeout.setMaxInactiveInterval(Duration.ofMinutes(30));
        assertThat(sameTimeout.dirty()).isFalse();
        sameTimeout.setMaxInactiveInterval(Duration.ofMinutes(15));
        assertThat(sameTimeout.dirty()).isTrue();
    }

    private static QuietSessions.QuietSession session(Instant lastAccess) {
        MapSession stored = new MapSession();
        stored.setMaxInactiveInterval(Duration.ofMinutes(30));
        stored.setLastAccessedTime(lastAccess);
        return new QuietSessions.QuietSession(stored, Duration.ofMinutes(1), false);
    }

    private Cookie signedIn(String address) throws Exception {
        return mvc.perform(login("ansatt", "demo", address)).andReturn().getResponse().getCookie("SESSION");
    }

    private long sessionStatements(String verb) {
        return sql.statements().stream().map(s -> s.sql().strip().toUpperCase(Locale.ROOT))
                .filter(s -> s.contains("SPRING_SESSION") && s.startsWith(verb)).count();
    }

    private static String idOf(Cookie session) {
        return new String(Base64.getDecoder().decode(session.getValue()), StandardCharsets.UTF_8);
    }

    private void storedLastAccess(Cookie session, Instant at) {
        int updated = jdbc.sql("""
                update spring_session set last_access_time = :at, expiry_time = :at + max_inactive_interval * 1000
                 where session_id = :id""").param("at", at.toEpochMilli()).param("id", idOf(session)).update();
        assertThat(updated).isEqualTo(1);
    }

    private Instant lastAccess(Cookie session) {
        return Instant.ofEpochMilli(jdbc.sql("select last_access_time from spring_session where session_id = ?")
                .param(idOf(session)).query(Long.class).single());
    }
}
