package no.laget.platform.security;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.Cookie;

import no.laget.support.FamilyFixtures;
import no.laget.support.FamilyFixtures.Family;
import no.laget.support.LagetTest;
import no.laget.support.MovableClock;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.util.UriComponentsBuilder;

import static no.laget.support.Accounts.login;
import static no.laget.support.PageContent.bodyContains;
import static no.laget.support.Sessions.sessionOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The family's login through the demo's own mock ID-porten (started by Laget in the test JVM): the whole authorization
 * code flow, with the provider's login form answered over HTTP and Laget's side driven by MockMvc with the real
 * session cookie; then the session rules (one door per session, CSRF, idle timeout, the API never).
 */
@LagetTest
class FamilyLoginTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Autowired MockMvc mvc;
    @Autowired FamilyFixtures families;
    @Autowired DemoIdPorten idPorten;
    @Autowired MovableClock clock;
    @Autowired no.laget.support.SqlStatementCounter sql;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void a_guardian_logs_in_at_id_porten_with_the_number_and_reaches_their_children() throws Exception {
        Family family = families.childWithGuardian("ansatt", LocalDate.of(2017, 3, 9), true);

        Cookie session = signedIn(family.guardianNumber());

        mvc.perform(get("/familie").cookie(session))
                .andExpect(status().isOk())
                .andExpect(bodyContains("/familie/barn/" + family.childId(),
                        "Logg ut"));
        mvc.perform(get("/familie/barn/{id}", family.childId()).cookie(session)).andExpect(status().isOk());
        String log = Files.readString(Path.of("target/laget-test.log"));
        assertThat(log).contains("signed in through ID-porten").doesNotContain(family.guardianNumber());
    }

    @Test
    void the_readme_numbers_of_the_demo_family_log_in_and_see_what_the_rules_give_them() throws Exception {
        // Maria, Emma's mother: Emma (born 2019)
        mvc.perform(get("/familie").cookie(signedIn("14868712059")))
                .andExpect(content().string(allOf(containsString("Emma Fiktivsen"), not(containsString("Noah")))));
        // Aisha, Noah's mother: Noah
        mvc.perform(get("/familie").cookie(signedIn("21908333028")))
                .andExpect(content().string(containsString("Noah Diktesen")));
        // Per, Noah's father without parental responsibility: nobody (rule 17)
        mvc.perform(get("/familie").cookie(signedIn("09848104520")))
                .andExpect(content().string(allOf(containsString("Vi fant ingen barn"), not(containsString("Noah")))));
        // Sara (born November 2009, over the consent age): her own page
        mvc.perform(get("/familie").cookie(signedIn("05910973306")))
                .andExpect(bodyContains("Sara Oppdiktsdatter", "Dette er deg"));
    }

    @Test
    void the_login_page_has_the_button_and_it_leads_to_id_porten_with_pkce_nonce_and_the_high_level() throws Exception {
        mvc.perform(get("/familie/logg-inn"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("href=\"/familie/oauth2/authorization/idporten\""),
                        containsString("Logg inn med ID-porten"), not(containsString("ikke satt opp")))));

        String authorize = startLogin().getResponse().getRedirectedUrl();

        assertThat(authorize).startsWith(idPorten.server().authorizationEndpointUrl(DemoIdPorten.ISSUER_ID).toString());
        var query = UriComponentsBuilder.fromUriString(authorize).build().getQueryParams();
        assertThat(query.getFirst("code_challenge_method")).isEqualTo("S256");
        assertThat(query.getFirst("nonce")).isNotBlank();
        assertThat(query.getFirst("acr_values")).isEqualTo("idporten-loa-high");
        assertThat(URLDecoded(query.getFirst("scope"))).isEqualTo("openid profile");
        assertThat(URLDecoded(query.getFirst("redirect_uri"))).isEqualTo("http://localhost/familie/innlogget/idporten");
    }

    @Test
    void a_login_with_too_low_an_assurance_level_is_refused_with_a_clear_message() throws Exception {
        Family family = families.childWithGuardian("ansatt", LocalDate.of(2015, 6, 1), true);
        idPorten.server().enqueueCallback(new DefaultOAuth2TokenCallback(DemoIdPorten.ISSUER_ID,
                family.guardianNumber(), "JWT", List.of(),
                Map.of("pid", family.guardianNumber(), "acr", "idporten-loa-substantial"), 3600));

        MvcResult callback = callback(startLogin(), family.guardianNumber());

        assertThat(callback.getResponse().getRedirectedUrl()).isEqualTo("/familie/logg-inn?feil=sikkerhetsniva");
        mvc.perform(get("/familie").cookie(sessionOf(callback))).andExpect(redirectedUrl("/familie/logg-inn"));
        mvc.perform(get("/familie/logg-inn").param("feil", "sikkerhetsniva"))
                .andExpect(content().string(containsString("Du må logge inn med høyt sikkerhetsnivå")));
    }

    @Test
    void a_login_without_a_valid_identity_number_is_refused() throws Exception {
        MvcResult callback = callback(startLogin(), "ikke-et-nummer");

        assertThat(callback.getResponse().getRedirectedUrl()).isEqualTo("/familie/logg-inn?feil");
        mvc.perform(get("/familie").cookie(sessionOf(callback))).andExpect(redirectedUrl("/familie/logg-inn"));
        mvc.perform(get("/familie/logg-inn").param("feil", ""))
                .andExpect(content().string(containsString("Innloggingen mislyktes")));
    }

    @Test
    void a_family_session_never_reaches_an_employee_page_or_the_api() throws Exception {
        Family family = families.childWithGuardian("ansatt", LocalDate.of(2014, 2, 2), true);
        Cookie session = signedIn(family.guardianNumber());

        mvc.perform(get("/mine-frister").cookie(session)).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/children/{id}", family.childId()).cookie(session)).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/api/v1/children/{id}", family.childId()).cookie(session))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/units").cookie(session)).andExpect(status().isUnauthorized());
    }

    @Test
    void the_employee_pages_refuse_a_family_login_even_if_one_reached_their_chain() throws Exception {
        Family family = families.childWithGuardian("ansatt", LocalDate.of(2014, 5, 5), true);

        mvc.perform(get("/mine-frister").with(authentication(new FamilySignIn(families.member(family.guardianNumber())))))
                .andExpect(status().isForbidden());
    }

    @Test
    void an_employee_session_never_reaches_the_family_pages() throws Exception {
        Cookie employee = sessionOf(mvc.perform(login("ansatt", "demo", "10.40.0.1"))
                .andExpect(redirectedUrl("/")).andReturn());
        mvc.perform(get("/mine-frister").cookie(employee)).andExpect(status().isOk());

        mvc.perform(get("/familie").cookie(employee)).andExpect(redirectedUrl("/familie/logg-inn"));
    }

    @Test
    void a_family_login_in_an_employees_session_gets_a_new_session_without_the_employee() throws Exception {
        Family family = families.childWithGuardian("ansatt", LocalDate.of(2013, 8, 8), true);
        Cookie employee = sessionOf(mvc.perform(login("ansatt", "demo", "10.40.0.2")).andReturn());

        MvcResult button = mvc.perform(get(FamilyLogin.START_PATH).cookie(employee))
                .andExpect(status().is3xxRedirection()).andReturn();
        MvcResult callback = callback(button, family.guardianNumber());
        Cookie family_ = sessionOf(callback);

        assertThat(callback.getResponse().getRedirectedUrl()).isEqualTo("/familie");
        assertThat(family_.getValue()).isNotEqualTo(employee.getValue());
        mvc.perform(get("/familie").cookie(family_)).andExpect(status().isOk());
        mvc.perform(get("/mine-frister").cookie(family_)).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/mine-frister").cookie(employee)).andExpect(redirectedUrl("/login"));
    }

    @Test
    void an_employee_login_in_a_family_session_drops_the_family_login() throws Exception {
        Family family = families.childWithGuardian("ansatt", LocalDate.of(2013, 9, 9), true);
        Cookie familySession = signedIn(family.guardianNumber());

        Cookie employee = sessionOf(mvc.perform(login("ansatt", "demo", "10.40.0.3").cookie(familySession))
                .andExpect(redirectedUrl("/")).andReturn());

        assertThat(employee.getValue()).isNotEqualTo(familySession.getValue());
        mvc.perform(get("/mine-frister").cookie(employee)).andExpect(status().isOk());
        mvc.perform(get("/familie").cookie(employee)).andExpect(redirectedUrl("/familie/logg-inn"));
        mvc.perform(get("/familie").cookie(familySession)).andExpect(redirectedUrl("/familie/logg-inn"));
    }

    @Test
    void a_signed_in_members_pages_let_the_logout_form_go_on_to_id_portens_end_session_endpoint() throws Exception {
        Family family = families.childWithGuardian("ansatt", LocalDate.of(2012, 3, 3), true);
        Cookie session = signedIn(family.guardianNumber());
        String idPortenOrigin = "http://localhost:" + idPorten.server().baseUrl().port();

        mvc.perform(get("/familie").cookie(session)).andExpect(header().string("Content-Security-Policy",
                containsString("form-action 'self' " + idPortenOrigin + ";")));
        mvc.perform(get("/familie/logg-inn")).andExpect(header().string("Content-Security-Policy",
                SecurityConfig.CONTENT_SECURITY_POLICY));
    }

    @Test
    void logging_out_needs_the_csrf_token() throws Exception {
        Family family = families.childWithGuardian("ansatt", LocalDate.of(2012, 1, 3), true);
        Cookie session = signedIn(family.guardianNumber());

        mvc.perform(post("/familie/logg-ut").cookie(session)).andExpect(status().isForbidden());

        mvc.perform(get("/familie").cookie(session)).andExpect(status().isOk());
    }

    @Test
    void logout_ends_the_session_and_goes_through_id_portens_end_session_endpoint() throws Exception {
        Family family = families.childWithGuardian("ansatt", LocalDate.of(2012, 2, 4), true);
        Cookie session = signedIn(family.guardianNumber());

        String endSession = mvc.perform(post("/familie/logg-ut").with(csrf()).cookie(session))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();

        assertThat(endSession).startsWith(idPorten.server().endSessionEndpointUrl(DemoIdPorten.ISSUER_ID).toString())
                .doesNotContain(family.guardianNumber());
        var query = UriComponentsBuilder.fromUriString(endSession).build().getQueryParams();
        assertThat(query.getFirst("id_token_hint")).startsWith("eyJ");
        assertThat(URLDecoded(query.getFirst("post_logout_redirect_uri")))
                .isEqualTo("http://localhost/familie/logg-inn?utlogget");
        mvc.perform(get("/familie").cookie(session)).andExpect(redirectedUrl("/familie/logg-inn"));
        HttpResponse<String> provider = HTTP.send(HttpRequest.newBuilder(URI.create(endSession)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(provider.headers().firstValue("Location")).hasValue("http://localhost/familie/logg-inn?utlogget");
    }

    @Test
    void a_family_session_ends_after_fifteen_minutes_without_a_request_and_the_login_page_says_why() throws Exception {
        Family family = families.childWithGuardian("ansatt", LocalDate.of(2011, 4, 4), true);
        Cookie session = signedIn(family.guardianNumber());

        clock.advance(Duration.ofMinutes(14).plusSeconds(59));
        mvc.perform(get("/familie").cookie(session)).andExpect(status().isOk());
        clock.advance(Duration.ofMinutes(14).plusSeconds(59));
        mvc.perform(get("/familie").cookie(session)).andExpect(status().isOk()); // each request starts the pause anew

        clock.advance(Duration.ofMinutes(15).plusSeconds(1));
        mvc.perform(get("/familie/barn/{id}", family.childId()).cookie(session))
                .andExpect(redirectedUrl("/familie/logg-inn?tidsavbrudd"));

        mvc.perform(get("/familie").cookie(session)).andExpect(redirectedUrl("/familie/logg-inn"));
        mvc.perform(get("/familie/logg-inn").param("tidsavbrudd", ""))
                .andExpect(content().string(containsString("Du ble logget ut fordi du ikke hadde gjort noe på en stund")));
    }

    @Test
    void a_family_request_within_a_minute_of_the_stored_activity_writes_nothing_to_the_session() throws Exception {
        Family family = families.childWithGuardian("ansatt", LocalDate.of(2011, 6, 6), true);
        Cookie session = signedIn(family.guardianNumber());
        mvc.perform(get("/familie").cookie(session)).andExpect(status().isOk()); // the CSRF token is made and stored

        clock.advance(Duration.ofSeconds(50));
        sql.reset();
        mvc.perform(get("/familie").cookie(session)).andExpect(status().isOk());
        assertThat(sessionWrites()).as(sql.statements().toString()).isZero();

        clock.advance(Duration.ofSeconds(10)); // a minute after the stored activity: written again
        sql.reset();
        mvc.perform(get("/familie").cookie(session)).andExpect(status().isOk());
        assertThat(sessionWrites()).isEqualTo(1);
    }

    @Test
    void the_family_idle_timeout_holds_to_within_the_touch_interval_and_never_lasts_longer() throws Exception {
        Family family = families.childWithGuardian("ansatt", LocalDate.of(2011, 7, 7), true);
        Cookie session = signedIn(family.guardianNumber());
        mvc.perform(get("/familie").cookie(session)).andExpect(status().isOk()); // activity stored: t0

        clock.advance(Duration.ofSeconds(50));
        mvc.perform(get("/familie").cookie(session)).andExpect(status().isOk()); // not stored: under a minute
        clock.advance(Duration.ofMinutes(14).plusSeconds(11)); // 15:01 after t0, 14:11 after the last request
        mvc.perform(get("/familie").cookie(session)).andExpect(redirectedUrl("/familie/logg-inn?tidsavbrudd"));
    }

    @Test
    void a_family_session_lives_fifteen_minutes_after_a_stored_activity() throws Exception {
        Family family = families.childWithGuardian("ansatt", LocalDate.of(2011, 8, 8), true);
        Cookie session = signedIn(family.guardianNumber());
        mvc.perform(get("/familie").cookie(session)).andExpect(status().isOk());

        clock.advance(Duration.ofMinutes(1));
        mvc.perform(get("/familie").cookie(session)).andExpect(status().isOk()); // stored: a minute has passed
        clock.advance(Duration.ofMinutes(14).plusSeconds(50)); // just under the timeout after the stored one: signed in
        mvc.perform(get("/familie").cookie(session)).andExpect(status().isOk());
    }

    private long sessionWrites() {
        return sql.statements().stream().map(s -> s.sql().toUpperCase(java.util.Locale.ROOT))
                .filter(s -> s.contains("SPRING_SESSION") && !s.startsWith("SELECT")).count();
    }

    @Test
    void an_htmx_request_after_the_idle_timeout_loads_the_whole_login_page() throws Exception {
        Family family = families.childWithGuardian("ansatt", LocalDate.of(2011, 5, 5), true);
        Cookie session = signedIn(family.guardianNumber());

        clock.advance(Duration.ofMinutes(16));

        mvc.perform(get("/familie").header("HX-Request", "true").cookie(session))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("HX-Redirect", "/familie/logg-inn?tidsavbrudd"));
    }

    // --- the flow

    /** The whole flow for a family member: returns the session cookie Laget set after the login. */
    private Cookie signedIn(String identityNumber) throws Exception {
        MvcResult callback = callback(startLogin(), identityNumber);
        // back to the page asked for (/familie), which the saved request gives as an absolute address
        assertThat(URI.create(callback.getResponse().getRedirectedUrl()).getPath()).as("where the login went")
                .isEqualTo("/familie");
        return sessionOf(callback);
    }

    /** The member asks for /familie, is sent to the login page and presses the button: Laget sends them to ID-porten. */
    private MvcResult startLogin() throws Exception {
        MvcResult asked = mvc.perform(get("/familie")).andExpect(redirectedUrl("/familie/logg-inn")).andReturn();
        MvcResult button = mvc.perform(get(FamilyLogin.START_PATH).cookie(sessionOf(asked)))
                .andExpect(status().is3xxRedirection()).andReturn();
        assertThat(button.getResponse().getRedirectedUrl())
                .startsWith(idPorten.server().authorizationEndpointUrl(DemoIdPorten.ISSUER_ID).toString());
        return button;
    }

    /** Types the number into ID-porten's (the mock's) login form, then brings the answer back to Laget's callback. */
    private MvcResult callback(MvcResult atProvider, String typed) throws Exception {
        String authorize = atProvider.getResponse().getRedirectedUrl();
        HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create(authorize))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + URLEncoder.encode(typed, StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString());
        URI back = URI.create(answer.headers().firstValue("Location").orElseThrow(
                () -> new AssertionError("ID-porten did not send the browser back: " + answer.statusCode())));
        assertThat(back.getRawPath()).isEqualTo("/familie/innlogget/idporten");
        return mvc.perform(get(URI.create(back.getRawPath() + "?" + back.getRawQuery())).cookie(sessionOf(atProvider)))
                .andExpect(status().is3xxRedirection()).andReturn();
    }

    private static String URLDecoded(String value) {
        return java.net.URLDecoder.decode(value, StandardCharsets.UTF_8);
    }
}
