package no.laget.archive.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;

import no.laget.platform.time.Oslo;
import no.laget.support.LagetTest;
import no.laget.support.MovableClock;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static no.laget.support.Accounts.as;
import static no.laget.support.PageContent.bodyContains;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The administrator's extract page: a background job with progress, the same extract as the command, no child data. */
@LagetTest
class ExtractPagesTest {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService accounts;
    @Autowired ExtractJobs jobs;
    @Autowired MovableClock clock;

    @Test
    void an_administrator_starts_an_extract_and_follows_it_until_it_is_written_and_valid() throws Exception {
        clock.reset();
        String today = LocalDate.now(clock.withZone(Oslo.ZONE)).toString();

        String location = mvc.perform(post("/admin/arkivuttrekk").with(as(accounts, "admin")).with(csrf())
                        .param("from", today).param("to", today))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("/admin/arkivuttrekk/*"))
                .andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));

        await().atMost(Duration.ofMinutes(2)).until(() -> jobs.get(id).orElseThrow().status() != ExtractJobs.Status.RUNNING);
        ExtractJobs.Job job = jobs.get(id).orElseThrow();
        assertThat(job.status()).as(job.message()).isEqualTo(ExtractJobs.Status.DONE);
        assertThat(job.done()).isEqualTo(job.total()).isPositive();
        assertThat(Path.of(job.directory()).resolve("arkivuttrekk.xml")).exists();
        String page = mvc.perform(get(location).with(as(accounts, "admin"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Ferdig", job.directory(), "<progress").doesNotContain("hx-trigger", "Fiktivsen");
        assertThat(Files.readString(Path.of(job.directory()).resolve("offentligJournal.xml"))).doesNotContain("Fiktivsen");
    }

    @Test
    void a_wrong_period_is_refused_next_to_each_field_with_what_was_typed_kept() throws Exception {
        mvc.perform(post("/admin/arkivuttrekk").with(as(accounts, "admin")).with(csrf())
                        .param("from", "32.13.2026").param("to", ""))
                .andExpect(status().isOk())
                .andExpect(bodyContains("Skriv fra-datoen som dag.måned.år",
                        "Skriv inn til-datoen", "value=\"32.13.2026\""));
        mvc.perform(post("/admin/arkivuttrekk").with(as(accounts, "admin")).with(csrf())
                        .param("from", "2026-12-31").param("to", "2026-01-01"))
                .andExpect(content().string(containsString("Til-datoen må være samme dag som eller etter fra-datoen")));
        mvc.perform(post("/admin/arkivuttrekk").with(as(accounts, "admin")).with(csrf())
                        .param("from", "1990-01-01").param("to", "1990-12-31"))
                .andExpect(content().string(containsString("Ingen dokumenter ble arkivert i perioden")));
    }

    @Test
    void only_the_administrator_reaches_the_page() throws Exception {
        mvc.perform(get("/admin/arkivuttrekk").with(as(accounts, "ansatt"))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/arkivuttrekk").with(as(accounts, "admin"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Lag uttrekk")));
        mvc.perform(get("/admin/arkivuttrekk/999999999").with(as(accounts, "admin"))).andExpect(status().isNotFound());
    }
}
