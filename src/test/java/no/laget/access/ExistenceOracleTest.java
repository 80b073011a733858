package no.laget.access;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import no.laget.casework.Cases;
import no.laget.casework.internal.Concerns;
import no.laget.platform.time.Oslo;
import no.laget.casework.internal.OpenCase;
import no.laget.casework.internal.WriteConcern;
import no.laget.support.ChildFixtures;
import no.laget.support.LagetTest;
import no.laget.support.MovableClock;
import no.laget.support.TestChildren;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static no.laget.support.Accounts.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * For anything tied to a child, a caller without access gets the same status and body whether the thing exists or
 * not: an id is no oracle. Tried as employees of services with no part in the child (NAV, PPT), and as an
 * administrator, on cases, concerns, consents and children, through the API and the pages, reading and writing.
 */
@LagetTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExistenceOracleTest {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired ChildFixtures fixtures;
    @Autowired Cases cases;
    @Autowired Concerns concerns;
    @Autowired UserDetailsService accounts;
    @Autowired MovableClock clock;

    long child;
    long caseId;
    long concern;
    long consent;
    long missing;

    @BeforeAll
    void arrange() {
        clock.reset();
        LocalDate today = LocalDate.now(clock.withZone(Oslo.ZONE));
        child = fixtures.childOf("ansatt", TestChildren.familyName());
        consent = fixtures.consent("ansatt", child, fixtures.user("ansatt").unitId(), today, today.plusYears(1),
                "RELAY_LOG");
        caseId = cases.open(fixtures.user("ansatt"), child, OpenCase.atLevel1(fixtures.user("ansatt").employeeId(), "Trives"));
        concern = concerns.write(fixtures.user("ansatt"), child, new WriteConcern(today, "Sitter alene", false));
        missing = 1_000_000_000L + jdbc.sql("select coalesce(max(id), 0) from child").query(Long.class).single();
    }

    record Probe(String name, java.util.function.LongFunction<MockHttpServletRequestBuilder> request) {}

    @TestFactory
    Stream<DynamicTest> an_existing_id_answers_exactly_like_a_missing_one_for_a_caller_without_access() {
        List<Probe> probes = List.of(
                new Probe("GET /api/v1/cases/{id}", id -> get("/api/v1/cases/" + id)),
                new Probe("POST /api/v1/cases/{id}/goals", id -> post("/api/v1/cases/" + id + "/goals")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"goalText\":\"Et mål\"}")),
                new Probe("GET /cases/{id}", id -> get("/cases/" + id)),
                new Probe("POST /cases/{id}/goals", id -> post("/cases/" + id + "/goals").param("goalText", "Et mål")
                        .with(csrf())),
                new Probe("POST /cases/{id}/handover/accept", id -> post("/cases/" + id + "/handover/accept").with(csrf())),
                new Probe("GET /concerns/{id}", id -> get("/concerns/" + id)),
                new Probe("GET /api/v1/children/{id}", id -> get("/api/v1/children/" + id)),
                new Probe("GET /children/{id}", id -> get("/children/" + id)),
                new Probe("GET /api/v1/children/{id}/access-log", id -> get("/api/v1/children/" + id + "/access-log")),
                new Probe("POST /api/v1/consents/{id}/withdrawal", id -> post("/api/v1/consents/" + id + "/withdrawal")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"scope\":\"ALL\",\"grantIds\":[],\"withdrawnBy\":\"Foresatt\"}")),
                new Probe("POST /consents/{id}/withdrawal", id -> post("/consents/" + id + "/withdrawal")
                        .param("scope", "ALL").param("withdrawnBy", "Foresatt").with(csrf())),
                new Probe("GET /consents/{id}/skjema.pdf", id -> get("/consents/" + id + "/skjema.pdf")));
        return Stream.of("nav", "ppt", "admin").flatMap(username -> probes.stream().map(probe ->
                DynamicTest.dynamicTest(username + " " + probe.name(), () -> {
                    long existing = existingFor(probe.name());
                    MockHttpServletResponse real = mvc.perform(probe.request().apply(existing).with(as(accounts, username)))
                            .andReturn().getResponse();
                    MockHttpServletResponse none = mvc.perform(probe.request().apply(missing).with(as(accounts, username)))
                            .andReturn().getResponse();
                    assertThat(real.getStatus()).as("refused").isIn(403);
                    assertThat(none.getStatus()).as("same status").isEqualTo(real.getStatus());
                    assertThat(normalised(none, missing)).as("same body").isEqualTo(normalised(real, existing));
                })));
    }

    private long existingFor(String probe) {
        if (probe.contains("cases")) {
            return caseId;
        }
        if (probe.contains("concerns")) {
            return concern;
        }
        if (probe.contains("consents")) {
            return consent;
        }
        return child;
    }

    /** The body with the id itself (in a problem's instance or a link back) and the per-request CSRF token taken out. */
    private static String normalised(MockHttpServletResponse response, long id) throws Exception {
        return response.getContentAsString().replaceAll("(?<=/)" + id + "\\b", "{id}")
                .replaceAll("(name=\"csrf-token\" content=\"|name=\"_csrf\" value=\")[^\"]*", "$1{token}");
    }
}
