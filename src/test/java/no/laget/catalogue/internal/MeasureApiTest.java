package no.laget.catalogue.internal;

import no.laget.support.LagetTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static no.laget.support.Accounts.unique;
import static no.laget.support.ProblemJson.problemJson;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@LagetTest
class MeasureApiTest {

    @Autowired MockMvc mvc;

    private static String body(String name) {
        return """
                {"name":"%s","description":"Svømmetrening for nybegynnere.","providerName":"Halden svømmeklubb",
                 "level":"UNIVERSAL","ageFrom":"6","ageTo":"10","topics":["LEISURE","HEALTH"],"free":"false",
                 "access":"SELF_REFERRAL","contact":"Svømmeklubben, tlf. 69 17 02 02"}""".formatted(name);
    }

    @Test
    void anyone_searches_and_reads_measures_without_logging_in() throws Exception {
        mvc.perform(get("/api/v1/measures").param("topic", "SUBSTANCE_USE").param("age", "14"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].name", hasItem("Utsett – rusforebyggende program på ungdomsskolen")))
                .andExpect(jsonPath("$[*].name", not(hasItem("Åpen barnehage"))))
                .andExpect(jsonPath("$[*].topics", everyItem(hasItem("SUBSTANCE_USE"))));
    }

    @Test
    void municipal_staff_create_and_change_a_measure() throws Exception {
        String name = unique("Svømmekurs");
        String location = mvc.perform(post("/api/v1/measures").with(httpBasic("oppvekst", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content(body(name)))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", startsWith("/api/v1/measures/")))
                .andExpect(jsonPath("$.name").value(name))
                .andExpect(jsonPath("$.providerName").value("Halden svømmeklubb"))
                .andExpect(jsonPath("$.level").value("UNIVERSAL"))
                .andReturn().getResponse().getHeader("Location");

        mvc.perform(get(location)).andExpect(status().isOk()).andExpect(jsonPath("$.free").value(false));
        mvc.perform(put(location).with(httpBasic("oppvekst", "demo")).contentType(MediaType.APPLICATION_JSON)
                        .content(body(name).replace("\"ageTo\":\"10\"", "\"ageTo\":\"12\"")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.ageTo").value(12));
    }

    @Test
    void bad_input_is_problem_json_with_a_message_per_field() throws Exception {
        mvc.perform(post("/api/v1/measures").with(httpBasic("oppvekst", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body("").replace("\"ageFrom\":\"6\"", "\"ageFrom\":\"seks\"")
                                .replace("\"level\":\"UNIVERSAL\"", "\"level\":\"SOMETIMES\"")))
                .andExpect(problemJson(status().isBadRequest()))
                .andExpect(jsonPath("$.type").value("urn:laget:problem:validation"))
                .andExpect(jsonPath("$.errors[0].field").value("name"))
                .andExpect(jsonPath("$.errors[0].message").value("Skriv inn navnet på tiltaket"))
                .andExpect(jsonPath("$.errors[1].field").value("level"))
                .andExpect(jsonPath("$.errors[2].field").value("ageFrom"))
                .andExpect(jsonPath("$.errors[2].message").value("Skriv fra-alderen som et helt tall, for eksempel 6"));
        mvc.perform(get("/api/v1/measures").param("level", "SOMETIMES"))
                .andExpect(problemJson(status().isBadRequest()));
        mvc.perform(get("/api/v1/measures/987654321"))
                .andExpect(problemJson(status().isNotFound()));
    }

    @Test
    void writing_needs_municipal_staff() throws Exception {
        mvc.perform(post("/api/v1/measures").contentType(MediaType.APPLICATION_JSON).content(body("x")))
                .andExpect(problemJson(status().isUnauthorized()));
        mvc.perform(post("/api/v1/measures").with(httpBasic("ansatt", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content(body("x")))
                .andExpect(problemJson(status().isForbidden()));
        mvc.perform(put("/api/v1/measures/1").with(httpBasic("admin", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content(body("x")))
                .andExpect(status().isForbidden());
    }
}
