package no.laget.feedback.internal;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import no.laget.feedback.internal.FeedbackForms.AnswerForm;
import no.laget.feedback.internal.FeedbackForms.InvitationForm;
import no.laget.organisation.Organisation;
import no.laget.support.LagetTest;
import no.laget.support.MovableClock;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static no.laget.support.Accounts.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@LagetTest
class FeedbackPagesTest {

    private static final Pattern LINK = Pattern.compile("/tilbakemelding/([A-Za-z0-9_-]+)");

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService accounts;
    @Autowired Organisation organisation;
    @Autowired Feedback feedback;
    @Autowired JdbcClient jdbc;
    @Autowired MovableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void an_employee_makes_a_one_use_link_that_the_family_answers_without_logging_in() throws Exception {
        String page = mvc.perform(post("/feedback").with(as(accounts, "ansatt")).with(csrf())
                        .param("unitId", String.valueOf(unitId("Brekkerød barnehage"))).param("kind", "MEETING"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        Matcher link = LINK.matcher(page);
        assertThat(link.find()).isTrue();
        String token = link.group(1);
        // 128 random bits, base64url without padding; only its hash is stored
        assertThat(token).matches("[A-Za-z0-9_-]{22}");
        assertThat(jdbc.sql("select count(*) from feedback_invitation where token_hash = ?").param(token)
                .query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from feedback_invitation where token_hash = ?").param(Feedback.hash(token))
                .query(Integer.class).single()).isEqualTo(1);

        mvc.perform(get("/tilbakemelding/{t}", token))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ble du hørt?")))
                .andExpect(content().string(containsString("Ikke skriv navn")));
        // without the form's CSRF token the answer is refused
        mvc.perform(post("/tilbakemelding/{t}", token).param("respondent", "GUARDIAN").param("heard", "4")
                .param("useful", "5")).andExpect(status().isForbidden());

        mvc.perform(post("/tilbakemelding/{t}", token).with(csrf()).param("respondent", "GUARDIAN")
                        .param("heard", "4").param("useful", "5").param("improve", "Mer tid til spørsmål."))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Takk for svaret")));
        Integer stored = jdbc.sql("""
                select count(*) from feedback_answer where improve = 'Mer tid til spørsmål.' and respondent = 'GUARDIAN'
                """).query(Integer.class).single();
        assertThat(stored).isEqualTo(1);

        // one answer per link
        mvc.perform(post("/tilbakemelding/{t}", token).with(csrf()).param("respondent", "GUARDIAN")
                        .param("heard", "1").param("useful", "1"))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("Lenken virker ikke")));
        mvc.perform(get("/tilbakemelding/{t}", token)).andExpect(status().isNotFound());
    }

    @Test
    void a_guessed_or_malformed_link_and_an_expired_one_get_the_same_closed_page() throws Exception {
        mvc.perform(get("/tilbakemelding/{t}", "AAAAAAAAAAAAAAAAAAAAAA")).andExpect(status().isNotFound())
                .andExpect(content().string(containsString("Lenken virker ikke")));
        mvc.perform(get("/tilbakemelding/{t}", "kort")).andExpect(status().isNotFound());
        mvc.perform(get("/tilbakemelding/{t}", "AAAAAAAAAAAAAAAAAAAAA!")).andExpect(status().is4xxClientError());

        String token = linkFor("Os skole", "MEASURE");
        clock.advance(Duration.ofDays(14));
        mvc.perform(get("/tilbakemelding/{t}", token)).andExpect(status().isOk()); // the last day it can be used
        clock.advance(Duration.ofDays(1));
        mvc.perform(get("/tilbakemelding/{t}", token)).andExpect(status().isNotFound());
        mvc.perform(post("/tilbakemelding/{t}", token).with(csrf()).param("respondent", "YOUNG_PERSON")
                .param("heard", "3").param("useful", "3")).andExpect(status().isNotFound());
    }

