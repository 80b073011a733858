package no.laget.catalogue.internal;

import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import no.laget.support.LagetTest;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static no.laget.catalogue.internal.CatalogueTestData.measure;
import static no.laget.support.Accounts.as;
import static no.laget.support.Accounts.unique;
import static no.laget.support.PageContent.bodyContains;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@LagetTest
class CatalogueImportTest {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService accounts;
    @Autowired Measures measures;
    @Autowired MeasureAdministration administration;
    @Autowired ImportRepository imports;

    private static final String HEADER = CatalogueCsvTest.HEADER;

    private static String row(String name, String ageFrom, String ageTo) {
        return ";" + name + ";Et tilbud i nærmiljøet.;;Halden sanitetsforening;UNIVERSAL;" + ageFrom + ";" + ageTo
                + ";LEISURE,FAMILY;ja;SELF_REFERRAL;Sanitetsforeningen, tlf. 69 17 04 04;;\n";
    }

    private ResultActions upload(String csv, String mode) throws Exception {
        return mvc.perform(multipart("/catalogue/import")
                .file(new MockMultipartFile("file", "tiltak.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                .param("mode", mode).with(as(accounts, "oppvekst")).with(csrf()));
    }

    private String statusPage(ResultActions upload) throws Exception {
        String location = upload.andExpect(redirectedUrlPattern("/catalogue/import/*"))
                .andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        // a file of more than 500 rows (the whole catalogue, when other tests have filled it) runs in the background
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> imports.find(id).orElseThrow().status() != ImportRepository.Status.RUNNING);
        return mvc.perform(get(location).with(as(accounts, "oppvekst"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    private List<Measure> named(String name) {
        return measures.search(new MeasureSearch(name, null, null, null, false, false, true));
    }

    @Test
    void a_file_with_missing_columns_is_refused_whole_and_nothing_is_stored() throws Exception {
        String name = unique("Mangler");

        upload("name;description;topics\n" + name + ";Beskrivelse;FAMILY\n", "GOOD_ROWS")
                .andExpect(status().isOk())
                .andExpect(bodyContains("<title>Feil: ",
                        "Filen mangler kolonnene provider_unit_id, provider_name, prevention_level, "
                                + "age_from, age_to, free, access, contact. Ingenting er lagret.",
                        "href=\"#file\""));

        assertThat(named(name)).isEmpty();
    }

    @Test
    void without_a_file_or_a_choice_the_form_says_what_to_do() throws Exception {
        mvc.perform(multipart("/catalogue/import").with(as(accounts, "oppvekst")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(bodyContains("Velg en CSV-fil å lese inn",
                        "Velg hva som skal skje hvis noen rader har feil"));
    }

    @Test
    void good_rows_are_stored_and_bad_ones_reported_by_row() throws Exception {
        String first = unique("Godt");
        String second = unique("Også godt");
        String csv = HEADER + "\n" + row(first, "0", "5") + row("", "12", "6") + row(second, "3", "3");

        String page = statusPage(upload(csv, "GOOD_ROWS"));

        assertThat(page).contains("Innlesingen er ferdig.", "Radene uten feil er lagret.");
        assertThat(page).containsPattern("Rader lest</dt><dd id=\"rows-read\">3<")
                .containsPattern("Rader lagret</dt><dd id=\"rows-stored\">2<")
                .containsPattern("Rader avvist</dt><dd id=\"rows-refused\">1<");
        assertThat(page).containsPattern("<td>3</td>\\s*<td>name</td>\\s*<td>Skriv inn navnet på tiltaket</td>")
                .containsPattern("<td>3</td>\\s*<td>age_to</td>\\s*<td>Til-alderen må være lik eller høyere enn fra-alderen</td>");
        assertThat(named(first)).hasSize(1);
        assertThat(named(second)).hasSize(1);
    }

    @Test
    void all_or_nothing_stores_nothing_when_one_row_is_bad_and_says_so() throws Exception {
        String first = unique("Alt");
        String csv = HEADER + "\n" + row(first, "0", "5") + row(unique("Feil alder"), "0", "30")
                + ";;;;;;;;;;;;;\n" + "987654321" + row(unique("Ukjent id"), "1", "2");

        String page = statusPage(upload(csv, "ALL_OR_NOTHING"));

        assertThat(page).contains("Ingenting er lagret, fordi du valgte å lagre ingenting hvis én rad har feil.");
        assertThat(page).containsPattern("rows-stored\">0<").containsPattern("rows-refused\">2<");
        assertThat(page).containsPattern("<td>3</td>\\s*<td>age_to</td>\\s*<td>Til-alderen må være mellom 0 og 25 år</td>")
                .containsPattern("<td>5</td>\\s*<td>id</td>\\s*<td>Det finnes ikke noe tiltak med denne id-en");
        assertThat(named(first)).isEmpty();
    }

    @Test
    void exported_measures_imported_again_are_the_same_measures() throws Exception {
        Measure tricky = administration.create(CatalogueTestData.withName(measure("Rundtur"),
                unique("Rundtur; «sitat» og \"anførsel\"")));
        administration.setActive(tricky.id(), false);
        List<Measure> before = measures.search(MeasureSearch.everythingIncludingInactive());
        byte[] export = mvc.perform(get("/catalogue/export.csv").with(as(accounts, "oppvekst")))
                .andReturn().getResponse().getContentAsByteArray();

        String page = statusPage(mvc.perform(multipart("/catalogue/import")
                .file(new MockMultipartFile("file", "tiltaksoversikt.csv", "text/csv", export))
                .param("mode", "ALL_OR_NOTHING").with(as(accounts, "oppvekst")).with(csrf())));

        assertThat(page).contains("Alle radene er lagret.");
        assertThat(measures.search(MeasureSearch.everythingIncludingInactive())).isEqualTo(before);

        // Without ids the same rows make new measures that equal the old ones in everything but id and name.
        String copyName = unique("Kopi");
        String copy = withoutIds(new String(export, StandardCharsets.UTF_8).substring(1), tricky.name(), copyName);
        statusPage(upload(copy, "GOOD_ROWS"));
        Measure copied = named(copyName).getFirst();
        assertThat(copied).usingRecursiveComparison().ignoringFields("id", "name")
                .isEqualTo(administration.get(tricky.id()));
    }

    @Test
    void a_large_file_is_read_in_the_background_and_ends_with_a_summary() throws Exception {
        String prefix = unique("Stor");
        StringBuilder csv = new StringBuilder(HEADER).append('\n');
        for (int i = 1; i <= 2000; i++) {
            csv.append(row(i % 500 == 0 ? "" : prefix + "-" + i, "0", "18"));
        }

        String location = upload(csv.toString(), "GOOD_ROWS").andExpect(redirectedUrlPattern("/catalogue/import/*"))
                .andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));

        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(
                () -> imports.find(id).orElseThrow().status() != ImportRepository.Status.RUNNING);
        var job = imports.find(id).orElseThrow();
        assertThat(job.status()).isEqualTo(ImportRepository.Status.DONE);
        assertThat(job.total()).isEqualTo(2000);
        assertThat(job.done()).isEqualTo(2000);
        assertThat(job.stored()).isEqualTo(1996);
        assertThat(job.refused()).isEqualTo(4);
        assertThat(imports.problems(id)).extracting(ImportRepository.Problem::row).containsExactly(501, 1001, 1501, 2001);
        assertThat(named(prefix)).hasSize(1996);
        mvc.perform(get(location).with(as(accounts, "oppvekst")))
                .andExpect(content().string(allOf(containsString("rows-stored\">1996<"),
                        not(containsString("every 2s")))));
    }

    @Test
    void while_an_import_runs_its_page_polls_and_offers_a_plain_refresh_link() throws Exception {
        long id = imports.start(ImportRepository.Mode.GOOD_ROWS, 800, HEADER, 1L);
        imports.progress(id, 300, 300, 0);

        mvc.perform(get("/catalogue/import/" + id).with(as(accounts, "oppvekst")))
                .andExpect(content().string(allOf(containsString("Leser inn: 300 av 800 rader er ferdige."),
                        containsString("hx-trigger=\"every 2s\""), containsString(">Oppdater</a>"),
                        not(containsString("http-equiv")))));
        mvc.perform(get("/catalogue/import/" + id).header("HX-Request", "true").with(as(accounts, "oppvekst")))
                .andExpect(content().string(allOf(containsString("id=\"import-progress\""),
                        not(containsString("<html")))));
        imports.finish(id, ImportRepository.Status.FAILED);
    }

    private static String withoutIds(String csv, String name, String newName) throws Exception {
        CSVFormat in = CSVFormat.DEFAULT.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true).get();
        List<CSVRecord> records = new ArrayList<>();
        in.parse(new StringReader(csv)).forEach(records::add);
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setDelimiter(';')
                .setHeader(CatalogueCsv.COLUMNS.toArray(String[]::new)).get())) {
            for (CSVRecord record : records) {
                if (record.get("name").equals(name)) {
                    List<String> values = new ArrayList<>(record.toList());
                    values.set(0, "");
                    values.set(1, newName);
                    printer.printRecord(values);
                }
            }
        }
        return out.toString();
    }
}
