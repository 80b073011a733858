package no.laget.platform.security;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.nimbusds.oauth2.sdk.TokenRequest;

import no.laget.support.ChildFixtures;
import no.laget.support.MovableClock;
import no.laget.support.TestChildren;
import no.laget.support.TestSupportConfig;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.OAuth2TokenCallback;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static no.laget.support.Accounts.as;
import static no.laget.support.ProblemJson.problemJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The municipality's other systems on /api/v1 with OAuth2 bearer tokens from a real authorisation server in-process
 * (NAV's mock-oauth2-server): a registered system reads what its unit may read, logged with the system as actor, and
 * is refused the rest in problem+json with a {@code WWW-Authenticate: Bearer} header. Its own context (demo mode with
 * the issuer configured), so the shared {@code @LagetTest} context stays as it is.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles({"demo", "test"})
@Import(TestSupportConfig.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SystemClientTokensTest {

    private static final String ISSUER_ID = "laget";
    private static final String AUDIENCE = "laget-api";
    private static final MockOAuth2Server OAUTH = new MockOAuth2Server();

    static {
        OAUTH.start();
    }

    @DynamicPropertySource
    static void issuer(DynamicPropertyRegistry registry) {
        registry.add("laget.api.issuer", () -> OAUTH.issuerUrl(ISSUER_ID).toString());
        registry.add("laget.api.audience", () -> AUDIENCE);
    }

    @AfterAll
    static void stopServer() {
        OAUTH.shutdown();
    }

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired ChildFixtures fixtures;
    @Autowired MovableClock clock;
    @Autowired UserDetailsService accounts;

    private final JsonMapper json = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newHttpClient();

    String schoolSystem;
    String schoolClientId;
    long schoolSystemId;
    long childOfTheSchool;
    long childOfAKindergarten;
    long missingChild;

    @BeforeAll
    void arrange() throws Exception {
        clock.reset();
        schoolSystem = "Skoleadmin " + suffix();
        schoolClientId = "skoleadmin-" + suffix();
        schoolSystemId = register(schoolSystem, schoolClientId, unitOf("laerer"), List.of("EMPLOYEE"),
                List.of("children.read", "units.read"));
        childOfTheSchool = fixtures.childOf("laerer", TestChildren.familyName());
        childOfAKindergarten = fixtures.childOf("ansatt", TestChildren.familyName());
        missingChild = 1_000_000_000L + jdbc.sql("select coalesce(max(id), 0) from child").query(Long.class).single();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void a_client_credentials_token_reads_a_child_of_the_systems_unit_and_the_access_log_names_the_system()
            throws Exception {
        String token = clientCredentials(schoolClientId, "children.read units.read", AUDIENCE);

        mvc.perform(get("/api/v1/children/" + childOfTheSchool).header("Authorization", "Bearer " + token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(childOfTheSchool));

        var logged = jdbc.sql("""
                select username, client, outcome, employee_id from access_log
                 where child_id = ? order by id desc limit 1""")
                .param(childOfTheSchool).query().singleRow();
        assertThat(logged).containsEntry("username", "system:" + schoolClientId)
                .containsEntry("client", schoolSystem)
                .containsEntry("outcome", "ALLOWED")
                .containsEntry("employee_id", accountOf(schoolSystemId));
    }

    @Test
    void the_auditor_sees_the_system_by_name_in_the_access_log() throws Exception {
        String token = clientCredentials(schoolClientId, "children.read", AUDIENCE);
        mvc.perform(get("/api/v1/children/" + childOfTheSchool).header("Authorization", "Bearer " + token))
                .andExpect(status().isOk());

        String page = mvc.perform(get("/tilgangslogg").param("barn", String.valueOf(childOfTheSchool))
                        .with(as(accounts, "revisor")))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains(schoolSystem).doesNotContain("??access.client");
    }

    @Test
    void the_access_log_chain_stays_intact_with_a_systems_rows() throws Exception {
        String token = clientCredentials(schoolClientId, "children.read", AUDIENCE);
        mvc.perform(get("/api/v1/children/" + childOfTheSchool).header("Authorization", "Bearer " + token))
                .andExpect(status().isOk());

        mvc.perform(get("/api/v1/access-log/check").with(httpBasic("admin", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.intact").value(true));
    }

    @Test
    void a_child_the_system_has_no_basis_for_answers_exactly_like_a_missing_child() throws Exception {
        String token = clientCredentials(schoolClientId, "children.read", AUDIENCE);

        MockHttpServletResponse real = mvc.perform(get("/api/v1/children/" + childOfAKindergarten)
                .header("Authorization", "Bearer " + token)).andReturn().getResponse();
        MockHttpServletResponse none = mvc.perform(get("/api/v1/children/" + missingChild)
                .header("Authorization", "Bearer " + token)).andReturn().getResponse();

        assertThat(real.getStatus()).isEqualTo(403);
        assertThat(none.getStatus()).isEqualTo(real.getStatus());
        assertThat(none.getContentAsString().replace(String.valueOf(missingChild), "{id}"))
                .isEqualTo(real.getContentAsString().replace(String.valueOf(childOfAKindergarten), "{id}"));
        assertThat(jdbc.sql("select client from access_log where child_id = ? order by id desc limit 1")
                .param(childOfAKindergarten).query(String.class).single()).isEqualTo(schoolSystem);
    }

    @Test
    void an_endpoint_outside_the_registered_scopes_is_refused_with_insufficient_scope() throws Exception {
        String token = clientCredentials(schoolClientId, "children.read cases.read", AUDIENCE);

        problem(get("/api/v1/cases"), token, 403)
                .andExpect(header().string("WWW-Authenticate",
                        allOf(containsString("error=\"insufficient_scope\""), containsString("scope=\"cases.read\""))));
    }

    @Test
    void a_scope_the_registration_gives_but_the_token_lacks_is_refused() throws Exception {
        String token = clientCredentials(schoolClientId, "units.read", AUDIENCE);

        mvc.perform(get("/api/v1/units").header("Authorization", "Bearer " + token)).andExpect(status().isOk());
        problem(get("/api/v1/children/" + childOfTheSchool), token, 403)
                .andExpect(header().string("WWW-Authenticate", containsString("scope=\"children.read\"")));
    }

    @Test
    void administration_and_the_access_log_are_closed_to_systems() throws Exception {
        String token = clientCredentials(schoolClientId, "children.read units.read", AUDIENCE);

        problem(get("/api/v1/system-clients"), token, 403);
        problem(get("/api/v1/employees"), token, 403);
        problem(post("/api/v1/units").contentType(MediaType.APPLICATION_JSON).content("{}"), token, 403);
        problem(get("/api/v1/children/" + childOfTheSchool + "/access-log"), token, 403)
                .andExpect(header().string("WWW-Authenticate", containsString("insufficient_scope")));
    }

    @Test
    void an_expired_token_is_refused() throws Exception {
        String token = clientCredentials(schoolClientId, "children.read", AUDIENCE);
        clock.advance(Duration.ofHours(2));

        problem(get("/api/v1/children/" + childOfTheSchool), token, 401)
                .andExpect(header().string("WWW-Authenticate", allOf(containsString("Bearer"),
                        containsString("error=\"invalid_token\""), containsString("expired"))))
                .andExpect(jsonPath("$.detail", containsString("utløpt")));
    }

    @Test
    void a_token_for_another_audience_is_refused() throws Exception {
        String token = clientCredentials(schoolClientId, "children.read", "et-annet-api");

        problem(get("/api/v1/children/" + childOfTheSchool), token, 401)
                .andExpect(header().string("WWW-Authenticate", containsString("not meant for Laget")));
    }

    @Test
    void a_token_from_another_issuer_is_refused() throws Exception {
        String token = OAUTH.issueToken("annen-utsteder", schoolClientId, new SystemToken("annen-utsteder", AUDIENCE))
                .serialize();

        problem(get("/api/v1/children/" + childOfTheSchool), token, 401)
                .andExpect(header().string("WWW-Authenticate", containsString("error=\"invalid_token\"")));
    }

    @Test
    void a_garbled_token_is_refused() throws Exception {
        problem(get("/api/v1/children/" + childOfTheSchool), "not-a-jwt", 401)
                .andExpect(header().string("WWW-Authenticate", containsString("error=\"invalid_token\"")));
    }

    @Test
    void a_token_whose_client_is_not_registered_is_refused() throws Exception {
        String token = clientCredentials("ukjent-" + suffix(), "children.read", AUDIENCE);

        problem(get("/api/v1/children/" + childOfTheSchool), token, 401)
                .andExpect(header().string("WWW-Authenticate", containsString("not registered")))
                .andExpect(jsonPath("$.detail", containsString("ikke registrert")));
    }

    @Test
    void a_deactivated_system_is_refused_at_its_next_request_and_a_reactivated_one_is_let_in_again() throws Exception {
        String clientId = "arkiv-" + suffix();
        long id = register("Arkiv " + suffix(), clientId, unitOf("laerer"), List.of("EMPLOYEE"), List.of("units.read"));
        String token = clientCredentials(clientId, "units.read", AUDIENCE);
        mvc.perform(get("/api/v1/units").header("Authorization", "Bearer " + token)).andExpect(status().isOk());

        mvc.perform(post("/api/v1/system-clients/" + id + "/deactivate").with(httpBasic("admin", "demo")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.active").value(false));
        problem(get("/api/v1/units"), token, 401)
                .andExpect(header().string("WWW-Authenticate", containsString("deactivated")));

        mvc.perform(post("/api/v1/system-clients/" + id + "/reactivate").with(httpBasic("admin", "demo")))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/units").header("Authorization", "Bearer " + token)).andExpect(status().isOk());
    }

    @Test
    void a_request_without_a_token_is_told_to_bring_one_and_demo_mode_still_takes_http_basic() throws Exception {
        mvc.perform(get("/api/v1/children/" + childOfTheSchool))
                .andExpect(problemJson(status().isUnauthorized()))
                .andExpect(header().stringValues("WWW-Authenticate", hasItem(containsString("Bearer realm=\"Laget\""))))
                .andExpect(header().stringValues("WWW-Authenticate", hasItem(containsString("Basic"))));

        mvc.perform(get("/api/v1/children/" + childOfTheSchool).with(httpBasic("laerer", "demo")))
                .andExpect(status().isOk());
    }

    @Test
    void a_system_can_be_changed_and_its_new_unit_decides_what_it_reads() throws Exception {
        String clientId = "barnevern-" + suffix();
        String name = "Fagsystem " + suffix();
        long id = register(name, clientId, unitOf("ansatt"), List.of("EMPLOYEE"), List.of("children.read"));
        String token = clientCredentials(clientId, "children.read", AUDIENCE);
        mvc.perform(get("/api/v1/children/" + childOfTheSchool).header("Authorization", "Bearer " + token))
                .andExpect(status().isForbidden());

        mvc.perform(put("/api/v1/system-clients/" + id).with(httpBasic("admin", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(form(name, clientId, unitOf("laerer"), List.of("EMPLOYEE"), List.of("children.read"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.unitId").value(unitOf("laerer")));

        mvc.perform(get("/api/v1/children/" + childOfTheSchool).header("Authorization", "Bearer " + token))
                .andExpect(status().isOk());
    }

    @Test
    void registering_a_system_checks_every_field_and_refuses_administrator_roles_and_unknown_scopes() throws Exception {
        mvc.perform(post("/api/v1/system-clients").with(httpBasic("admin", "demo")).contentType(MediaType.APPLICATION_JSON)
                        .content(form("", "has space", "", List.of("ADMINISTRATOR"), List.of("everything"))))
                .andExpect(problemJson(status().isBadRequest()))
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.contains(
                        "name", "clientId", "unitId", "roles", "scopes")));

        mvc.perform(post("/api/v1/system-clients").with(httpBasic("admin", "demo")).contentType(MediaType.APPLICATION_JSON)
                        .content(form(schoolSystem.toUpperCase(), schoolClientId, unitOf("laerer"), List.of("EMPLOYEE"),
                                List.of("children.read"))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.contains("name", "clientId")));

        mvc.perform(post("/api/v1/system-clients").with(httpBasic("admin", "demo")).contentType(MediaType.APPLICATION_JSON)
                        .content(form("API", "api-" + suffix(), unitOf("laerer"), List.of("EMPLOYEE"), List.of("children.read"))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("name"));
    }

    @Test
    void only_administrators_register_systems_and_system_accounts_are_not_listed_as_employees() throws Exception {
        mvc.perform(get("/api/v1/system-clients").with(httpBasic("laerer", "demo"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/system-clients").with(httpBasic("admin", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].clientId", hasItem(schoolClientId)));
        mvc.perform(get("/api/v1/employees").with(httpBasic("admin", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].username", not(hasItem("system:" + schoolClientId))));
    }

    @Test
    void the_api_description_offers_the_bearer_scheme() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.components.securitySchemes.bearer.scheme").value("bearer"))
                .andExpect(jsonPath("$.components.securitySchemes.bearer.bearerFormat").value("JWT"));
    }

    // --- helpers

    private org.springframework.test.web.servlet.ResultActions problem(MockHttpServletRequestBuilder request, String token,
            int status) throws Exception {
        return mvc.perform(request.header("Authorization", "Bearer " + token))
                .andExpect(status().is(status))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(status))
                .andExpect(jsonPath("$.detail").isNotEmpty())
                .andExpect(header().exists("WWW-Authenticate"));
    }

    /** The client-credentials grant over HTTP, as the other system would ask for its token. */
    private String clientCredentials(String clientId, String scope, String audience) throws Exception {
        OAUTH.enqueueCallback(new SystemToken(ISSUER_ID, audience));
        String body = "grant_type=client_credentials&client_id=" + encode(clientId) + "&client_secret=hemmelig"
                + "&scope=" + encode(scope);
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(OAUTH.tokenEndpointUrl(ISSUER_ID).toString()))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readTree(response.body()).get("access_token").asString();
    }

    private long register(String name, String clientId, long unitId, List<String> roles, List<String> scopes)
            throws Exception {
        String body = mvc.perform(post("/api/v1/system-clients").with(httpBasic("admin", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content(form(name, clientId, unitId, roles, scopes)))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        JsonNode created = json.readTree(body);
        return created.get("id").asLong();
    }

    private String form(String name, String clientId, Object unitId, List<String> roles, List<String> scopes) {
        return json.writeValueAsString(Map.of("name", name, "clientId", clientId, "unitId", String.valueOf(unitId),
                "roles", roles, "scopes", scopes));
    }

    private long unitOf(String username) {
        return fixtures.user(username).unitId();
    }

    private long accountOf(long systemId) {
        return jdbc.sql("select employee_id from system_client where id = ?").param(systemId).query(Long.class).single();
    }

    private static String suffix() {
        return java.util.UUID.randomUUID().toString().substring(0, 8);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** Like an identity provider's client-credentials token: sub is the client, scope as asked, aud as set. */
    private record SystemToken(String issuerId, String aud) implements OAuth2TokenCallback {

        @Override
        public String subject(TokenRequest request) {
            return request.getClientAuthentication() != null
                    ? request.getClientAuthentication().getClientID().getValue()
                    : request.getClientID().getValue();
        }

        @Override
        public String typeHeader(TokenRequest request) {
            return "JWT";
        }

        @Override
        public List<String> audience(TokenRequest request) {
            return List.of(aud);
        }

        @Override
        public Map<String, Object> addClaims(TokenRequest request) {
            return request.getScope() == null ? Map.of() : Map.of("scope", request.getScope().toString());
        }

        @Override
        public long tokenExpiry() {
            return 3600;
        }
    }
}
