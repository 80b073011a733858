package no.laget.casework.internal;

import java.time.Clock;
import java.time.LocalDate;

import no.laget.platform.time.Oslo;
import no.laget.casework.Cases;
import no.laget.platform.security.SignedInUser;
import no.laget.support.ChildFixtures;
import no.laget.support.LagetTest;
import no.laget.support.TestChildren;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static no.laget.support.Accounts.as;
import static no.laget.support.ProblemJson.problemJson;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Casework's JSON API takes JSON types: a number sent as a string ("6") is a 400 naming the field, a good typed body
 * is saved, and a missing required field is the same field message the page gives.
 */
@LagetTest
class CaseworkApiTypesTest {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService accounts;
    @Autowired ChildFixtures fixtures;
    @Autowired Cases cases;
    @Autowired Clock clock;

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Oslo.ZONE));
    }

    private long childWithConsent() {
        long child = fixtures.childOf("ansatt", TestChildren.familyName());
        fixtures.consent("ansatt", child, fixtures.user("ansatt").unitId(), today(), today().plusYears(1), "RELAY_LOG");
        return child;
    }

    private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder json(String url, String body) {
        return post(url).with(as(accounts, "ansatt")).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body);
    }

    @Test
    void opening_a_case_with_the_level_as_a_string_is_refused_naming_the_field() throws Exception {
        long child = childWithConsent();
        SignedInUser ansatt = fixtures.user("ansatt");

        mvc.perform(json("/api/v1/children/" + child + "/cases",
                        "{\"level\":\"1\",\"holderEmployeeId\":" + ansatt.employeeId() + "}"))
                .andExpect(problemJson(status().isBadRequest()))
                .andExpect(jsonPath("$.errors[0].field").value("level"));
        mvc.perform(json("/api/v1/children/" + child + "/cases",
                        "{\"level\":1,\"holderEmployeeId\":\"" + ansatt.employeeId() + "\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("holderEmployeeId"));

        mvc.perform(json("/api/v1/children/" + child + "/cases",
                        "{\"level\":1,\"holderEmployeeId\":" + ansatt.employeeId() + ",\"goal\":\"Trives\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.level").value(1))
                .andExpect(jsonPath("$.goals[0].text").value("Trives"));
    }

    @Test
    void a_missing_required_field_is_the_pages_field_message() throws Exception {
        long child = childWithConsent();

        mvc.perform(json("/api/v1/children/" + child + "/cases", "{\"level\":1}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("holderEmployeeId"))
                .andExpect(jsonPath("$.errors[0].message").value("Velg en stafettholder"));
    }

    @Test
    void a_measure_takes_dates_and_an_evaluation_takes_the_measure_as_a_number() throws Exception {
        SignedInUser ansatt = fixtures.user("ansatt");
        long caseId = cases.open(ansatt, childWithConsent(), OpenCase.atLevel1(ansatt.employeeId(), null));

        mvc.perform(json("/api/v1/cases/" + caseId + "/measures", "{\"what\":\"Språkgruppe\",\"responsible\":\"employee:"
                        + ansatt.employeeId() + "\",\"startsOn\":\"" + today() + "\",\"evaluateOn\":\"" + today().plusWeeks(6)
                        + "\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.id").isNumber());
        long measure = cases.get(ansatt, caseId).measures().getFirst().id();

        mvc.perform(json("/api/v1/cases/" + caseId + "/evaluations", "{\"measureId\":\"" + measure
                        + "\",\"outcome\":\"BETTER\",\"evaluationText\":\"Bedre\",\"childVoice\":\"Liker det\",\"evaluatedOn\":\""
                        + today() + "\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("measureId"));
        mvc.perform(json("/api/v1/cases/" + caseId + "/evaluations", "{\"measureId\":" + measure
                        + ",\"outcome\":\"BETTER\",\"evaluationText\":\"Bedre\",\"childVoice\":\"Liker det\",\"evaluatedOn\":\""
                        + today() + "\"}"))
                .andExpect(status().isCreated());
    }

    @Test
    void an_anonymous_discussion_with_the_confirmation_as_a_string_is_refused_naming_the_field() throws Exception {
        String body = "{\"heldOn\":\"" + today() + "\",\"participants\":\"Skole og PPT\",\"question\":\"Hvordan støtte"
                + " en elev som strever med lesing?\",\"advice\":\"Snakk med foreldrene\",\"noNameConfirmed\":";

        mvc.perform(json("/api/v1/anonymous-discussions", body + "\"true\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("noNameConfirmed"));
        mvc.perform(json("/api/v1/anonymous-discussions", body + "true}"))
                .andExpect(status().isCreated());
    }
}
