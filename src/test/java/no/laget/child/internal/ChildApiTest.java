package no.laget.child.internal;

import java.time.LocalDate;

import no.laget.organisation.Organisation;
import no.laget.platform.time.Oslo;
import no.laget.support.ChildFixtures;
import no.laget.support.LagetTest;
import no.laget.support.MovableClock;
import no.laget.support.TestChildren;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static no.laget.support.ProblemJson.problemJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@LagetTest
class ChildApiTest {

    @Autowired MockMvc mvc;
    @Autowired ChildFixtures fixtures;
    @Autowired Organisation organisation;
    @Autowired MovableClock clock;

    private long gimle() {
        return organisation.units().stream().filter(u -> u.name().equals("Gimle skole")).findFirst().orElseThrow().id();
    }

    @Test
    void a_refused_request_is_403_with_a_reason_code_and_none_of_the_childs_data() throws Exception {
        String familyName = TestChildren.familyName();
        long child = fixtures.childOf("helsesykepleier", familyName);

        String refused = mvc.perform(get("/api/v1/children/" + child).with(httpBasic("laerer", "demo")))
                .andExpect(problemJson(status().isForbidden()))
                .andExpect(jsonPath("$.reason").value("NO_CONSENT"))
                .andExpect(content().string(not(containsString(familyName))))
                .andReturn().getResponse().getContentAsString();
        String unknown = mvc.perform(get("/api/v1/children/987654321").with(httpBasic("laerer", "demo")))
                .andExpect(status().isForbidden())
                .andReturn().getResponse().getContentAsString();

        assertThat(withoutInstance(unknown)).as("a child that does not exist answers like one the user may not know of")
                .isEqualTo(withoutInstance(refused));
    }

    /** The problem's instance is the request path, which differs by the id asked for; everything else must match. */
    private static String withoutInstance(String problem) {
        return problem.replaceAll("\"instance\":\"[^\"]*\",?", "");
    }

