package no.laget.casework.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import no.laget.access.InformationCategory;
import no.laget.casework.Cases;
import no.laget.consent.Consents;
import no.laget.consent.Grant;
import no.laget.consent.internal.WithdrawalForm;
import no.laget.mywork.DeadlineState;
import no.laget.platform.security.SignedInUser;
import no.laget.platform.time.Oslo;
import no.laget.support.ChildFixtures;
import no.laget.support.LagetTest;
import no.laget.support.MovableClock;
import no.laget.support.TestChildren;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static no.laget.support.Accounts.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Rule 14: every basis that exists because of a consent ends with that consent, on the next request, in the door and
 * in every list. A school taking part in a relay-log case under a consent loses the case, the child's page and the
 * child in its search when the family withdraws the consent (all of it, or the relay log only) or it runs out. The
 * refusal says why, in the answer and in the access log.
 */
@LagetTest
class ConsentBoundParticipationTest {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired Cases cases;
    @Autowired Participants participants;
    @Autowired Consents consents;
    @Autowired ChildFixtures fixtures;
    @Autowired UserDetailsService accounts;
    @Autowired MovableClock clock;

    SignedInUser kindergarten;
    SignedInUser teacher;
    SignedInUser nurse;
    LocalDate today;
    String familyName;
    long child;

    @BeforeEach
    void arrange() {
        clock.reset();
        today = DeadlineState.today(clock);
        kindergarten = employee(unit("KINDERGARTEN"));
        teacher = employee(unit("SCHOOL"));
        nurse = employee(unit("HEALTH_STATION"));
        familyName = TestChildren.familyName();
        child = fixtures.childOf(kindergarten.getUsername(), familyName);
        fixtures.consent(kindergarten.getUsername(), child, kindergarten.unitId(), today, today.plusYears(1), "RELAY_LOG");
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void withdrawing_the_whole_consent_ends_the_participants_case_child_page_and_search_at_once() throws Exception {
        long consent = schoolConsent(today.plusYears(1), "RELAY_LOG");
        long caseId = caseWithSchool();
        assertReads(teacher, caseId);

        consents.withdraw(kindergarten, consent, new WithdrawalForm("ALL", List.of(), "Foresatt").toCommand());

        assertRefused(teacher, caseId, "CONSENT_WITHDRAWN");
    }

    @Test
    void withdrawing_only_the_relay_log_ends_the_participation_and_the_answer_says_withdrawn() throws Exception {
        long consent = schoolConsent(today.plusYears(1), "RELAY_LOG", "EDUCATION");
        long caseId = caseWithSchool();

        consents.withdraw(kindergarten, consent, new WithdrawalForm("SOME", List.of(grant(consent, InformationCategory.RELAY_LOG)),
                "Foresatt").toCommand());

        assertRefused(teacher, caseId, "CONSENT_WITHDRAWN");
    }

    @Test
    void withdrawing_another_category_leaves_the_participation_alone() throws Exception {
        long consent = schoolConsent(today.plusYears(1), "RELAY_LOG", "EDUCATION");
        long caseId = caseWithSchool();

        consents.withdraw(kindergarten, consent, new WithdrawalForm("SOME", List.of(grant(consent, InformationCategory.EDUCATION)),
                "Foresatt").toCommand());

        assertReads(teacher, caseId);
    }

    @Test
    void a_consent_that_ends_today_holds_until_midnight_in_oslo_and_then_the_participation_ends() throws Exception {
        schoolConsent(today, "RELAY_LOG");
        long caseId = caseWithSchool();
        assertReads(teacher, caseId);

        clock.set(today.plusDays(1).atStartOfDay(Oslo.ZONE).toInstant().minusSeconds(1));
        assertReads(teacher, caseId);

        clock.set(today.plusDays(1).atStartOfDay(Oslo.ZONE).toInstant());
        assertRefused(teacher, caseId, "CONSENT_EXPIRED");
    }

    @Test
    void a_unit_named_by_a_consent_reads_the_case_and_after_a_partial_withdrawal_is_told_it_was_withdrawn() throws Exception {
        long nurseConsent = fixtures.consent(kindergarten.getUsername(), child, nurse.unitId(), today, today.plusYears(1),
                "RELAY_LOG", "HEALTH");
        long caseId = cases.open(kindergarten, child, new CaseForms.Open("1", String.valueOf(kindergarten.employeeId()),
                "Trives", "", no.laget.support.BestInterestNotesFixture.heard()).toCommand());
        mvc.perform(get("/api/v1/cases/" + caseId).with(as(accounts, nurse.getUsername()))).andExpect(status().isOk());

        consents.withdraw(kindergarten, nurseConsent, new WithdrawalForm("SOME",
                List.of(grant(nurseConsent, InformationCategory.RELAY_LOG)), "Foresatt").toCommand());

        mvc.perform(get("/api/v1/cases/" + caseId).with(as(accounts, nurse.getUsername())))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.reason").value("CONSENT_WITHDRAWN"));
        assertThat(lastReason(nurse, "relay_case")).isEqualTo("CONSENT_WITHDRAWN");
    }

    private void assertReads(SignedInUser user, long caseId) throws Exception {
        mvc.perform(get("/api/v1/cases/" + caseId).with(as(accounts, user.getUsername()))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/children/" + child).with(as(accounts, user.getUsername()))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/children").param("q", familyName).with(as(accounts, user.getUsername())))
                .andExpect(status().isOk()).andExpect(jsonPath("$.children.length()").value(1));
        mvc.perform(get("/children").param("q", familyName).with(as(accounts, user.getUsername())))
                .andExpect(status().isOk())
                .andExpect(result -> assertThat(result.getResponse().getContentAsString()).contains("/children/" + child + "\""));
    }

