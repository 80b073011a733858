package no.laget.archive.internal;

import java.time.LocalDate;
import java.util.List;

import no.laget.access.AccessDoor;
import no.laget.archive.ArchivedRecord;
import no.laget.platform.security.SignedInUser;
import no.laget.platform.time.Oslo;
import no.laget.support.ChildFixtures;
import no.laget.support.LagetTest;
import no.laget.support.MovableClock;
import no.laget.support.TestChildren;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static no.laget.support.Accounts.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The archive's pages: a child's records in time order with who archived them, and the stored bytes to download. */
@LagetTest
class ArchivePagesTest {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService accounts;
    @Autowired ChildFixtures fixtures;
    @Autowired Archive archive;
    @Autowired MovableClock clock;

    SignedInUser ansatt;
    long child;
    LocalDate today;

    @BeforeEach
    void arrange() {
        clock.reset();
        ansatt = fixtures.user("ansatt");
        today = LocalDate.now(clock.withZone(Oslo.ZONE));
        child = fixtures.childOf("ansatt", TestChildren.familyName());
        fixtures.consent("ansatt", child, ansatt.unitId(), today, today.plusYears(1), "RELAY_LOG");
        clock.set(clock.instant().plusSeconds(60));
        fixtures.consent("ansatt", child, ansatt.unitId(), today, today.plusYears(1), "BASIC");
        clock.reset();
    }

    @Test
    void the_page_lists_the_records_oldest_first_with_who_archived_them_and_a_link_to_each_document() throws Exception {
        List<ArchivedRecord> records = archive.forChild(ansatt, child);

        String page = mvc.perform(get("/children/{id}/arkiv", child).with(as(accounts, "ansatt")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Arkiverte dokumenter for Kari", "offl. § 13 jf. fvl. § 13",
                ansatt.displayName() + ", " + ansatt.unitName());
        assertThat(page.indexOf("data-record=\"" + records.get(0).id() + "\""))
                .isPositive().isLessThan(page.indexOf("data-record=\"" + records.get(1).id() + "\""));
        assertThat(page).contains("/arkiv/" + records.get(0).id() + "/dokument.pdf");
    }

    @Test
    void the_document_is_downloaded_byte_for_byte_under_a_name_without_the_childs_name() throws Exception {
        ArchivedRecord record = archive.forChild(ansatt, child).getFirst();
        byte[] stored = archive.document(ansatt, record.id()).content();

        MockHttpServletResponse response = mvc.perform(get("/arkiv/{id}/dokument.pdf", record.id())
                        .with(as(accounts, "ansatt")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andReturn().getResponse();

        assertThat(response.getContentAsByteArray()).isEqualTo(stored);
        assertThat(response.getHeader("Content-Disposition"))
                .contains("attachment", "arkiv-" + record.journalNumber().replace('/', '-') + ".pdf")
                .doesNotContain("Kari");
    }

    @Test
    void a_record_or_a_child_refused_to_an_employee_without_access_answers_exactly_like_a_missing_one() throws Exception {
        long record = archive.forChild(ansatt, child).getFirst().id();
        for (String username : List.of("nav", "ppt", "admin")) {
            for (String pattern : List.of("/arkiv/%d/dokument.pdf", "/children/%d/arkiv")) {
                long existing = pattern.startsWith("/arkiv") ? record : child;
                long missing = existing + 1_000_000_000L;
                MockHttpServletResponse real = mvc.perform(get(pattern.formatted(existing)).with(as(accounts, username)))
                        .andReturn().getResponse();
                MockHttpServletResponse none = mvc.perform(get(pattern.formatted(missing)).with(as(accounts, username)))
                        .andReturn().getResponse();
                assertThat(real.getStatus()).as(username + " " + pattern).isEqualTo(403);
                assertThat(none.getStatus()).as(username + " " + pattern).isEqualTo(real.getStatus());
                assertThat(normalised(none, missing)).as(username + " " + pattern).isEqualTo(normalised(real, existing));
            }
        }
    }

    @Test
    void a_malformed_id_is_a_bokmaal_error_page_never_a_server_error() throws Exception {
        int status = mvc.perform(get("/arkiv/abc/dokument.pdf").with(as(accounts, "ansatt"))).andReturn().getResponse()
                .getStatus();
        assertThat(status).isBetween(400, 499);
        mvc.perform(get("/arkiv/1/dokument.pdf")).andExpect(status().is3xxRedirection());
    }

    private static String normalised(MockHttpServletResponse response, long id) throws Exception {
        return response.getContentAsString().replaceAll("(?<=/)" + id + "\\b", "{id}")
                .replaceAll("(name=\"csrf-token\" content=\"|name=\"_csrf\" value=\")[^\"]*", "$1{token}");
    }
}
