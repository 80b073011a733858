package no.laget.statistics.internal;

import no.laget.support.LagetTest;
import no.laget.support.SqlStatementCounter;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static no.laget.support.Accounts.as;
import static no.laget.support.PageContent.bodyContains;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@LagetTest
class StatisticsPagesTest {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService accounts;
    @Autowired JdbcClient jdbc;
    @Autowired SqlStatementCounter sql;

    private static final String CSV = """
            indicator;region;period;value;unit;source
            LAV_INNTEKT_SIDE;3001;2021;17,2;prosent;SSB
            LAV_INNTEKT_SIDE;3101;2024;16,1;prosent;SSB
            LAV_INNTEKT_SIDE;30;2021;10,4;prosent;SSB
            LAV_INNTEKT_SIDE;31;2024;11,0;prosent;SSB
            LAV_INNTEKT_SIDE;0;2021;11,3;prosent;SSB
            LAV_INNTEKT_SIDE;0;2024;11,6;prosent;SSB
            LAV_INNTEKT_SIDE;9999;2024;1;prosent;SSB
            """;

    @Test
    void staff_import_a_file_see_the_report_and_halden_against_county_and_country_over_time() throws Exception {
        mvc.perform(multipart("/statistics/import").file(new MockMultipartFile("file", "tall.csv", "text/csv",
                        CSV.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                        .param("mode", "STORE_GOOD_ROWS").with(as(accounts, "oppvekst")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(bodyContains("7 rader lest, 6 lagret, 1 avvist.",
                        "Linje 8:", "«9999»"));
        long id = jdbc.sql("select id from indicator where code = 'LAV_INNTEKT_SIDE'").query(Long.class).single();

        mvc.perform(get("/statistics/" + id).with(as(accounts, "oppvekst")))
                .andExpect(status().isOk())
                .andExpect(bodyContains("<svg", "role=\"img\"",
                        "<th scope=\"row\">2021</th>", "17.2", "16.1",
                        "10.4", "11.6", "Hele landet"));
    }

    @Test
    void an_upload_without_a_file_or_a_choice_is_refused_next_to_the_fields() throws Exception {
        mvc.perform(multipart("/statistics/import").with(as(accounts, "oppvekst")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(bodyContains("<title>Feil: Statistikk – Laget</title>",
                        "id=\"file-error\">Velg en fil å lese inn",
                        "Velg hva som skal skje hvis noen rader ikke kan leses"));
    }

    @Test
    void only_municipal_staff_see_statistics_and_the_list_makes_constant_statements() throws Exception {
        mvc.perform(get("/statistics").with(as(accounts, "ansatt"))).andExpect(status().isForbidden());
        sql.reset();
        mvc.perform(get("/statistics").with(as(accounts, "oppvekst"))).andExpect(status().isOk());
        int before = sql.count();
        for (int i = 0; i < 20; i++) {
            jdbc.sql("insert into indicator (code, name, unit, source) values (?, ?, 'antall', 'Test')")
                    .params("SQL_" + i + "_" + System.nanoTime(), "Indikator " + i).update();
        }
        sql.reset();
        mvc.perform(get("/statistics").with(as(accounts, "oppvekst"))).andExpect(status().isOk());
        assertThat(sql.count()).isEqualTo(before);
    }
}
