package no.laget.plan.internal;

import java.util.List;

import no.laget.organisation.Organisation;
import no.laget.support.LagetTest;
import no.laget.support.VeraPdf;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static no.laget.support.Accounts.as;
import static no.laget.support.Accounts.unique;
import static no.laget.support.Pdfs.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@LagetTest
class AnnualReportPdfTest {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService accounts;
    @Autowired PlanRepository repository;
    @Autowired Organisation organisation;

    @Test
    void the_report_shows_each_area_s_actions_with_their_status_at_the_year_s_end_and_the_indicator_trend() throws Exception {
        long unit = PlanTestData.unitId(organisation, "Gimle skole");
        var arranged = PlanTestData.plan(repository, unique("Plan"), unit, 2, 2020, 2022);
        long first = arranged.actionIds().get(0);
        updateStatus(first, "ONGOING", "Godt i gang.", "2023-03-01");
        updateStatus(first, "DONE", "Ferdig i 2025.", "2025-02-01"); // after 2023: not in the 2023 report
        importFigures("""
                indicator;region;period;value;unit;source
                NAERVAER_TEST;3001;2022;93,1;prosent;Udir
                NAERVAER_TEST;3101;2023;94,2;prosent;Udir
                NAERVAER_TEST;3101;2024;94,6;prosent;Udir
                """);

        byte[] pdf = mvc.perform(get("/plan/{id}/arsrapport.pdf", arranged.planId()).param("year", "2023")
                        .with(as(accounts, "oppvekst")))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andReturn().getResponse().getContentAsByteArray();

        String text = text(pdf);
        assertThat(text).contains("Årsrapport 2023", "Status per 31.12.2023.", "Helsefremmende oppvekst",
                "Tiltak 1 i", "Gimle skole", "Pågår", "Godt i gang.", "1.3.2023",
                "Ikke startet", "På overtid", // both ended in 2022 and neither was done by the end of 2023
                "Måltall: Nærvær i grunnskolen", "95 innen 2032", "2022", "93,1", "2023", "94,2", "2024", "94,6");
        assertThat(text).doesNotContain("Ferdig i 2025.");
    }

    @Test
    void the_demo_plan_s_report_shows_the_demo_figures_for_every_target() throws Exception {
        byte[] pdf = mvc.perform(get("/plan/{id}/arsrapport.pdf", demoPlanId()).param("year", "2025")
                        .with(as(accounts, "oppvekst")))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();

        String text = text(pdf);
        assertThat(text).doesNotContain("Det er ikke lest inn tall");
        // Halden's figures under both its numbers (3001 until 2023, 3101 from 2024), joined into one series
        assertThat(text).contains("Demotall (oppdiktet, ikke offisiell statistikk)", "2019-2021", "12,5", "2022-2024",
                "11,9", "92,6", "93,8", "67");
    }

    @Test
    void the_report_passes_the_pdf_ua_1_and_pdf_a_3u_checks_of_verapdf() throws Exception {
        long planId = demoPlanId();
        byte[] pdf = mvc.perform(get("/plan/{id}/arsrapport.pdf", planId).param("year", "2025")
                        .with(as(accounts, "oppvekst")))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("nb");
            assertThat(document.getDocumentInformation().getTitle()).startsWith("Årsrapport 2025");
            assertThat(document.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
        }
        VeraPdf.assertPasses(pdf);
    }

    @Test
    void a_year_outside_the_plan_or_not_a_year_is_a_message_on_the_overview_not_a_pdf() throws Exception {
        long planId = demoPlanId();
        for (String[] bad : List.of(new String[] {"", "Skriv inn året rapporten gjelder."},
                new String[] {"tjue", "Skriv året med fire sifre"},
                new String[] {"2019", "Velg et år fra planen begynte til i år."},
                new String[] {"2031", "Velg et år fra planen begynte til i år."})) {
            mvc.perform(get("/plan/{id}/arsrapport.pdf", planId).param("year", bad[0]).with(as(accounts, "oppvekst")))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
                    .andExpect(content().string(containsString(bad[1])))
                    .andExpect(content().string(containsString("id=\"year-error\"")));
        }
    }

    @Test
    void only_municipal_staff_get_the_report() throws Exception {
        mvc.perform(get("/plan/{id}/arsrapport.pdf", demoPlanId()).param("year", "2024").with(as(accounts, "leder")))
                .andExpect(status().isForbidden());
    }

    private long demoPlanId() {
        return repository.plans().stream().filter(p -> p.name().equals("Kommunedelplan oppvekst 2020–2032"))
                .findFirst().orElseThrow().id();
    }

    private void updateStatus(long actionId, String status, String comment, String date) throws Exception {
        mvc.perform(post("/plan/actions/{id}/status", actionId).with(as(accounts, "oppvekst")).with(csrf())
                        .param("status", status).param("comment", comment).param("date", date))
                .andExpect(status().is3xxRedirection());
    }

    private void importFigures(String csv) throws Exception {
        mvc.perform(multipart("/statistics/import")
                        .file(new org.springframework.mock.web.MockMultipartFile("file", "tall.csv", "text/csv",
                                csv.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                        .param("mode", "ALL_OR_NOTHING").with(as(accounts, "oppvekst")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("0 avvist")));
    }
}
