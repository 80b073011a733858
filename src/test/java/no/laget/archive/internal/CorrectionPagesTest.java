package no.laget.archive.internal;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import no.laget.archive.ArchivedRecord;
import no.laget.platform.security.SignedInUser;
import no.laget.platform.time.Oslo;
import no.laget.support.ChildFixtures;
import no.laget.support.LagetTest;
import no.laget.support.MovableClock;
import no.laget.support.TestChildren;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static no.laget.support.Accounts.as;
import static no.laget.support.PageContent.main;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The correction page: an employee who may write a record's category archives a correction (a reason and the corrected
 * PDF) as a new record that refers to the old one; the old one is untouched; the list shows the correction in time
 * order as "korrigerer ..."; the extract carries the cross-reference and validates.
 */
@LagetTest
class CorrectionPagesTest {

    private static final byte[] CORRECTED = "%PDF-1.7\n% rettet samtykkeskjema\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService accounts;
    @Autowired ChildFixtures fixtures;
    @Autowired Archive archive;
    @Autowired Extract extract;
    @Autowired JdbcClient jdbc;
    @Autowired MovableClock clock;

    @TempDir Path temp;

    SignedInUser ansatt;
    long child;
    ArchivedRecord original;

    @BeforeEach
    void arrange() {
        clock.reset();
        ansatt = fixtures.user("ansatt");
        LocalDate today = LocalDate.now(clock.withZone(Oslo.ZONE));
        child = fixtures.childOf("ansatt", TestChildren.familyName());
        fixtures.consent("ansatt", child, ansatt.unitId(), today, today.plusYears(1), "RELAY_LOG");
        original = archive.forChild(ansatt, child).getFirst();
    }

    private static MockMultipartFile pdf(byte[] content) {
        return new MockMultipartFile("document", "rettet.pdf", "application/pdf", content);
    }