    @Test
    void every_bad_answer_gets_its_own_message_and_the_link_stays_usable() throws Exception {
        String token = linkFor("Os skole", "MEETING");

        mvc.perform(post("/tilbakemelding/{t}", token).with(csrf()).param("improve", "Typet tekst"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Velg hvem som svarer.")))
                .andExpect(content().string(containsString("Velg hvor godt du ble hørt.")))
                .andExpect(content().string(containsString("Velg hvor nyttig møtet var.")))
                .andExpect(content().string(containsString(">Typet tekst</textarea>")));
        mvc.perform(post("/tilbakemelding/{t}", token).with(csrf()).param("respondent", "NABO").param("heard", "6")
                        .param("useful", "null").param("improve", "x".repeat(2001)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Velg et av svarene.")))
                .andExpect(content().string(containsString("Velg et tall fra 1 til 5.")))
                .andExpect(content().string(containsString("Svaret kan ha høyst 2000 tegn.")));
        mvc.perform(get("/tilbakemelding/{t}", token)).andExpect(status().isOk());
    }

    @Test
    void a_bad_invitation_is_refused_field_by_field() throws Exception {
        mvc.perform(post("/feedback").with(as(accounts, "ansatt")).with(csrf()).param("unitId", "").param("kind", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Velg hvilken tjeneste tilbakemeldingen gjelder.")))
                .andExpect(content().string(containsString("Velg om tilbakemeldingen gjelder et møte eller et tiltak.")))
                .andExpect(content().string(not(containsString("/tilbakemelding/"))));
        mvc.perform(post("/feedback").with(as(accounts, "ansatt")).with(csrf()).param("unitId", "abc").param("kind", "KAFFE"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Velg en av tjenestene i listen.")))
                .andExpect(content().string(containsString("Velg et møte eller et tiltak.")));
    }

    @Test
    void an_employee_asks_only_the_families_of_their_own_unit() throws Exception {
        mvc.perform(get("/feedback").with(as(accounts, "ansatt"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Brekkerød barnehage")))
                .andExpect(content().string(not(containsString("Gimle skole"))));
        mvc.perform(post("/feedback").with(as(accounts, "ansatt")).with(csrf())
                        .param("unitId", String.valueOf(unitId("Gimle skole"))).param("kind", "MEETING"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Du kan bare be om tilbakemelding for din egen tjeneste.")))
                .andExpect(content().string(not(containsString("/tilbakemelding/"))));
    }

    @Test
    void the_free_text_may_not_say_who_the_child_is_and_a_name_like_text_needs_confirming() throws Exception {
        String token = linkFor("Os skole", "MEETING");
        mvc.perform(answer(token, "Sønnen min er født 03.04.2016"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Svaret ser ut til å inneholde en fødselsdato")));
        mvc.perform(answer(token, "Vi bor i Storgata 12"))
                .andExpect(content().string(containsString("Svaret ser ut til å inneholde en adresse")));
        mvc.perform(answer(token, "Takk til Ulrikke Oppdiktet for god hjelp"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"noNameConfirmed\"")))
                .andExpect(content().string(containsString("Takk til Ulrikke Oppdiktet for god hjelp")));
        assertThat(answers(token)).as("nothing stored while the text is refused").isZero();

        mvc.perform(answer(token, "Takk til Ulrikke Oppdiktet for god hjelp").param("noNameConfirmed", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("id=\"improve-error\""))));
        assertThat(jdbc.sql("select count(*) from feedback_answer where improve = 'Takk til Ulrikke Oppdiktet for god hjelp'")
                .query(Integer.class).single()).isEqualTo(1);
    }

    private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder answer(String token, String text) {
        return post("/tilbakemelding/{t}", token).with(csrf()).param("respondent", "GUARDIAN").param("heard", "4")
                .param("useful", "4").param("improve", text);
    }

    private int answers(String token) {
        return jdbc.sql("select count(*) from feedback_invitation where token_hash = ? and answered")
                .param(Feedback.hash(token)).query(Integer.class).single();
    }

    @Test
    void results_hide_groups_below_the_threshold_with_their_free_text() throws Exception {
        answers("Låby skole", 2, "Liten gruppe-tekst");
        answers("Strupe ungdomsskole", 7, "Stor gruppe-tekst");
        // A third group: with only two, showing 7 and the quarter's total would give the 2 away, so 7 would hide too.
        answers("Gimle skole", 6, "Tredje gruppe-tekst");

        String page = mvc.perform(get("/feedback/results").with(as(accounts, "oppvekst")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).doesNotContain("Liten gruppe-tekst").contains("Stor gruppe-tekst");
        Matcher cells = Pattern.compile("<td class=\"number\">([^<]*)</td>").matcher(page);
        while (cells.find()) {
            String value = cells.group(1).trim();
            if (!value.equals(":") && !value.equals("0")) {
                assertThat(Integer.parseInt(value)).isGreaterThanOrEqualTo(5);
            }
        }
        mvc.perform(get("/feedback/results").with(as(accounts, "ansatt"))).andExpect(status().isForbidden());
    }

    private void answers(String unit, int count, String improve) {
        for (int i = 0; i < count; i++) {
            String token = linkFor(unit, "MEETING");
            feedback.answer(token, new AnswerForm(i % 2 == 0 ? "GUARDIAN" : "YOUNG_PERSON", "4", "3", improve + " " + i, null));
        }
    }

    private String linkFor(String unit, String kind) {
        long id = unitId(unit);
        return feedback.invite(employeeOf(id), new InvitationForm(String.valueOf(id), kind)).token();
    }

    /** An employee of the unit: invitations are made for the inviter's own unit. */
    static no.laget.platform.security.SignedInUser employeeOf(long unitId) {
        return new no.laget.platform.security.SignedInUser(1, "tilbakemelding-test", "Test", unitId, "Enhet", "SCHOOL",
                java.util.Set.of(no.laget.platform.security.Role.EMPLOYEE), true, null);
    }

    private long unitId(String name) {
        return organisation.units().stream().filter(u -> u.name().equals(name)).findFirst().orElseThrow().id();
    }
}
