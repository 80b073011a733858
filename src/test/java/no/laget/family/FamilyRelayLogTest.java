package no.laget.family;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import no.laget.casework.internal.AddGoal;
import no.laget.casework.CaseCommands;
import no.laget.casework.Cases;
import no.laget.casework.internal.Meetings;
import no.laget.casework.internal.OpenCase;
import no.laget.casework.internal.RelayLog;
import no.laget.platform.security.SignedInUser;
import no.laget.platform.time.Oslo;
import no.laget.support.ChildFixtures;
import no.laget.support.FamilyFixtures;
import no.laget.support.FamilyFixtures.Family;
import no.laget.support.LagetTest;
import no.laget.support.SqlStatementCounter;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static no.laget.support.Accounts.as;
import static no.laget.support.PageContent.withoutToken;
import static no.laget.support.Pdfs.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The relay log through the family's door (issue 12, "What the family can do" item 3; rule 8): the family reads every
 * case of the child with goals, measures, evaluations, meetings and minutes and the best-interest notes, and adds its
 * own words, which the services see on the case page and in the printed log.
 */
@LagetTest
class FamilyRelayLogTest {

    @Autowired MockMvc mvc;
    @Autowired FamilyFixtures families;
    @Autowired ChildFixtures fixtures;
    @Autowired Cases cases;
    @Autowired RelayLog relayLog;
    @Autowired Meetings meetings;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;
    @Autowired SqlStatementCounter sql;
    @Autowired UserDetailsService accounts;

