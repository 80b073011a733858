package no.laget.platform.web;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import no.laget.support.LagetTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.zaxxer.hikari.HikariDataSource;

import jakarta.servlet.RequestDispatcher;

import static no.laget.support.Accounts.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * When every connection of the pool is in use, a request waits at most laget.db.connection-timeout (3 s) and answers
 * 503 with Retry-After: the bokmål page for pages, problem+json for the API. Before, it waited Hikari's 30 s and
 * answered 500. The test takes every connection of the application's pool and holds it during two requests.
 */
@LagetTest
class DatabaseBusyTest {

    /** Well above the 3 s timeout (a page may wait for a connection more than once), well below Hikari's 30 s. */
    private static final long QUICKLY_MS = 12_000;

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService accounts;
    @Autowired DataSource dataSource;

    @Test
    void with_every_connection_taken_a_page_and_the_api_answer_503_with_retry_after_quickly() throws Exception {
        // the users are read before the pool is emptied: signing in needs the database too
        RequestPostProcessor staff = as(accounts, "oppvekst");
        RequestPostProcessor employee = as(accounts, "ansatt");
        HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
        List<Connection> held = new ArrayList<>();
        try {
            while (held.size() < pool.getMaximumPoolSize()) {
                held.add(pool.getConnection());
            }

            long started = System.nanoTime();
            // The page's own handler renders the busy page, but saving the session afterwards finds no connection
            // either, so DatabaseBusyFilter sends the 503 and the container renders the error page (next test).
            mvc.perform(get("/statistics/internal").with(staff))
                    .andExpect(status().isServiceUnavailable())
                    .andExpect(header().string("Retry-After", "5"));
            assertThat(millisSince(started)).as("the page's answer, ms").isLessThan(QUICKLY_MS);

            started = System.nanoTime();
            mvc.perform(get("/api/v1/children").param("q", "Hansen").with(employee))
                    .andExpect(status().isServiceUnavailable())
                    .andExpect(header().string("Retry-After", "5"))
                    .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                    .andExpect(jsonPath("$.type").value("urn:laget:problem:busy"))
                    .andExpect(jsonPath("$.status").value(503));
            assertThat(millisSince(started)).as("the API's answer, ms").isLessThan(QUICKLY_MS);
        } finally {
            for (Connection connection : held) {
                connection.close();
            }
        }
        // and with connections free again, the same page answers as before
        mvc.perform(get("/statistics/internal").with(staff)).andExpect(status().isOk());
    }

    @Test
    void the_error_page_answers_a_503_from_a_filter_with_the_busy_problem_or_page() throws Exception {
        mvc.perform(get("/error").requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 503)
                        .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/api/v1/children"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(jsonPath("$.type").value("urn:laget:problem:busy"));
        mvc.perform(get("/error").accept("text/html").requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 503)
                        .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/statistics/internal"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(content().string(containsString("Laget har for mye å gjøre akkurat nå")));
    }

    @Test
    void only_a_pool_timeout_counts_as_busy_however_deeply_wrapped() {
        SQLTransientConnectionException timeout = new SQLTransientConnectionException("pool - request timed out");
        assertThat(DatabaseBusy.causedBy(new CannotGetJdbcConnectionException("no connection", timeout))).isTrue();
        assertThat(DatabaseBusy.causedBy(new IllegalStateException(new RuntimeException(timeout)))).isTrue();
        assertThat(DatabaseBusy.causedBy(new CannotGetJdbcConnectionException("refused", new SQLException("x"))))
                .isFalse();
        assertThat(DatabaseBusy.causedBy(new IllegalStateException("a bug"))).isFalse();
        assertThat(DatabaseBusy.causedBy(null)).isFalse();
    }

    private static long millisSince(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }
}
