package no.laget.family;

import java.time.Duration;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import no.laget.access.AccessDoor;
import no.laget.casework.CaseCommands;
import no.laget.casework.Cases;
import no.laget.casework.internal.OpenCase;
import no.laget.platform.security.SignedInUser;
import no.laget.platform.time.Oslo;
import no.laget.support.ChildFixtures;
import no.laget.support.FamilyFixtures;
import no.laget.support.FamilyFixtures.Family;
import no.laget.support.LagetTest;
import no.laget.support.MovableClock;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static no.laget.support.Accounts.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Feedback invitations answered from the family's page (issue 12 item 6): the employee sends an invitation about a
 * relay case's meeting to the child's page, the family answers there, and the answer is stored like a link's answer,
 * linked to no child, no family member and no invitation; the one-use link is used up with it.
 */
@LagetTest
class FamilyFeedbackTest {

    private static final Pattern TOKEN = Pattern.compile("/tilbakemelding/([A-Za-z0-9_-]{22})");
    private static final Pattern REF = Pattern.compile("/familie/barn/\\d+/tilbakemelding/([0-9a-f-]{36})");

    @Autowired MockMvc mvc;
    @Autowired FamilyFixtures families;
    @Autowired ChildFixtures fixtures;
    @Autowired Cases cases;
    @Autowired JdbcClient jdbc;
    @Autowired MovableClock clock;
    @Autowired UserDetailsService accounts;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private static LocalDate someBirthDate() {
        return LocalDate.of(2018, 1, 1).plusDays(java.util.concurrent.ThreadLocalRandom.current().nextInt(4 * 365));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Oslo.ZONE));
    }

    private record Invited(Family family, long caseId, String token) {}

    private record CaseOf(Family family, long caseId) {}

    /** A kindergarten child (ansatt's unit) with a guardian, a relay-log consent and an open case. */
    private CaseOf childWithCase() {
        Family family = families.childWithGuardian("ansatt", someBirthDate(), true);
        SignedInUser ansatt = fixtures.user("ansatt");
        fixtures.consent("ansatt", family.childId(), ansatt.unitId(), today().minusDays(1), today().plusYears(1),
                "RELAY_LOG");
        long caseId = cases.open(ansatt, family.childId(), OpenCase.atLevel1(ansatt.employeeId(), "Trives i barnehagen"));
        return new CaseOf(family, caseId);
    }

    private Invited invited() throws Exception {
        CaseOf found = childWithCase();
        String created = mvc.perform(invite("ansatt", found.caseId()).param("toFamily", "true"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(created).contains("data-on-family-page");
        Matcher token = TOKEN.matcher(created);
        assertThat(token.find()).isTrue();
        return new Invited(found.family(), found.caseId(), token.group(1));
    }

    private MockHttpServletRequestBuilder invite(String employee, long caseId) {
        return post("/feedback").with(as(accounts, employee)).with(csrf())
                .param("unitId", String.valueOf(fixtures.user(employee).unitId())).param("kind", "MEETING")
                .param("caseId", String.valueOf(caseId));
    }

    private String page(String path, String pid) throws Exception {
        return mvc.perform(get(path).with(families.as(pid))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    private static String listPath(long childId) {
        return "/familie/barn/" + childId + "/tilbakemelding";
    }

    private String refOn(Invited invited) throws Exception {
        Matcher ref = REF.matcher(page(listPath(invited.family().childId()), invited.family().guardianNumber()));
        assertThat(ref.find()).as("an invitation on the family's page").isTrue();
        return ref.group(1);
    }

    private int links(long childId) {
        return jdbc.sql("select count(*) from feedback_family_invitation where child_id = ?").param(childId)
                .query(Integer.class).single();
    }

    private int answersWith(String improve) {
        return jdbc.sql("select count(*) from feedback_answer where improve = ?").param(improve)
                .query(Integer.class).single();
    }

    private MockHttpServletRequestBuilder answer(String path, String pid, String improve) {
        return post(path).with(families.as(pid)).with(csrf()).param("respondent", "GUARDIAN").param("heard", "4")
                .param("useful", "5").param("improve", improve);
    }

    @Test
    void the_employee_sends_it_the_family_answers_on_its_page_anonymously_and_the_link_is_used_up() throws Exception {
        CaseOf found = childWithCase();
        // the case page's link carries the case, and the form offers the family's page
        assertThat(mvc.perform(get("/feedback").param("om", "MEETING").param("sak", String.valueOf(found.caseId()))
                        .with(as(accounts, "ansatt"))).andReturn().getResponse().getContentAsString())
                .contains("name=\"toFamily\"", "name=\"caseId\" value=\"" + found.caseId() + "\"");
        assertThat(mvc.perform(get("/feedback").param("om", "MEETING").with(as(accounts, "ansatt")))
                .andReturn().getResponse().getContentAsString()).doesNotContain("name=\"toFamily\"");

        Invited invited = invited();
        long childId = invited.family().childId();
        String pid = invited.family().guardianNumber();
        assertThat(links(childId)).isEqualTo(1);

        String child = page("/familie/barn/" + childId, pid);
        assertThat(child).contains("href=\"" + listPath(childId) + "\"", "Tilbakemeldinger");
        String list = page(listPath(childId), pid);
        assertThat(list).contains("Tilbakemelding på et møte med Brekkerød barnehage", "data-invitation")
                .doesNotContain(invited.token());
        String ref = refOn(invited);
        String form = page(listPath(childId) + "/" + ref, pid);
        assertThat(form).contains("Ble du hørt?", "Var møtet nyttig?", "Svaret er anonymt");

        String text = "Mer tid til spørsmål " + ref.substring(0, 8);
        mvc.perform(answer(listPath(childId) + "/" + ref, pid, text))
                .andExpect(status().isFound()).andExpect(redirectedUrl(listPath(childId)))
                .andExpect(flash().attribute("answered", true));
        assertThat(answersWith(text)).isEqualTo(1);
        // counted for the unit like a link's answer, with nothing that leads back to the child or the family
        assertThat(jdbc.sql("""
                select count(*) from feedback_answer where improve = ? and unit_id = ? and kind = 'MEETING'
                   and answered_on = ? and respondent = 'GUARDIAN' and heard = 4 and useful = 5""")
                .params(text, fixtures.user("ansatt").unitId(), today()).query(Integer.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("""
                select column_name from information_schema.columns where table_name = 'feedback_answer'
                 order by ordinal_position""").query(String.class).list())
                .containsExactly("id", "unit_id", "kind", "answered_on", "respondent", "heard", "useful", "improve");
        assertThat(links(childId)).as("the used invitation is no longer tied to the child").isZero();

        // the thanks travels as a flash attribute (checked on the post above); the list no longer has the invitation
        assertThat(page(listPath(childId), pid)).contains("data-none").doesNotContain(ref);
        // one use: neither the link nor the family's page takes another answer
        mvc.perform(get("/tilbakemelding/{t}", invited.token())).andExpect(status().isNotFound());
        String closed = mvc.perform(get(listPath(childId) + "/" + ref).with(families.as(pid)))
                .andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString();
        assertThat(closed).contains("kan ikke besvares lenger");
        mvc.perform(answer(listPath(childId) + "/" + ref, pid, "Igjen")).andExpect(status().isNotFound());
        assertThat(answersWith("Igjen")).isZero();
    }

    @Test
    void answering_by_the_link_takes_it_off_the_familys_page() throws Exception {
        Invited invited = invited();
        String ref = refOn(invited);
        mvc.perform(post("/tilbakemelding/{t}", invited.token()).with(csrf()).param("respondent", "GUARDIAN")
                .param("heard", "3").param("useful", "3")).andExpect(status().isOk());
        assertThat(links(invited.family().childId())).isZero();
        String path = listPath(invited.family().childId());
        assertThat(page(path, invited.family().guardianNumber())).contains("data-none").doesNotContain(ref);
        mvc.perform(get(path + "/" + ref).with(families.as(invited.family().guardianNumber())))
                .andExpect(status().isNotFound());
    }

    @Test
    void another_familys_child_or_invitation_is_answered_like_a_missing_one() throws Exception {
        Invited ours = invited();
        Invited theirs = invited();
        String theirRef = refOn(theirs);
        String pid = ours.family().guardianNumber();
        long ourChild = ours.family().childId();

        String missingChild = mvc.perform(get(listPath(Long.MAX_VALUE)).with(families.as(pid)))
                .andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString();
        String theirChild = mvc.perform(get(listPath(theirs.family().childId())).with(families.as(pid)))
                .andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString();
        assertThat(withoutToken(theirChild)).isEqualTo(withoutToken(missingChild));
        mvc.perform(get(listPath(theirs.family().childId()) + "/" + theirRef).with(families.as(pid)))
                .andExpect(status().isNotFound());
        mvc.perform(answer(listPath(theirs.family().childId()) + "/" + theirRef, pid, "Fra feil familie"))
                .andExpect(status().isNotFound());

        // our child, their invitation: the same page as an invitation that does not exist
        String missingRef = mvc.perform(get(listPath(ourChild) + "/" + java.util.UUID.randomUUID())
                .with(families.as(pid))).andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString();
        String theirInvitation = mvc.perform(get(listPath(ourChild) + "/" + theirRef).with(families.as(pid)))
                .andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString();
        assertThat(withoutToken(theirInvitation)).isEqualTo(withoutToken(missingRef));
        mvc.perform(get(listPath(ourChild) + "/ikke-en-uuid").with(families.as(pid))).andExpect(status().isNotFound());
        mvc.perform(answer(listPath(ourChild) + "/" + theirRef, pid, "Fra feil familie"))
                .andExpect(status().isNotFound());
        assertThat(answersWith("Fra feil familie")).isZero();
        assertThat(links(theirs.family().childId())).isEqualTo(1);
    }

    @Test
    void a_guardian_without_parental_responsibility_sees_and_answers_nothing() throws Exception {
        Invited invited = invited();
        String ref = refOn(invited);
        String other = families.addGuardian("ansatt", invited.family().childId(), false);
        String path = listPath(invited.family().childId());
        mvc.perform(get(path).with(families.as(other))).andExpect(status().isNotFound());
        mvc.perform(get(path + "/" + ref).with(families.as(other))).andExpect(status().isNotFound());
        mvc.perform(answer(path + "/" + ref, other, "Uten foreldreansvar")).andExpect(status().isNotFound());
        assertThat(answersWith("Uten foreldreansvar")).isZero();
        assertThat(links(invited.family().childId())).isEqualTo(1);
    }

    @Test
    void an_expired_invitation_leaves_the_list_and_its_page_says_so() throws Exception {
        Invited invited = invited();
        String ref = refOn(invited);
        String pid = invited.family().guardianNumber();
        String path = listPath(invited.family().childId());
        clock.advance(Duration.ofDays(14));
        assertThat(page(path, pid)).contains(ref); // the last day it can be answered
        clock.advance(Duration.ofDays(1));
        assertThat(page(path, pid)).contains("data-none").doesNotContain(ref);
        assertThat(mvc.perform(get(path + "/" + ref).with(families.as(pid))).andExpect(status().isNotFound())
                .andReturn().getResponse().getContentAsString()).contains("kan ikke besvares lenger");
        mvc.perform(answer(path + "/" + ref, pid, "For sent")).andExpect(status().isNotFound());
        assertThat(answersWith("For sent")).isZero();
    }

    @Test
    void bad_answers_get_messages_next_to_the_field_keep_what_was_typed_and_leave_the_invitation_open()
            throws Exception {
        Invited invited = invited();
        String ref = refOn(invited);
        String pid = invited.family().guardianNumber();
        String path = listPath(invited.family().childId()) + "/" + ref;

        String empty = mvc.perform(post(path).with(families.as(pid)).with(csrf()).param("improve", "Typet tekst"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(empty).contains("Velg hvem som svarer.", "Velg hvor godt du ble hørt.", "Velg hvor nyttig møtet var.",
                ">Typet tekst</textarea>", "data-error-summary", "id=\"respondent-error\"");

        String nul = mvc.perform(answer(path, pid, "Mer\u0000 tid")).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(nul).contains("Teksten hadde tegn som ikke kan lagres", ">Mer tid</textarea>", "id=\"improve-error\"");

        String named = mvc.perform(answer(path, pid, "Ola Nordmann var grei")).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(named).contains("Svaret ser ut til å inneholde et navn", ">Ola Nordmann var grei</textarea>",
                "name=\"noNameConfirmed\"");
        String number = mvc.perform(answer(path, pid, "Barnet er 018080 12345")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(number).contains("improve-error");
        assertThat(answersWith("Ola Nordmann var grei")).isZero();
        assertThat(answersWith("Mer tid")).isZero();
        assertThat(links(invited.family().childId())).isEqualTo(1);

        // without the form's CSRF token the answer is refused
        mvc.perform(post(path).with(families.as(pid)).param("respondent", "GUARDIAN").param("heard", "4")
                .param("useful", "5")).andExpect(status().isForbidden());
        assertThat(links(invited.family().childId())).isEqualTo(1);

        mvc.perform(answer(path, pid, "Ola Nordmann var grei").param("noNameConfirmed", "true"))
                .andExpect(status().isFound());
        assertThat(answersWith("Ola Nordmann var grei")).isEqualTo(1);
    }

    @Test
    void only_an_open_case_the_employees_unit_takes_part_in_can_send_to_the_familys_page() throws Exception {
        CaseOf found = childWithCase();
        long childId = found.family().childId();
        // a school employee whose unit is not in the case: the case is refused like any case they may not read
        int refused = mvc.perform(invite("laerer", found.caseId()).param("toFamily", "true")).andReturn()
                .getResponse().getStatus();
        assertThat(refused).isBetween(400, 499);
        assertThat(links(childId)).isZero();

        // no case: a field message, nothing made
        String noCase = mvc.perform(post("/feedback").with(as(accounts, "ansatt")).with(csrf())
                        .param("unitId", String.valueOf(fixtures.user("ansatt").unitId())).param("kind", "MEETING")
                        .param("caseId", "abc").param("toFamily", "true"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(noCase).contains("id=\"toFamily-error\"", "Åpne skjemaet fra møtet eller tiltaket");

        // a closed case
        int version = jdbc.sql("select version from relay_case where id = ?").param(found.caseId())
                .query(Integer.class).single();
        cases.close(fixtures.user("ansatt"), found.caseId(), CaseCommands.goalMet(version));
        String closed = mvc.perform(invite("ansatt", found.caseId()).param("toFamily", "true"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(closed).contains("id=\"toFamily-error\"", "et åpent samarbeid");
        assertThat(links(childId)).isZero();

        // without the choice the link is made as before and nothing waits on the family's page
        String plain = mvc.perform(invite("ansatt", found.caseId())).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(plain).doesNotContain("data-on-family-page");
        assertThat(links(childId)).isZero();
    }

    private static String withoutToken(String html) {
        return html.replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "").replaceAll("content=\"[^\"]*\"", "");
    }
}