    @Test
    void a_correction_is_a_new_record_after_the_old_one_that_says_what_it_corrects() throws Exception {
        byte[] before = archive.document(ansatt, original.id()).content();
        String form = mvc.perform(get("/arkiv/{id}/korriger", original.id()).with(as(accounts, "ansatt")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(form).contains("Korriger journalpost " + original.journalNumber(), "enctype=\"multipart/form-data\"",
                "name=\"reason\"", "name=\"document\"");

        mvc.perform(multipart("/arkiv/{id}/korriger", original.id()).file(pdf(CORRECTED))
                        .param("reason", "Feil dato for samtykket").with(as(accounts, "ansatt")).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/children/" + child + "/arkiv#record-*"))
                .andExpect(flash().attribute("done", "archive.correction.done"));

        List<ArchivedRecord> records = archive.forChild(ansatt, child);
        assertThat(records).hasSize(2);
        assertThat(records.getFirst()).isEqualTo(original);
        ArchivedRecord correction = records.get(1);
        assertThat(correction.correctsId()).isEqualTo(original.id());
        assertThat(correction.correctsJournalNumber()).isEqualTo(original.journalNumber());
        assertThat(correction.correctionReason()).isEqualTo("Feil dato for samtykket");
        assertThat(correction.archivedByName()).isEqualTo(ansatt.displayName());
        assertThat(archive.document(ansatt, correction.id()).content()).isEqualTo(CORRECTED);
        assertThat(archive.document(ansatt, original.id()).content()).isEqualTo(before);
        String list = mvc.perform(get("/children/{id}/arkiv", child).with(as(accounts, "ansatt")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(list).contains("korrigerer journalpost " + original.journalNumber() + ": Feil dato for samtykket");
        assertThat(list.indexOf("id=\"record-" + original.id() + "\""))
                .isLessThan(list.indexOf("id=\"record-" + correction.id() + "\"")).isPositive();
    }

    @Test
    void the_correct_link_is_shown_only_to_those_who_may_write_the_records_category() throws Exception {
        LocalDate today = LocalDate.now(clock.withZone(Oslo.ZONE));
        fixtures.consent("ansatt", child, fixtures.user("laerer").unitId(), today, today.plusYears(1), "BASIC",
                "RELAY_LOG");
        String writer = mvc.perform(get("/children/{id}/arkiv", child).with(as(accounts, "ansatt")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String reader = mvc.perform(get("/children/{id}/arkiv", child).with(as(accounts, "laerer")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(writer).contains("/arkiv/" + original.id() + "/korriger");
        assertThat(reader).contains("/arkiv/" + original.id() + "/dokument.pdf")
                .doesNotContain("/arkiv/" + original.id() + "/korriger");
    }

    @Test
    void an_employee_without_access_is_refused_the_page_and_the_post_as_for_a_missing_record() throws Exception {
        for (String username : List.of("nav", "laerer")) {
            String refused = mvc.perform(get("/arkiv/{id}/korriger", original.id()).with(as(accounts, username)))
                    .andExpect(status().isForbidden()).andReturn().getResponse().getContentAsString();
            String missing = mvc.perform(get("/arkiv/{id}/korriger", 1_000_000_000L + original.id())
                            .with(as(accounts, username)))
                    .andExpect(status().isForbidden()).andReturn().getResponse().getContentAsString();
            assertThat(main(refused)).isEqualTo(main(missing));
            mvc.perform(multipart("/arkiv/{id}/korriger", original.id()).file(pdf(CORRECTED))
                            .param("reason", "Forsøk").with(as(accounts, username)).with(csrf()))
                    .andExpect(status().isForbidden());
        }
        assertThat(archive.forChild(ansatt, child)).hasSize(1);
    }

    @Test
    void bad_input_is_shown_next_to_each_field_with_the_reason_kept_and_nothing_archived() throws Exception {
        String empty = mvc.perform(multipart("/arkiv/{id}/korriger", original.id())
                        .param("reason", " ").with(as(accounts, "ansatt")).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(empty).contains("<title>Feil: ", "Skriv hvorfor dokumentet rettes",
                "Legg ved det rettede dokumentet som PDF", "aria-invalid=\"true\"", "href=\"#reason\"",
                "href=\"#document\"");

        String notPdf = mvc.perform(multipart("/arkiv/{id}/korriger", original.id())
                        .file(new MockMultipartFile("document", "brev.docx", "application/octet-stream", "PK\u0003\u0004".getBytes()))
                        .param("reason", "Feil navn på foresatt").with(as(accounts, "ansatt")).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(notPdf).contains("Det rettede dokumentet må være en PDF-fil", "Feil navn på foresatt");

        String nul = mvc.perform(multipart("/arkiv/{id}/korriger", original.id()).file(pdf(CORRECTED))
                        .param("reason", "Feil\u0000dato").with(as(accounts, "ansatt")).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(nul).contains("<title>Feil: ", "aria-invalid=\"true\"").doesNotContain("\u0000");

        String tooLong = mvc.perform(multipart("/arkiv/{id}/korriger", original.id()).file(pdf(CORRECTED))
                        .param("reason", "x".repeat(2001)).with(as(accounts, "ansatt")).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(tooLong).contains("Begrunnelsen kan ha høyst 2000 tegn");

        assertThat(archive.forChild(ansatt, child)).hasSize(1);
    }

    @Test
    void the_correction_is_in_the_extract_as_a_cross_reference_and_the_extract_validates() throws Exception {
        long correction = archive.correct(ansatt, original.id(), "Feil dato for samtykket", CORRECTED);
        // archive.correct runs in its own transaction: committed, so the extract (on other connections) sees it
        LocalDate day = archive.forChild(ansatt, child).get(1).archivedAt().atZoneSameInstant(Oslo.ZONE).toLocalDate();
        Path out = temp.resolve("uttrekk");

        extract.write(day, day, out, done -> {});

        String oldSystemId = jdbc.sql("select system_id::text from archive_record where id = ?").param(original.id())
                .query(String.class).single();
        String structure = Files.readString(out.resolve("arkivstruktur.xml"));
        assertThat(structure.replaceAll(">\\s+<", "><")).contains("<kryssreferanse><referanseTilRegistrering>"
                + oldSystemId + "</referanseTilRegistrering></kryssreferanse>");
        assertThat(Files.readString(out.resolve("endringslogg.xml"))).contains("Korrigert av journalpost");
        assertThat(correction).isGreaterThan(original.id());
    }
}
