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
import no.laget.support.ChildFixtures;
import no.laget.support.LagetTest;
import no.laget.support.MovableClock;
import no.laget.support.TestChildren;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static no.laget.support.Accounts.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A consent behind a case is withdrawn: the case stays open, its page says so, and the affected reminders stop. */
@LagetTest
class CaseConsentWithdrawnTest {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired Cases cases;
    @Autowired RelayLog relayLog;
    @Autowired Participants participants;
    @Autowired Concerns concerns;
    @Autowired Consents consents;
    @Autowired ChildFixtures fixtures;
    @Autowired UserDetailsService accounts;
    @Autowired MovableClock clock;

    SignedInUser me;
    SignedInUser other;
    LocalDate today;

    @BeforeEach
    void arrange() {
        clock.reset();
        me = employee(unit());
        other = employee(unit());
        today = DeadlineState.today(clock);
    }

    @Test
    void withdrawing_the_holders_consent_flags_the_case_and_stops_its_units_reminders_only() throws Exception {
        long child = fixtures.childOf(me.getUsername(), TestChildren.familyName());
        // my unit keeps reading the relay log through its own concern about the child
        concerns.write(me, child, new ConcernForm(today.toString(), "Sitter alene", null, null).toCommand());
        long mine = fixtures.consent(me.getUsername(), child, me.unitId(), today, today.plusYears(1), "RELAY_LOG");
        fixtures.consent(me.getUsername(), child, other.unitId(), today, today.plusYears(1), "RELAY_LOG");
        long caseId = cases.open(me, child, new CaseForms.Open("2", String.valueOf(me.employeeId()), "", "",
                no.laget.support.BestInterestNotesFixture.heard()).toCommand());
        participants.add(me, caseId, new CaseForms.Participant(String.valueOf(other.unitId()), "", "").toCommand());
        long onMe = relayLog.addMeasure(me, caseId, measure("employee:" + me.employeeId()).toCommand());
        long onMyUnit = relayLog.addMeasure(me, caseId, measure("unit:" + me.unitId()).toCommand());
        long onOther = relayLog.addMeasure(me, caseId, measure("unit:" + other.unitId()).toCommand());
        assertThat(page(me, caseId)).doesNotContain("data-consent-withdrawn");

        consents.withdraw(me, mine, new WithdrawalForm("ALL", List.of(), "Foresatt").toCommand());

        assertThat(cases.get(me, caseId).open()).isTrue();
        assertThat(page(me, caseId)).contains("data-consent-withdrawn", "Samtykket er trukket tilbake");
        assertThat(openEvaluation(onMe)).isFalse();
        assertThat(openEvaluation(onMyUnit)).isFalse();
        assertThat(openEvaluation(onOther)).as("the other unit still stands on its own consent").isTrue();
        assertThat(page(other, caseId)).contains("Samtykket er trukket tilbake");
    }

    @Test
    void withdrawing_a_part_that_leaves_the_relay_log_alone_changes_nothing() throws Exception {
        long child = fixtures.childOf(me.getUsername(), TestChildren.familyName());
        long consent = fixtures.consent(me.getUsername(), child, me.unitId(), today, today.plusYears(1), "RELAY_LOG",
                "EDUCATION");
        long caseId = cases.open(me, child, new CaseForms.Open("1", String.valueOf(me.employeeId()), "", "").toCommand());
        long measure = relayLog.addMeasure(me, caseId, measure("employee:" + me.employeeId()).toCommand());
        long education = consents.get(me, consent).grants().stream()
                .filter(g -> g.category() == InformationCategory.EDUCATION).mapToLong(Grant::id).findFirst().orElseThrow();

        consents.withdraw(me, consent, new WithdrawalForm("SOME", List.of(String.valueOf(education)), "Foresatt").toCommand());

        assertThat(page(me, caseId)).doesNotContain("data-consent-withdrawn");
        assertThat(openEvaluation(measure)).isTrue();
    }

    private boolean openEvaluation(long measureId) {
        return jdbc.sql("""
                select exists (select 1 from deadline where source_type = 'case_measure' and source_id = ?
                                  and kind = 'MEASURE_EVALUATION' and done_at is null)""")
                .param(measureId).query(Boolean.class).single();
    }

    private CaseForms.Measure measure(String responsible) {
        return new CaseForms.Measure("Tiltak " + UUID.randomUUID(), responsible, today.toString(),
                today.plusDays(20).toString(), null);
    }

    private String page(SignedInUser user, long caseId) throws Exception {
        return mvc.perform(get("/cases/" + caseId).with(as(accounts, user.getUsername()))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    private long unit() {
        return jdbc.sql("""
                insert into unit (municipality_id, name, type, active, created_at, updated_at)
                select municipality_id, ?, 'KINDERGARTEN', true, now(), now() from unit order by id limit 1
                returning id""")
                .param("Samtykkebarnehage " + UUID.randomUUID()).query(Long.class).single();
    }

    private SignedInUser employee(long unitId) {
        String username = "samtykke-" + UUID.randomUUID().toString().substring(0, 12);
        long id = jdbc.sql("""
                insert into employee (username, display_name, email, unit_id, password_hash, active, created_at, updated_at)
                values (?, 'Samtykke Testansatt', ?, ?, '{noop}not-for-login', true, now(), now()) returning id""")
                .params(username, username + "@laget.test", unitId).query(Long.class).single();
        jdbc.sql("insert into employee_role (employee_id, role) values (?, 'EMPLOYEE')").param(id).update();
        return (SignedInUser) accounts.loadUserByUsername(username);
    }
}