    private void assertRefused(SignedInUser user, long caseId, String reason) throws Exception {
        mvc.perform(get("/api/v1/cases/" + caseId).with(as(accounts, user.getUsername())))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.reason").value(reason));
        assertThat(lastReason(user, "relay_case")).isEqualTo(reason);
        mvc.perform(get("/api/v1/children/" + child).with(as(accounts, user.getUsername())))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.reason").value(reason));
        assertThat(lastReason(user, "child")).isEqualTo(reason);
        mvc.perform(get("/children/" + child).with(as(accounts, user.getUsername()))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/children").param("q", familyName).with(as(accounts, user.getUsername())))
                .andExpect(status().isOk()).andExpect(jsonPath("$.children.length()").value(0));
        mvc.perform(get("/children").param("q", familyName).with(as(accounts, user.getUsername())))
                .andExpect(status().isOk())
                .andExpect(result -> assertThat(result.getResponse().getContentAsString())
                        .as("the search page echoes the query, but lists no child").doesNotContain("/children/" + child + "\""));
    }

    private long schoolConsent(LocalDate to, String... categories) {
        return fixtures.consent(kindergarten.getUsername(), child, teacher.unitId(), today, to, categories);
    }

    private long caseWithSchool() {
        long caseId = cases.open(kindergarten, child, new CaseForms.Open("2", String.valueOf(kindergarten.employeeId()),
                "Trives", "", no.laget.support.BestInterestNotesFixture.heard()).toCommand());
        participants.add(kindergarten, caseId, new CaseForms.Participant(String.valueOf(teacher.unitId()), "", "").toCommand());
        return caseId;
    }

    private String grant(long consent, InformationCategory category) {
        return String.valueOf(consents.get(kindergarten, consent).grants().stream()
                .filter(g -> g.category() == category).mapToLong(Grant::id).findFirst().orElseThrow());
    }

    private String lastReason(SignedInUser user, String objectType) {
        return jdbc.sql("""
                select reason_code from access_log where employee_id = ? and child_id = ? and object_type = ?
                 order by id desc limit 1""")
                .params(user.employeeId(), child, objectType).query(String.class).single();
    }

    private long unit(String type) {
        return jdbc.sql("""
                insert into unit (municipality_id, name, type, active, created_at, updated_at)
                select municipality_id, ?, ?, true, now(), now() from unit order by id limit 1
                returning id""")
                .params("Samtykkeenhet " + UUID.randomUUID(), type).query(Long.class).single();
    }

    private SignedInUser employee(long unitId) {
        String username = "deltaker-" + UUID.randomUUID().toString().substring(0, 12);
        long id = jdbc.sql("""
                insert into employee (username, display_name, email, unit_id, password_hash, active, created_at, updated_at)
                values (?, 'Deltaker Testansatt', ?, ?, '{noop}not-for-login', true, now(), now()) returning id""")
                .params(username, username + "@laget.test", unitId).query(Long.class).single();
        jdbc.sql("insert into employee_role (employee_id, role) values (?, 'EMPLOYEE')").param(id).update();
        return (SignedInUser) accounts.loadUserByUsername(username);
    }
}