    /**
     * A kindergarten child's birth date of its own: the fixtures draw a synthetic number for the date, and two tests
     * drawing the same number on the same date would share one child (and its cases).
     */
    private static LocalDate someBirthDate() {
        return LocalDate.of(2018, 1, 1).plusDays(java.util.concurrent.ThreadLocalRandom.current().nextInt(4 * 365));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Oslo.ZONE));
    }

    /** A kindergarten child (served by ansatt's unit) with a guardian, a consent for the relay log, and a case. */
    private record Logged(Family family, long caseId) {}

    private Logged childWithCase(LocalDate birthDate) {
        Family family = families.childWithGuardian("ansatt", birthDate, true);
        SignedInUser ansatt = fixtures.user("ansatt");
        fixtures.consent("ansatt", family.childId(), ansatt.unitId(), today().minusDays(1), today().plusYears(1),
                "RELAY_LOG");
        long caseId = openCase(family.childId());
        return new Logged(family, caseId);
    }

    private long openCase(long childId) {
        SignedInUser ansatt = fixtures.user("ansatt");
        return cases.open(ansatt, childId, OpenCase.atLevel1(ansatt.employeeId(), "Trives i barnehagen"));
    }

    /** Goals, a measure with an evaluation, a meeting with minutes, and a move to level 2 with its best-interest note. */
    private void fill(long caseId, int round) {
        SignedInUser ansatt = fixtures.user("ansatt");
        relayLog.addGoal(ansatt, caseId, new AddGoal("Leker med andre " + round));
        long measure = relayLog.addMeasure(ansatt, caseId, CaseCommands.measure("Lesestund hver dag " + round,
                ansatt.employeeId(), today(), today().plusWeeks(4)));
        relayLog.evaluate(ansatt, caseId, CaseCommands.evaluation(measure,
                "Går bedre med lesingen " + round, "Liker å lese med de voksne " + round, today()));
        long meeting = meetings.plan(ansatt, caseId, CaseCommands.meeting(today(),
                "Barnehagen", "Oppstart " + round, ansatt.unitId()));
        meetings.writeMinutes(ansatt, caseId, meeting, CaseCommands.minutes("Vi ble enige om lesestund " + round,
                "Vil lese med mamma " + round, 0));
    }

    private void moveToLevel2(long caseId) {
        int version = jdbc.sql("select version from relay_case where id = ?").param(caseId).query(Integer.class).single();
        cases.changeLevel(fixtures.user("ansatt"), caseId, CaseCommands.toLevel(2, "Trenger samarbeid med helsestasjonen",
                version));
    }

    private String page(String path, String pid) throws Exception {
        return mvc.perform(get(path).with(families.as(pid))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    private static String logPath(long childId) {
        return "/familie/barn/" + childId + "/stafettlogg";
    }

    private static String wordsPath(long childId, long caseId) {
        return logPath(childId) + "/" + caseId + "/egne-ord";
    }

    @Test
    void the_guardian_reads_goals_measures_who_is_responsible_evaluations_meetings_minutes_and_notes() throws Exception {
        Logged logged = childWithCase(someBirthDate());
        fill(logged.caseId(), 1);
        moveToLevel2(logged.caseId());
        String pid = logged.family().guardianNumber();

        String child = page("/familie/barn/" + logged.family().childId(), pid);
        assertThat(child).contains("href=\"" + logPath(logged.family().childId()) + "\"");

        String log = page(logPath(logged.family().childId()), pid);
        SignedInUser ansatt = fixtures.user("ansatt");
        String holder = jdbc.sql("select display_name from employee where id = ?").param(ansatt.employeeId())
                .query(String.class).single();
        assertThat(log).contains("Trives i barnehagen", "Leker med andre 1", "Lesestund hver dag 1",
                "Går bedre med lesingen 1", "Liker å lese med de voksne 1", "Oppstart 1", "Vi ble enige om lesestund 1",
                "Vil lese med mamma 1", "Samarbeidet gikk til nivå 2", "Barnet sier at det vil ha hjelp.",
                "Barnets ønske er vektlagt.", "Nivå 2: samarbeid mellom to tjenester");
        assertThat(log).contains("Stafettholder (har hovedansvaret): " + holder);
        assertThat(log).doesNotContain(logged.family().childNumber(), logged.family().guardianNumber());

        long member = families.member(pid).memberId();
        List<Map<String, Object>> reads = jdbc.sql("""
                select category, action, object_type, outcome, roles from access_log
                 where child_id = ? and username = ? and object_type = 'family-relay-log'""")
                .params(logged.family().childId(), "familie:" + member).query().listOfRows();
        assertThat(reads).singleElement().satisfies(row -> {
            assertThat(row.get("category")).isEqualTo("RELAY_LOG");
            assertThat(row.get("action")).isEqualTo("READ");
            assertThat(row.get("outcome")).isEqualTo("ALLOWED");
            assertThat(row.get("roles")).isEqualTo("GUARDIAN");
        });
    }

    @Test
    void a_child_without_a_case_has_an_empty_log() throws Exception {
        Family family = families.childWithGuardian("ansatt", someBirthDate(), true);
        assertThat(page(logPath(family.childId()), family.guardianNumber())).contains("data-no-cases");
    }

    @Test
    void another_familys_child_and_a_case_of_another_child_are_answered_like_a_missing_child() throws Exception {
        Logged ours = childWithCase(someBirthDate());
        Logged theirs = childWithCase(someBirthDate());
        String pid = ours.family().guardianNumber();

        String missing = mvc.perform(get(logPath(Long.MAX_VALUE)).with(families.as(pid)))
                .andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString();
        String refused = mvc.perform(get(logPath(theirs.family().childId())).with(families.as(pid)))
                .andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString();
        assertThat(withoutToken(refused)).isEqualTo(withoutToken(missing));
        mvc.perform(get(wordsPath(theirs.family().childId(), theirs.caseId())).with(families.as(pid)))
                .andExpect(status().isNotFound());
        mvc.perform(post(wordsPath(theirs.family().childId(), theirs.caseId())).param("text", "Hei")
                .with(families.as(pid)).with(csrf())).andExpect(status().isNotFound());
        // our own child, but their case
        mvc.perform(get(wordsPath(ours.family().childId(), theirs.caseId())).with(families.as(pid)))
                .andExpect(status().isNotFound());
        String wrongCase = mvc.perform(post(wordsPath(ours.family().childId(), theirs.caseId())).param("text", "Hei")
                .with(families.as(pid)).with(csrf())).andExpect(status().isNotFound()).andReturn().getResponse()
                .getContentAsString();
        assertThat(withoutToken(wrongCase)).isEqualTo(withoutToken(missing));
        assertThat(words(theirs.caseId())).isEmpty();
    }

    @Test
    void a_guardian_without_parental_responsibility_reads_and_writes_nothing() throws Exception {
        Logged logged = childWithCase(someBirthDate());
        String other = families.addGuardian("ansatt", logged.family().childId(), false);

        mvc.perform(get(logPath(logged.family().childId())).with(families.as(other))).andExpect(status().isNotFound());
        mvc.perform(get(wordsPath(logged.family().childId(), logged.caseId())).with(families.as(other)))
                .andExpect(status().isNotFound());
        mvc.perform(post(wordsPath(logged.family().childId(), logged.caseId())).param("text", "Hei")
                .with(families.as(other)).with(csrf())).andExpect(status().isNotFound());
        assertThat(words(logged.caseId())).isEmpty();
    }

    @Test
    void the_young_person_from_the_consent_age_writes_own_words_and_the_services_see_who_wrote_them() throws Exception {
        // 16 today: the consent age
        Logged logged = childWithCase(today().minusYears(16));
        String pid = logged.family().childNumber();
        long childId = logged.family().childId();

        String form = page(wordsPath(childId, logged.caseId()), pid);
        assertThat(form).contains("Du skriver som deg selv");
        mvc.perform(post(wordsPath(childId, logged.caseId())).param("text", "Jeg vil gjerne ha lekser på skolen.")
                .with(families.as(pid)).with(csrf()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl(logPath(childId) + "#case-" + logged.caseId()));

        assertThat(words(logged.caseId())).singleElement().satisfies(row -> {
            assertThat(row.get("written_as")).isEqualTo("YOUNG_PERSON");
            assertThat(row.get("family_member_id")).isEqualTo(families.member(pid).memberId());
        });
        assertThat(page(logPath(childId), pid)).contains("Jeg vil gjerne ha lekser på skolen.",
                "Skrevet av ungdommen selv");

        String casePage = mvc.perform(get("/cases/" + logged.caseId()).with(as(accounts, "ansatt")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(casePage).contains("Familiens egne ord, skrevet av ungdommen", "Jeg vil gjerne ha lekser på skolen.")
                .doesNotContain(logged.family().childNumber());
        byte[] pdf = mvc.perform(get("/cases/" + logged.caseId() + "/stafettlogg.pdf").with(as(accounts, "ansatt")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(text(pdf)).contains("Familiens egne ord, skrevet av ungdommen", "Jeg vil gjerne ha lekser på skolen.");

        long member = families.member(pid).memberId();
        assertThat(jdbc.sql("""
                select roles from access_log where child_id = ? and username = ? and category = 'RELAY_LOG'
                   and action = 'WRITE' and outcome = 'ALLOWED'""")
                .params(childId, "familie:" + member).query(String.class).list()).contains("YOUNG_PERSON");
    }

    @Test
    void the_guardians_words_are_marked_as_a_guardians() throws Exception {
        Logged logged = childWithCase(someBirthDate());
        mvc.perform(post(wordsPath(logged.family().childId(), logged.caseId())).param("text", "Hun gleder seg til skolen.")
                .with(families.as(logged.family().guardianNumber())).with(csrf())).andExpect(status().isFound());
        String casePage = mvc.perform(get("/cases/" + logged.caseId()).with(as(accounts, "ansatt")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(casePage).contains("Familiens egne ord, skrevet av foresatt", "Hun gleder seg til skolen.")
                .doesNotContain(logged.family().guardianNumber());
    }

    @Test
    void a_young_person_a_day_before_the_consent_age_is_refused() throws Exception {
        Logged logged = childWithCase(today().minusYears(16).plusDays(1));
        mvc.perform(get(logPath(logged.family().childId())).with(families.as(logged.family().childNumber())))
                .andExpect(status().isNotFound());
        mvc.perform(post(wordsPath(logged.family().childId(), logged.caseId())).param("text", "Hei")
                .with(families.as(logged.family().childNumber())).with(csrf())).andExpect(status().isNotFound());
        assertThat(words(logged.caseId())).isEmpty();
    }

    @Test
    void bad_words_get_a_message_next_to_the_field_and_keep_what_was_typed() throws Exception {
        Logged logged = childWithCase(someBirthDate());
        String pid = logged.family().guardianNumber();
        String path = wordsPath(logged.family().childId(), logged.caseId());

        String empty = refused(path, pid, "   ");
        assertThat(empty).contains("<title>Feil:", "Skriv hva dere vil si til tjenestene", "id=\"text-error\"",
                "aria-invalid=\"true\"", "data-error-summary");

        String tooLong = "a".repeat(2001);
        assertThat(refused(path, pid, tooLong)).contains("Teksten kan ha høyst 2000 tegn", ">" + tooLong + "</textarea>");

        assertThat(refused(path, pid, "Hei\u0000 der")).contains("Teksten hadde tegn som ikke kan lagres",
                ">Hei der</textarea>");
        assertThat(words(logged.caseId())).isEmpty();

        mvc.perform(post(path).param("text", "a".repeat(2000)).with(families.as(pid)).with(csrf()))
                .andExpect(status().isFound());
        assertThat(words(logged.caseId())).hasSize(1);
    }

    @Test
    void a_closed_log_takes_no_more_words() throws Exception {
        Logged logged = childWithCase(someBirthDate());
        int version = jdbc.sql("select version from relay_case where id = ?").param(logged.caseId())
                .query(Integer.class).single();
        cases.close(fixtures.user("ansatt"), logged.caseId(), CaseCommands.goalMet(version));
        String pid = logged.family().guardianNumber();

        String log = page(logPath(logged.family().childId()), pid);
        assertThat(log).contains("Avsluttet", "målet er nådd").doesNotContain("data-write-words");
        mvc.perform(get(wordsPath(logged.family().childId(), logged.caseId())).with(families.as(pid)))
                .andExpect(status().isNotFound());
        assertThat(refused(wordsPath(logged.family().childId(), logged.caseId()), pid, "Hei"))
                .contains("Denne stafettloggen er avsluttet");
        assertThat(words(logged.caseId())).isEmpty();
    }

    @Test
    void writing_without_the_csrf_token_is_refused() throws Exception {
        Logged logged = childWithCase(someBirthDate());
        mvc.perform(post(wordsPath(logged.family().childId(), logged.caseId())).param("text", "Hei")
                .with(families.as(logged.family().guardianNumber()))).andExpect(status().isForbidden());
        assertThat(words(logged.caseId())).isEmpty();
    }

    @Test
    void the_log_costs_the_same_number_of_statements_whatever_the_number_of_cases_and_entries() throws Exception {
        Logged small = childWithCase(someBirthDate());
        Logged large = childWithCase(someBirthDate());
        for (int round = 0; round < 3; round++) {
            fill(large.caseId(), round);
        }
        moveToLevel2(large.caseId());
        long second = openCase(large.family().childId());
        fill(second, 9);
        for (int i = 0; i < 3; i++) {
            mvc.perform(post(wordsPath(large.family().childId(), large.caseId())).param("text", "Ord " + i)
                    .with(families.as(large.family().guardianNumber())).with(csrf())).andExpect(status().isFound());
        }

        int forSmall = statements(logPath(small.family().childId()), small.family().guardianNumber());
        int forLarge = statements(logPath(large.family().childId()), large.family().guardianNumber());

        assertThat(forSmall).isPositive();
        assertThat(forLarge).isEqualTo(forSmall);
    }

    private int statements(String path, String pid) throws Exception {
        var login = families.as(pid); // signing in writes family_member: not part of the page
        sql.reset();
        mvc.perform(get(path).with(login)).andExpect(status().isOk());
        return sql.count();
    }

    private String refused(String path, String pid, String text) throws Exception {
        return mvc.perform(post(path).param("text", text).with(families.as(pid)).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private List<Map<String, Object>> words(long caseId) {
        return jdbc.sql("select written_as, family_member_id, text from case_family_words where case_id = ?")
                .param(caseId).query().listOfRows();
    }
}
