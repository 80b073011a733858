package no.laget.platform.web;

import java.nio.charset.StandardCharsets;

import no.laget.support.LagetTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static no.laget.support.Accounts.as;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Uploaded files, a multipart form's text field, a search and an address with a refused character. */
@LagetTest
class RefusedCharactersInUploadsTest {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService accounts;

    @Test
    void a_catalogue_file_with_a_nul_is_refused_with_its_line_and_nothing_is_stored() throws Exception {
        String csv = "name;description;provider_name;prevention_level;age_from;age_to;topics;free;access;contact\n"
                + "Leksehjelp;Hjelp\u0000med lekser;Biblioteket;UNIVERSAL;6;16;SCHOOL;true;OPEN;post@example.org\n";
        mvc.perform(multipart("/catalogue/import").file(new MockMultipartFile("file", "tiltak.csv", "text/csv",
                        csv.getBytes(StandardCharsets.UTF_8))).param("mode", "ALL_OR_NOTHING")
                        .with(as(accounts, "oppvekst")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Linje 2 i filen har tegn som ikke kan lagres")));
    }

    @Test
    void a_statistics_row_with_a_nul_is_refused_by_line_not_a_500() throws Exception {
        String csv = "indicator;region;period;value;unit;source\nKOSTRA\u0000x;3101;2024;12;prosent;SSB\n";
        mvc.perform(multipart("/statistics/import").file(new MockMultipartFile("file", "tall.csv", "text/csv",
                        csv.getBytes(StandardCharsets.UTF_8))).param("mode", "ALL_OR_NOTHING")
                        .with(as(accounts, "oppvekst")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Raden har tegn som ikke kan lagres")));
    }

    @Test
    void a_multipart_text_field_reaches_the_page_without_its_right_to_left_override() throws Exception {
        mvc.perform(multipart("/catalogue/import").file(new MockMultipartFile("file", "tiltak.csv", "text/csv",
                        "x".getBytes(StandardCharsets.UTF_8))).param("mode", "ALL_OR\u202E_NOTHING")
                        .with(as(accounts, "oppvekst")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Filen mangler kolonnene")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("\u202E"))));
    }

    @Test
    void a_search_with_a_nul_is_a_bokmaal_400_page_not_a_500() throws Exception {
        mvc.perform(get("/children").param("q", "Emma\u0000").with(as(accounts, "ansatt")))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Vi kan ikke ta imot forespørselen")));
    }
}