    @Test
    void expired_and_withdrawn_consents_have_their_own_reason_codes() throws Exception {
        LocalDate today = LocalDate.now(clock.withZone(Oslo.ZONE));
        long expired = fixtures.childOf("helsesykepleier", TestChildren.familyName());
        fixtures.consent("helsesykepleier", expired, gimle(), today.minusDays(20), today.minusDays(1), "BASIC");
        long withdrawn = fixtures.childOf("helsesykepleier", TestChildren.familyName());
        long consent = fixtures.consent("helsesykepleier", withdrawn, gimle(), today, today.plusDays(20), "BASIC");
        mvc.perform(post("/api/v1/consents/" + consent + "/withdrawal").with(httpBasic("helsesykepleier", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"scope\":\"ALL\",\"withdrawnBy\":\"Foresatt\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.withdrawnAt").exists());

        mvc.perform(get("/api/v1/children/" + expired).with(httpBasic("laerer", "demo")))
                .andExpect(jsonPath("$.reason").value("CONSENT_EXPIRED"));
        mvc.perform(get("/api/v1/children/" + withdrawn).with(httpBasic("laerer", "demo")))
                .andExpect(jsonPath("$.reason").value("CONSENT_WITHDRAWN"));
    }

    @Test
    void with_consent_the_api_gives_the_child_its_guardians_and_consents_and_logs_it() throws Exception {
        LocalDate today = LocalDate.now(clock.withZone(Oslo.ZONE));
        String familyName = TestChildren.familyName();
        long child = fixtures.childOf("helsesykepleier", familyName);
        fixtures.consent("helsesykepleier", child, gimle(), today, today.plusDays(20), "BASIC");

        mvc.perform(get("/api/v1/children/" + child).with(httpBasic("laerer", "demo")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.familyName").value(familyName));
        mvc.perform(get("/api/v1/children/" + child + "/guardians").with(httpBasic("laerer", "demo")))
                .andExpect(status().isOk()).andExpect(jsonPath("$[0].parentalResponsibility").value(true));
        mvc.perform(get("/api/v1/children/" + child + "/consents").with(httpBasic("laerer", "demo")))
                .andExpect(status().isOk()).andExpect(jsonPath("$[0].grants[0].category").value("BASIC"));

        // each employee reads their own share of the log: the school's reading is not the health station's to see
        mvc.perform(get("/api/v1/children/" + child + "/access-log").with(httpBasic("laerer", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].username", everyItem(is("laerer"))))
                .andExpect(jsonPath("$[?(@.username == 'laerer' && @.client == 'API')].basis", hasItem("CONSENT")));
        mvc.perform(get("/api/v1/children/" + child + "/access-log").with(httpBasic("helsesykepleier", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].username", everyItem(is("helsesykepleier"))));
    }

    @Test
    void registering_with_bad_input_is_problem_json_with_a_message_per_field() throws Exception {
        mvc.perform(post("/api/v1/children").with(httpBasic("helsesykepleier", "demo")).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"identityNumber":"12345678901","givenName":"","familyName":"X","birthDate":"2019-13-40",
                                 "servingFrom":"2024-08-15"}"""))
                .andExpect(problemJson(status().isBadRequest()))
                .andExpect(jsonPath("$.errors[?(@.field == 'identityNumber')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'givenName')].message").value(hasItem("Skriv inn fornavnet til barnet")))
                .andExpect(jsonPath("$.errors[?(@.field == 'birthDate')].message")
                        .value(hasItem("Skriv fødselsdatoen som dag, måned og år, for eksempel 31.12.2019")));
    }

    @Test
    void a_consent_with_bad_input_is_problem_json_and_records_nothing() throws Exception {
        long child = fixtures.childOf("helsesykepleier", TestChildren.familyName());

        // what the JSON alone says is wrong comes first: an empty purpose, no end
        mvc.perform(post("/api/v1/children/" + child + "/consents").with(httpBasic("helsesykepleier", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"givenBy":"GUARDIANS","guardianIds":[],"howGiven":"WRITTEN","purpose":"",
                                 "categories":["HEALTH"],"receiverUnitIds":[987654321],"validFrom":"2026-01-01","validTo":null}"""))
                .andExpect(problemJson(status().isBadRequest()))
                .andExpect(jsonPath("$.errors[*].field", hasItem("purpose")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("validTo")));
        // then what needs the register: the guardians with parental responsibility, a unit that exists
        mvc.perform(post("/api/v1/children/" + child + "/consents").with(httpBasic("helsesykepleier", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"givenBy":"GUARDIANS","guardianIds":[],"howGiven":"WRITTEN","purpose":"Samarbeid",
                                 "categories":["HEALTH"],"receiverUnitIds":[987654321],"validFrom":"2026-01-01","validTo":"2026-12-31"}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("guardianIds")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("receiverUnitIds")));
        mvc.perform(get("/api/v1/children/" + child + "/consents").with(httpBasic("helsesykepleier", "demo")))
                .andExpect(jsonPath("$.length()").value(0));
    }

    @Test
    void a_consent_takes_json_types_and_refuses_a_number_or_boolean_sent_as_a_string() throws Exception {
        long child = fixtures.childOf("helsesykepleier", TestChildren.familyName());
        long guardian = fixtures.guardianOf("helsesykepleier", child);
        String body = """
                {"givenBy":"GUARDIANS","guardianIds":[%s],"howGiven":"WRITTEN","purpose":"Samarbeid",
                 "categories":["BASIC","HEALTH"],"receiverUnitIds":[%s],"validFrom":"%s","validTo":"%s"%s}""";
        LocalDate today = LocalDate.now(clock.withZone(Oslo.ZONE));

        mvc.perform(post("/api/v1/children/" + child + "/consents").with(httpBasic("helsesykepleier", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body.formatted(guardian, "\"" + gimle() + "\"", today, today.plusDays(9), "")))
                .andExpect(problemJson(status().isBadRequest()))
                .andExpect(jsonPath("$.errors[0].field").value("receiverUnitIds.0"));
        mvc.perform(post("/api/v1/children/" + child + "/consents").with(httpBasic("helsesykepleier", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body.formatted(guardian, gimle(), today, today.plusDays(9), ",\"refused\":\"true\"")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("refused"));
        mvc.perform(get("/api/v1/children/" + child + "/consents").with(httpBasic("helsesykepleier", "demo")))
                .andExpect(jsonPath("$.length()").value(0));

        mvc.perform(post("/api/v1/children/" + child + "/consents").with(httpBasic("helsesykepleier", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body.formatted(guardian, gimle(), today, today.plusDays(9), ",\"refused\":false")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.refused").value(false))
                .andExpect(jsonPath("$.grants.length()").value(2));
        mvc.perform(get("/api/v1/children/" + child).with(httpBasic("laerer", "demo")))
                .andExpect(status().isOk());
    }

    @Test
    void openapi_marks_the_required_fields_of_a_consent() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(jsonPath("$.components.schemas.ConsentBody.required",
                        hasItems("givenBy", "howGiven", "purpose", "categories", "validFrom", "validTo")))
                .andExpect(jsonPath("$.components.schemas.ConsentBody.properties.receiverUnitIds.items.type")
                        .value("integer"))
                .andExpect(jsonPath("$.components.schemas.ConsentBody.properties.refused.type").value("boolean"));
    }

    @Test
    void the_children_api_is_described_in_openapi() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(jsonPath("$.paths['/api/v1/children/{id}/access-log']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/consents/{id}/withdrawal']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/children/{childId}/consents']").exists());
    }
}
