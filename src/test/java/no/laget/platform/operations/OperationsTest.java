package no.laget.platform.operations;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import no.laget.access.AccessDoor;
import no.laget.access.AccessedObject;
import no.laget.access.Action;
import no.laget.access.Decision;
import no.laget.access.InformationCategory;
import no.laget.organisation.Organisation;
import no.laget.platform.security.SignedInUser;
import no.laget.support.ChildFixtures;
import no.laget.support.LagetTest;
import no.laget.support.TestChildren;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroups;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static no.laget.support.Accounts.as;
import static no.laget.support.Accounts.fromAddress;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Logs, metrics, the proxy in front and the probes, as a municipality's operations see them. */
@LagetTest
class OperationsTest {

    private static final Path LOG = Path.of("target", "laget-test.log");
    private static final String TOKEN = "test-metrics-token-0123456789";
    private static final String TRUSTED_PROXY = "10.9.8.7";

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService accounts;
    @Autowired Organisation organisation;
    @Autowired ChildFixtures fixtures;
    @Autowired AccessDoor door;
    @Autowired MeterRegistry meters;
    @Autowired HealthEndpointGroups healthGroups;

    // --- logs ------------------------------------------------------------------------------------------------------

    @Test
    void a_request_writes_json_lines_with_its_request_id_and_the_employee_id_but_no_username() throws Exception {
        String requestId = requestId();
        SignedInUser ansatt = fixtures.user("ansatt");
        mvc.perform(post("/feedback").with(as(accounts, "ansatt")).with(csrf()).header("X-Request-Id", requestId)
                        .param("unitId", String.valueOf(unitId("Brekkerød barnehage"))).param("kind", "MEETING"))
                .andExpect(status().isOk())
                .andExpect(header().string("X-Request-Id", requestId));

        List<String> lines = linesWith(requestId);
        assertThat(lines).as("log lines of the request").isNotEmpty();
        for (String line : lines) {
            JsonNode json = JsonMapper.builder().build().readTree(line);
            assertThat(json.get("requestId").asString()).isEqualTo(requestId);
            assertThat(json.get("employeeId").asString()).isEqualTo(String.valueOf(ansatt.employeeId()));
            assertThat(json.get("unitId").asString()).isEqualTo(String.valueOf(ansatt.unitId()));
            assertThat(json.has("message")).isTrue();
            assertThat(json.has("@timestamp")).isTrue();
            assertThat(line).doesNotContain("\"ansatt\"").doesNotContain(ansatt.displayName())
                    .doesNotContain(ansatt.username());
        }
        assertThat(lines).anySatisfy(line -> assertThat(line).contains("Feedback invitation made for unit"));
    }

    @Test
    void a_request_without_a_usable_request_id_gets_a_new_one() throws Exception {
        MvcResult none = mvc.perform(get("/login")).andExpect(status().isOk()).andReturn();
        assertThat(none.getResponse().getHeader("X-Request-Id")).matches("[A-Za-z0-9_-]{22}");

        for (String bad : List.of("kort", "a b c d e f g h", "x".repeat(65), "abc123456\r\nSet-Cookie: x=y", "ææææææææææ",
                "req-01019012345" /* could be an identity number */)) {
            mvc.perform(get("/login").header("X-Request-Id", bad))
                    .andExpect(header().string("X-Request-Id", matchesPattern("[A-Za-z0-9_-]{22}")));
        }
        mvc.perform(get("/login").header("X-Request-Id", "proxy-4f2a.91_B"))
                .andExpect(header().string("X-Request-Id", "proxy-4f2a.91_B"));
    }

    // --- metrics ---------------------------------------------------------------------------------------------------

    @Test
    void the_metrics_answer_401_without_the_token_and_prometheus_text_with_it() throws Exception {
        mvc.perform(get("/actuator/prometheus")).andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", containsString("Bearer")));
        mvc.perform(get("/actuator/prometheus").header("Authorization", "Bearer wrong-token"))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/actuator/prometheus").header("Authorization", "Basic " + TOKEN))
                .andExpect(status().isUnauthorized());
        // a signed-in administrator is not the operator's scraper
        mvc.perform(get("/actuator/prometheus").with(as(accounts, "admin"))).andExpect(status().isUnauthorized());
        // the other actuator endpoints are not there at all
        mvc.perform(get("/actuator/env").header("Authorization", "Bearer " + TOKEN))
                .andExpect(status().is4xxClientError());

        mvc.perform(get("/mine-frister").with(as(accounts, "ansatt"))).andExpect(status().isOk()); // one page request, measured
        long child = fixtures.childOf("ansatt", TestChildren.familyName());
        door.decide(fixtures.user("ansatt"), child, InformationCategory.BASIC, Action.READ,
                AccessedObject.of("CHILD", child)); // one door decision, counted and timed
        mvc.perform(post("/login").param("username", "finnes-ikke").param("password", "feil").with(csrf())
                .with(fromAddress("192.0.2.77"))); // one login failure
        String text = mvc.perform(get("/actuator/prometheus").header("Authorization", "Bearer " + TOKEN))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/plain"))
                .andReturn().getResponse().getContentAsString();
        assertThat(text).contains("http_server_requests_seconds_bucket{", "laget_access_log_append_seconds_bucket{",
                "laget_access_decisions_total{", "laget_report_outbox_depth_reports", "laget_report_outbox_oldest_age_seconds",
                "laget_reminder_outbox_depth_mails", "laget_reminder_lag_seconds",
                "laget_login_failures_total{application=\"laget\",reason=\"bad_credentials\"}");
        assertThat(text).as("no username in the metrics").doesNotContain("finnes-ikke").doesNotContain("ansatt");
    }

