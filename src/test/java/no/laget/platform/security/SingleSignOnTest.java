package no.laget.platform.security;

import java.io.ByteArrayInputStream;
import java.io.ObjectInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.Cookie;

import io.micrometer.core.instrument.MeterRegistry;

import no.laget.organisation.Employee;
import no.laget.organisation.internal.EmployeeAdministration;
import no.laget.organisation.internal.EmployeeForm;
import no.laget.organisation.Organisation;
import no.laget.support.ProductionWithSingleSignOn;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.util.UriComponentsBuilder;

import static no.laget.support.Accounts.login;
import static no.laget.support.Accounts.unique;
import static no.laget.support.PageContent.bodyContains;
import static no.laget.support.ProductionWithSingleSignOn.IDP;
import static no.laget.support.ProductionWithSingleSignOn.ISSUER_ID;
import static no.laget.support.Sessions.sessionOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
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

/**
 * Single sign-on in production mode against NAV's mock-oauth2-server: the whole authorization code flow, with the
 * provider's login form answered over HTTP and Laget's side driven by MockMvc.
 */
@ProductionWithSingleSignOn
class SingleSignOnTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired EmployeeAdministration administration;
    @Autowired Organisation organisation;
    @Autowired MeterRegistry meters;

    @Test
    void a_linked_employee_signs_in_at_the_provider_and_reaches_mine_saker_og_frister() throws Exception {
        String subject = unique("sub");
        Employee employee = linkedEmployee(subject);

        Cookie session = signedIn(subject);

        mvc.perform(get("/mine-frister").cookie(session))
                .andExpect(status().isOk())
                .andExpect(bodyContains("Mine saker og frister",
                        employee.displayName()));
        // the session lives in the database under the username, like a password login's
        assertThat(jdbc.sql("select count(*) from spring_session where principal_name = ?").param(employee.username())
                .query(Integer.class).single()).isOne();
    }

    @Test
    void the_session_in_the_database_holds_the_same_signed_in_user_the_password_form_produces() throws Exception {
        String subject = unique("sub");
        Employee employee = linkedEmployee(subject);

        signedIn(subject);

        byte[] stored = jdbc.sql("""
                select a.attribute_bytes from spring_session_attributes a
                  join spring_session s on s.primary_id = a.session_primary_id
                 where s.principal_name = ? and a.attribute_name = 'SPRING_SECURITY_CONTEXT'""")
                .param(employee.username()).query(byte[].class).single();
        Object context;
        try (var in = new ObjectInputStream(new ByteArrayInputStream(stored))) {
            context = in.readObject();
        }
        assertThat(((SecurityContext) context).getAuthentication().getPrincipal())
                .isInstanceOfSatisfying(SignedInUser.class, user -> {
                    assertThat(user.employeeId()).isEqualTo(employee.id());
                    assertThat(user.roles()).containsExactly(Role.EMPLOYEE);
                    assertThat(user.passwordHash()).isNull();
                });
    }

    @Test
    void someone_the_provider_knows_but_laget_does_not_gets_the_bokmaal_page_with_403_and_is_logged_without_personal_data()
            throws Exception {
        String subject = unique("ukjent");
        double before = failures("unknown_identity");

        MvcResult callback = callback(startLogin(), subject, null);

        assertThat(callback.getResponse().getRedirectedUrl()).isEqualTo("/login/ikke-registrert");
        mvc.perform(get("/login/ikke-registrert"))
                .andExpect(status().isForbidden())
                .andExpect(bodyContains("Du er ikke registrert som ansatt i Laget",
                        "Ta kontakt med den som administrerer Laget i Halden kommune"));
        mvc.perform(get("/mine-frister").cookie(sessionOf(callback))).andExpect(redirectedUrl("/login"));
        assertThat(failures("unknown_identity")).isEqualTo(before + 1);
        String log = Files.readString(Path.of("target/laget-test.log"));
        assertThat(log).contains("refused: unknown identity").doesNotContain(subject);
    }

    @Test
    void a_deactivated_employee_loses_every_session_at_once_and_cannot_sign_in_again() throws Exception {
        String subject = unique("sub");
        Employee employee = linkedEmployee(subject);
        Cookie first = signedIn(subject);
        Cookie second = signedIn(subject);
        mvc.perform(get("/mine-frister").cookie(first)).andExpect(status().isOk());

        administration.setActive(employee.id(), false);

        mvc.perform(get("/mine-frister").cookie(first)).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/mine-frister").cookie(second)).andExpect(redirectedUrl("/login"));
        assertThat(jdbc.sql("select count(*) from spring_session where principal_name = ?").param(employee.username())
                .query(Integer.class).single()).isZero();
        assertThat(callback(startLogin(), subject, null).getResponse().getRedirectedUrl())
                .isEqualTo("/login/ikke-registrert");
    }

    @Test
    void an_id_token_for_another_audience_is_refused() throws Exception {
        String subject = unique("sub");
        linkedEmployee(subject);

        MvcResult callback = callback(startLogin(), subject, "{\"aud\":[\"en-annen-klient\"]}");

        assertRefusedAsFailedSignIn(callback);
    }

    @Test
    void an_id_token_from_another_issuer_is_refused() throws Exception {
        String subject = unique("sub");
        linkedEmployee(subject);

        MvcResult callback = callback(startLogin(), subject, "{\"iss\":\"" + IDP.issuerUrl("en-annen-utsteder") + "\"}");

        assertRefusedAsFailedSignIn(callback);
    }

    @Test
    void an_expired_id_token_is_refused() throws Exception {
        String subject = unique("sub");
        linkedEmployee(subject);
        IDP.enqueueCallback(new DefaultOAuth2TokenCallback(ISSUER_ID, subject, "JWT", List.of(), Map.of(), -3600));

        MvcResult callback = callback(startLogin(), subject, null);

        assertRefusedAsFailedSignIn(callback);
    }

    @Test
    void logout_ends_the_laget_session_and_goes_through_the_providers_end_session_endpoint() throws Exception {
        String subject = unique("sub");
        linkedEmployee(subject);
        Cookie session = signedIn(subject);

        String endSession = mvc.perform(post("/logout").with(csrf()).cookie(session))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();

        assertThat(endSession).startsWith(IDP.endSessionEndpointUrl(ISSUER_ID).toString());
        var query = UriComponentsBuilder.fromUriString(endSession).build().getQueryParams();
        assertThat(query.getFirst("id_token_hint")).startsWith("eyJ");
        assertThat(query.getFirst("post_logout_redirect_uri")).isEqualTo("http://localhost/login?utlogget");
        mvc.perform(get("/mine-frister").cookie(session)).andExpect(redirectedUrl("/login"));
        HttpResponse<String> provider = HTTP.send(HttpRequest.newBuilder(URI.create(endSession)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(provider.headers().firstValue("Location")).hasValue("http://localhost/login?utlogget");
    }

    @Test
    void an_employee_signed_in_at_the_provider_may_have_the_logout_form_go_on_to_its_end_session_endpoint()
            throws Exception {
        String subject = unique("sub");
        linkedEmployee(subject);
        Cookie session = signedIn(subject);
        URI endSession = URI.create(IDP.endSessionEndpointUrl(ISSUER_ID).toString());
        String origin = endSession.getScheme() + "://" + endSession.getHost() + ":" + endSession.getPort();

        mvc.perform(get("/mine-frister").cookie(session)).andExpect(header().string("Content-Security-Policy",
                SecurityConfig.CONTENT_SECURITY_POLICY.replace("form-action 'self'", "form-action 'self' " + origin)));
        // not signed in, or signed in with the password (the break-glass account): Laget's own forms only
        mvc.perform(get("/login")).andExpect(header().string("Content-Security-Policy",
                SecurityConfig.CONTENT_SECURITY_POLICY));
        Cookie breakGlass = sessionOf(mvc.perform(login("drift", ProductionWithSingleSignOn.DRIFT_PASSWORD, "10.20.0.9"))
                .andReturn());
        mvc.perform(get("/mine-frister").cookie(breakGlass)).andExpect(header().string("Content-Security-Policy",
                SecurityConfig.CONTENT_SECURITY_POLICY));
    }

    @Test
    void in_production_the_password_form_takes_only_the_break_glass_administrator_and_says_so_in_the_log()
            throws Exception {
        String username = unique("passord");
        administration.create(new EmployeeForm("Pia Passord", username, "pia@halden.kommune.no", unitId(),
                List.of("EMPLOYEE", "ADMINISTRATOR"), "et-langt-passord", null));
        double before = failures("password_login_off");

        mvc.perform(login(username, "et-langt-passord", "10.20.0.1"))
                .andExpect(unauthenticated()).andExpect(redirectedUrl("/login?feil"));
        mvc.perform(login("drift", ProductionWithSingleSignOn.DRIFT_PASSWORD, "10.20.0.2"))
                .andExpect(authenticated().withUsername("drift"));

        assertThat(failures("password_login_off")).isEqualTo(before + 1);
        String log = Files.readString(Path.of("target/laget-test.log"));
        assertThat(log).contains("BREAK_GLASS").contains("Break-glass password login used by employee")
                .doesNotContain("\"drift\"");
    }

    @Test
    void a_wrong_password_for_the_break_glass_account_is_refused() throws Exception {
        mvc.perform(login("drift", "feil-passord-her", "10.20.0.3"))
                .andExpect(unauthenticated()).andExpect(redirectedUrl("/login?feil"));
    }

    @Test
    void the_login_page_offers_the_municipalitys_login_and_keeps_the_form_for_the_break_glass_account() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("href=\"/oauth2/authorization/kommunen\""),
                        containsString("Logg inn med kommunens innlogging"),
                        containsString("Nødinnlogging"),
                        not(containsString("Demoversjon")))));
    }

    // --- the flow

    private Employee linkedEmployee(String subject) {
        return administration.create(new EmployeeForm("Sara Syntetisk", unique("sara"), "sara@halden.kommune.no",
                unitId(), List.of("EMPLOYEE"), "", subject));
    }

    private String unitId() {
        return String.valueOf(organisation.units().getFirst().id());
    }

    /** The whole flow for a linked employee: returns the session cookie Laget set after the login. */
    private Cookie signedIn(String subject) throws Exception {
        MvcResult callback = callback(startLogin(), subject, null);
        assertThat(callback.getResponse().getRedirectedUrl()).as("where the login went").contains("/mine-frister");
        return sessionOf(callback);
    }

    /** The employee asks for a page, is sent to the login page and presses the button: Laget sends them to the provider. */
    private MvcResult startLogin() throws Exception {
        MvcResult asked = mvc.perform(get("/mine-frister")).andExpect(redirectedUrl("/login")).andReturn();
        Cookie session = sessionOf(asked);
        MvcResult button = mvc.perform(get("/oauth2/authorization/kommunen").cookie(session))
                .andExpect(status().is3xxRedirection()).andReturn();
        assertThat(button.getResponse().getRedirectedUrl())
                .startsWith(IDP.authorizationEndpointUrl(ISSUER_ID).toString())
                .contains("code_challenge_method=S256").contains("nonce=");
        return button;
    }

    /** Fills in the provider's login form, then brings the provider's answer back to Laget's callback. */
    private MvcResult callback(MvcResult atProvider, String subject, String claims) throws Exception {
        String authorize = atProvider.getResponse().getRedirectedUrl();
        String form = "username=" + URLEncoder.encode(subject, StandardCharsets.UTF_8)
                + (claims == null ? "" : "&claims=" + URLEncoder.encode(claims, StandardCharsets.UTF_8));
        HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create(authorize))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        URI back = URI.create(answer.headers().firstValue("Location").orElseThrow(
                () -> new AssertionError("The provider did not send the browser back: " + answer.statusCode() + " " + answer.body())));
        return mvc.perform(get(URI.create(back.getRawPath() + "?" + back.getRawQuery())).cookie(sessionOf(atProvider)))
                .andExpect(status().is3xxRedirection()).andReturn();
    }

    private void assertRefusedAsFailedSignIn(MvcResult callback) throws Exception {
        assertThat(callback.getResponse().getRedirectedUrl()).isEqualTo("/login?innlogging-feilet");
        mvc.perform(get("/mine-frister").cookie(sessionOf(callback))).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/login").param("innlogging-feilet", ""))
                .andExpect(content().string(containsString("Innloggingen med kommunens innlogging ble ikke fullført")));
    }

    private double failures(String reason) {
        var counter = meters.find(LoginFailures.NAME).tag("reason", reason).counter();
        return counter == null ? 0 : counter.count();
    }
}
