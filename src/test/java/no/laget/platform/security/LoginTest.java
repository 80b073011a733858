package no.laget.platform.security;

import java.time.Duration;

import no.laget.support.LagetTest;
import no.laget.support.MovableClock;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static no.laget.support.Accounts.login;
import static no.laget.support.Accounts.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@LagetTest
class LoginTest {

    @Autowired MockMvc mvc;
    @Autowired MovableClock clock;
    @Autowired JdbcClient jdbc;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void the_login_page_is_in_bokmaal() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<html lang=\"nb\">")))
                .andExpect(content().string(containsString("Logg inn i Laget")))
                .andExpect(content().string(containsString("Demoversjon: alle personer og opplysninger her er oppdiktet.")))
                // single sign-on is not configured here: no button, and the form is for everyone
                .andExpect(content().string(not(containsString("kommunens innlogging"))))
                .andExpect(content().string(not(containsString("Nødinnlogging"))));
    }

    @Test
    void admin_logs_in_with_the_demo_password_and_lands_on_the_start_page() throws Exception {
        mvc.perform(login("admin", "demo", "10.1.0.1"))
                .andExpect(authenticated().withUsername("admin"))
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void a_signed_in_session_lives_in_the_database_with_a_thirty_minute_idle_timeout() throws Exception {
        var login = mvc.perform(login("leder", "demo", "10.1.0.2"))
                .andExpect(authenticated()).andReturn();
        assertThat(login.getResponse().getCookie("SESSION")).isNotNull();

        var timeouts = jdbc.sql("select max_inactive_interval from spring_session where principal_name = 'leder'")
                .query(Integer.class).list();

        assertThat(timeouts).isNotEmpty().allMatch(seconds -> seconds == 30 * 60);
    }

    @Test
    void a_wrong_password_and_an_unknown_account_get_the_same_answer() throws Exception {
        mvc.perform(login("admin", "wrong", "10.1.0.3"))
                .andExpect(unauthenticated()).andExpect(redirectedUrl("/login?feil"));
        mvc.perform(login(unique("nobody"), "wrong", "10.1.0.3"))
                .andExpect(unauthenticated()).andExpect(redirectedUrl("/login?feil"));
    }

    @Test
    void after_a_failed_login_the_page_explains_and_keeps_the_typed_username_but_not_the_password() throws Exception {
        var failed = mvc.perform(login("kari.typo", "secret-typed", "10.1.0.4")).andReturn();

        mvc.perform(get("/login").param("feil", "").cookie(failed.getResponse().getCookie("SESSION")))
                .andExpect(content().string(containsString("Brukernavnet eller passordet stemmer ikke.")))
                .andExpect(content().string(containsString("value=\"kari.typo\"")))
                .andExpect(content().string(not(containsString("secret-typed"))));
    }

    @Test
    void logout_ends_the_session() throws Exception {
        var session = mvc.perform(login("ansatt", "demo", "10.1.0.5")).andReturn().getResponse().getCookie("SESSION");
        mvc.perform(get("/").cookie(session)).andExpect(redirectedUrl("/mine-frister"));

        mvc.perform(post("/logout").with(csrf()).cookie(session))
                .andExpect(redirectedUrl("/login?utlogget"));

        mvc.perform(get("/").cookie(session)).andExpect(redirectedUrl("/login"));
    }

    @Test
    void a_login_without_the_csrf_token_is_refused() throws Exception {
        mvc.perform(post("/login").param("username", "admin").param("password", "demo"))
                .andExpect(status().isForbidden())
                .andExpect(unauthenticated());
    }

    @Test
    void five_failures_lock_the_account_for_the_window_even_with_the_right_password_then_it_opens() throws Exception {
        // an account of its own, so no other test is locked out
        String username = unique("throttled");
        jdbc.sql("""
                insert into employee (username, display_name, email, unit_id, password_hash, active, created_at, updated_at)
                select ?, 'Test Throttle', 'throttle@demo.laget.no', e.unit_id, e.password_hash, true, now(), now()
                  from employee e where e.username = 'ansatt'""").param(username).update();
        jdbc.sql("insert into employee_role (employee_id, role) select id, 'EMPLOYEE' from employee where username = ?")
                .param(username).update();
        for (int attempt = 0; attempt < 5; attempt++) {
            mvc.perform(login(username, "wrong", "10.2.0." + attempt))
                    .andExpect(redirectedUrl("/login?feil"));
        }

        mvc.perform(login(username, "demo", "10.2.1.1"))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?sperret"));
        mvc.perform(get("/login").param("sperret", "")).andExpect(content().string(containsString("for mange mislykkede forsøk")));

        clock.advance(Duration.ofMinutes(16));
        mvc.perform(login(username, "demo", "10.2.1.1"))
                .andExpect(authenticated().withUsername(username));
    }

    @Test
    void an_unknown_account_is_locked_the_same_way_so_locking_reveals_nothing() throws Exception {
        String username = unique("ghost");
        for (int attempt = 0; attempt < 5; attempt++) {
            mvc.perform(login(username, "guess" + attempt, "10.3.0." + attempt));
        }

        mvc.perform(login(username, "guess", "10.3.1.1"))
                .andExpect(redirectedUrl("/login?sperret"));
    }

    @Test
    void twenty_failures_from_one_address_lock_that_address_but_not_others() throws Exception {
        for (int attempt = 0; attempt < 20; attempt++) {
            mvc.perform(login(unique("spray"), "x", "10.4.4.4"))
                    .andExpect(redirectedUrl("/login?feil"));
        }

        mvc.perform(login("admin", "demo", "10.4.4.4"))
                .andExpect(redirectedUrl("/login?sperret"));
        mvc.perform(login("admin", "demo", "10.4.4.5"))
                .andExpect(authenticated());
    }

    @Test
    void pages_need_a_login_and_htmx_requests_are_sent_to_the_login_page_whole() throws Exception {
        mvc.perform(get("/")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/admin/units").header("HX-Request", "true"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("HX-Redirect", "/login"));
    }
}
