package no.laget.organisation.internal;

import no.laget.support.LagetTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static no.laget.support.Accounts.unique;
import static no.laget.support.ProblemJson.problemJson;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@LagetTest
class OrganisationApiTest {

    @Autowired MockMvc mvc;
    @Autowired UnitRepository units;

    private long gimle() {
        return units.findAll().stream().filter(u -> u.name().equals("Gimle skole")).findFirst().orElseThrow().id();
    }

    @Test
    void without_credentials_the_api_answers_401_as_problem_json_with_a_basic_challenge() throws Exception {
        mvc.perform(get("/api/v1/units"))
                .andExpect(problemJson(status().isUnauthorized()))
                .andExpect(header().string("WWW-Authenticate", startsWith("Basic")))
                .andExpect(jsonPath("$.status").value(401));
    }

    @Test
    void a_wrong_password_is_401_too() throws Exception {
        mvc.perform(get("/api/v1/units").with(httpBasic("admin", "wrong")).with(r -> { r.setRemoteAddr("10.6.0.1"); return r; }))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void any_employee_reads_units() throws Exception {
        mvc.perform(get("/api/v1/units").with(httpBasic("ansatt", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].name", hasItem("Gimle skole")));
    }

    @Test
    void an_administrator_creates_a_unit_and_an_employee_whose_resource_carries_the_username() throws Exception {
        String unitName = unique("Api-skole");
        mvc.perform(post("/api/v1/units").with(httpBasic("admin", "demo")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"" + unitName + "\",\"type\":\"SCHOOL\"}"))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", startsWith("/api/v1/units/")))
                .andExpect(jsonPath("$.name").value(unitName))
                .andExpect(jsonPath("$.type").value("SCHOOL"));

        String username = unique("api");
        mvc.perform(post("/api/v1/employees").with(httpBasic("admin", "demo")).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"displayName":"Api Ansatt","username":"%s","email":"api@halden.kommune.no",
                                 "unitId":"%d","roles":["EMPLOYEE"],"password":"et-langt-passord"}""".formatted(username, gimle())))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.username").value(username))
                .andExpect(jsonPath("$.active").value(true))
                .andExpect(jsonPath("$.password").doesNotExist());
    }

    @Test
    void bad_input_is_problem_json_with_a_message_per_field() throws Exception {
        mvc.perform(post("/api/v1/units").with(httpBasic("admin", "demo")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"\",\"type\":\"SPACESHIP\"}"))
                .andExpect(problemJson(status().isBadRequest()))
                .andExpect(jsonPath("$.type").value("urn:laget:problem:validation"))
                .andExpect(jsonPath("$.errors[0].field").value("name"))
                .andExpect(jsonPath("$.errors[0].message").value("Skriv inn navnet på tjenesten"))
                .andExpect(jsonPath("$.errors[1].field").value("type"))
                .andExpect(jsonPath("$.errors[1].message").value("Velg en type tjeneste fra listen"));
    }

    @Test
    void a_duplicate_username_and_a_malformed_email_are_named_in_the_problem() throws Exception {
        mvc.perform(post("/api/v1/employees").with(httpBasic("admin", "demo")).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"displayName":"Dup","username":"Admin","email":"not-an-address",
                                 "unitId":"%d","roles":["EMPLOYEE"],"password":"et-langt-passord"}""".formatted(gimle())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field=='username')].message")
                        .value(hasItem("Brukernavnet er allerede i bruk. Velg et annet brukernavn")))
                .andExpect(jsonPath("$.errors[?(@.field=='email')].message")
                        .value(hasItem("Skriv inn e-postadressen på formen navn@kommune.no")));
    }

    @Test
    void unreadable_json_an_unreadable_id_and_a_missing_unit_are_problems_not_500s() throws Exception {
        mvc.perform(post("/api/v1/units").with(httpBasic("admin", "demo")).contentType(MediaType.APPLICATION_JSON)
                        .content("{not json"))
                .andExpect(problemJson(status().isBadRequest()));
        mvc.perform(get("/api/v1/units/abc").with(httpBasic("admin", "demo")))
                .andExpect(problemJson(status().isBadRequest()));
        mvc.perform(get("/api/v1/units/987654321").with(httpBasic("admin", "demo")))
                .andExpect(problemJson(status().isNotFound()));
    }

    @Test
    void employees_are_never_deleted_and_only_administrators_manage_them() throws Exception {
        mvc.perform(delete("/api/v1/employees/1").with(httpBasic("admin", "demo")))
                .andExpect(status().isMethodNotAllowed());
        mvc.perform(get("/api/v1/employees").with(httpBasic("ansatt", "demo")))
                .andExpect(problemJson(status().isForbidden()));
        mvc.perform(post("/api/v1/units").with(httpBasic("leder", "demo")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"x\",\"type\":\"SCHOOL\"}"))
                .andExpect(status().isForbidden());
    }

    @Test
    void the_api_is_described_in_openapi() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.info.title").value("Laget API"))
                .andExpect(jsonPath("$.paths['/api/v1/units']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/employees/{id}/deactivate']").exists());
    }

    @Test
    void the_api_links_an_employee_to_the_identity_provider_keeps_the_link_when_left_out_and_removes_it_when_blank()
            throws Exception {
        String username = unique("apisso");
        String identity = unique("oid");
        String created = mvc.perform(post("/api/v1/employees").with(httpBasic("admin", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"displayName":"Api Sso","username":"%s","email":"sso@halden.kommune.no",
                                 "unitId":"%d","roles":["EMPLOYEE"],"externalIdentity":"%s"}""".formatted(username, gimle(), identity)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.externalIdentity").value(identity))
                .andReturn().getResponse().getHeader("Location");

        mvc.perform(put(created).with(httpBasic("admin", "demo")).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"displayName":"Api Sso Endret","email":"sso@halden.kommune.no","unitId":"%d",
                                 "roles":["EMPLOYEE"]}""".formatted(gimle())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.externalIdentity").value(identity));
        mvc.perform(put(created).with(httpBasic("admin", "demo")).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"displayName":"Api Sso Endret","email":"sso@halden.kommune.no","unitId":"%d",
                                 "roles":["EMPLOYEE"],"externalIdentity":"ikke lov"}""".formatted(gimle())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("externalIdentity"));
        mvc.perform(put(created).with(httpBasic("admin", "demo")).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"displayName":"Api Sso Endret","email":"sso@halden.kommune.no","unitId":"%d",
                                 "roles":["EMPLOYEE"],"externalIdentity":""}""".formatted(gimle())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.externalIdentity").isEmpty());
    }
}