    @Test
    void a_refused_door_decision_counts_as_a_refusal_with_its_reason_and_category() throws Exception {
        long child = fixtures.childOf("ansatt", TestChildren.familyName());
        SignedInUser stranger = fixtures.user("laerer");

        Decision decision = door.decide(stranger, child, InformationCategory.HEALTH, Action.READ,
                AccessedObject.of("CHILD", child));
        assertThat(decision.allowed()).isFalse();
        String reason = decision.reason().name();
        double before = refusals(reason);
        door.decide(stranger, child, InformationCategory.HEALTH, Action.READ, AccessedObject.of("CHILD", child));
        assertThat(refusals(reason)).isEqualTo(before + 1);

        String text = mvc.perform(get("/actuator/prometheus").header("Authorization", "Bearer " + TOKEN))
                .andReturn().getResponse().getContentAsString();
        assertThat(text).containsPattern("laget_access_decisions_total\\{[^}]*category=\"HEALTH\"[^}]*outcome=\"DENIED\""
                + "[^}]*reason=\"" + reason + "\"");
        assertThat(text).as("the metrics name no child").doesNotContainPattern("(?i)child_?id=");
    }

    // --- behind a proxy --------------------------------------------------------------------------------------------

    @Test
    void https_at_a_trusted_proxy_gives_a_secure_session_cookie_and_hsts() throws Exception {
        MvcResult result = mvc.perform(get("/login").with(fromAddress(TRUSTED_PROXY))
                        .header("X-Forwarded-For", "203.0.113.5").header("X-Forwarded-Proto", "https"))
                .andExpect(status().isOk())
                .andExpect(header().string("Strict-Transport-Security", containsString("max-age=31536000")))
                .andReturn();
        assertThat(sessionCookie(result)).contains("Secure").contains("HttpOnly");
    }

    @Test
    void forwarded_headers_from_an_untrusted_address_are_ignored() throws Exception {
        MvcResult result = mvc.perform(get("/login").with(fromAddress("198.51.100.9"))
                        .header("X-Forwarded-For", "203.0.113.5").header("X-Forwarded-Proto", "https"))
                .andExpect(status().isOk())
                .andExpect(header().doesNotExist("Strict-Transport-Security"))
                .andReturn();
        assertThat(sessionCookie(result)).doesNotContain("Secure");
    }

    @Test
    void plain_http_at_a_trusted_proxy_stays_plain() throws Exception {
        MvcResult result = mvc.perform(get("/login").with(fromAddress(TRUSTED_PROXY))
                        .header("X-Forwarded-For", "203.0.113.5").header("X-Forwarded-Proto", "http"))
                .andExpect(header().doesNotExist("Strict-Transport-Security"))
                .andReturn();
        assertThat(sessionCookie(result)).doesNotContain("Secure");
    }

    @Test
    void the_trusted_proxies_setting_takes_addresses_only() {
        assertThat(OperationsConfig.proxyPattern(List.of())).isEmpty();
        assertThat("10.9.8.7").matches(OperationsConfig.proxyPattern(List.of("10.9.8.7", "::1")));
        assertThat("10.9.8.70").doesNotMatch(OperationsConfig.proxyPattern(List.of("10.9.8.7")));
        assertThat("10x9x8x7").doesNotMatch(OperationsConfig.proxyPattern(List.of("10.9.8.7")));
        for (String bad : List.of("proxy.example.no", "10.0.0.0/8", ".*", "10.9.8")) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> OperationsConfig.proxyPattern(List.of(bad)))
                    .hasMessageContaining("LAGET_TRUSTED_PROXIES").hasMessageContaining(bad);
        }
    }

    // --- health ----------------------------------------------------------------------------------------------------

    @Test
    void liveness_and_readiness_answer_without_login_and_readiness_follows_the_database() throws Exception {
        mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk())
                .andExpect(content().string(containsString("\"UP\"")));
        mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk())
                .andExpect(content().string(containsString("\"UP\"")));
        mvc.perform(get("/livez")).andExpect(status().isOk());
        mvc.perform(get("/readyz")).andExpect(status().isOk());
        assertThat(healthGroups.get("readiness").isMember("db")).isTrue();
        assertThat(healthGroups.get("liveness").isMember("db")).as("a restart does not bring the database back").isFalse();
    }

    // ---------------------------------------------------------------------------------------------------------------

    private double refusals(String reason) {
        Counter counter = meters.find("laget.access.decisions").tag("outcome", "DENIED").tag("category", "HEALTH")
                .tag("action", "READ").tag("reason", reason).counter();
        return counter == null ? 0 : counter.count();
    }

    private static String sessionCookie(MvcResult result) {
        return result.getResponse().getHeaders("Set-Cookie").stream().filter(c -> c.startsWith("SESSION="))
                .findFirst().orElseThrow(() -> new AssertionError("no session cookie"));
    }

    private static List<String> linesWith(String requestId) throws IOException {
        return Files.readAllLines(LOG).stream().filter(line -> line.contains(requestId)).toList();
    }

    private long unitId(String name) {
        return organisation.units().stream().filter(u -> u.name().equals(name)).findFirst().orElseThrow().id();
    }

    /**
     * A caller's id the filter keeps: a UUID with its digits as letters, since a random UUID now and then holds eleven
     * digits in a row, which the filter replaces (it could be an identity number).
     */
    private static String requestId() {
        StringBuilder id = new StringBuilder("ops-");
        UUID.randomUUID().toString().chars()
                .forEach(c -> id.append(Character.isDigit(c) ? (char) ('g' + c - '0') : (char) c));
        return id.toString();
    }
}
