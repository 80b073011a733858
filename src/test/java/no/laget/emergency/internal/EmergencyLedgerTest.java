package no.laget.emergency.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import no.laget.platform.security.NavCooperation;
import no.laget.platform.security.SignedInUser;
import no.laget.platform.validation.FieldProblem;
import no.laget.platform.validation.InvalidInputException;
import no.laget.support.UnitFixtures;
import no.laget.support.LagetTest;
import no.laget.support.MovableClock;
import no.laget.support.SqlStatementCounter;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static no.laget.support.Accounts.as;
import static no.laget.support.ProblemJson.problemJson;
import static no.laget.support.Problems.fieldProblems;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@LagetTest
class EmergencyLedgerTest {

    @Autowired EmergencyLedger ledger;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;
    @Autowired UserDetailsService accounts;
    @Autowired SqlStatementCounter sql;
    @Autowired MovableClock clock;

    private UnitFixtures fixtures;
    private SignedInUser childWelfare;
    private SignedInUser nav;
    private long card;

    @BeforeEach
    void aFreshCard() {
        fixtures = new UnitFixtures(jdbc);
        childWelfare = fixtures.employeeOfNewUnit("CHILD_WELFARE", "EMPLOYEE");
        nav = fixtures.employeeOfNewUnit("NAV", "EMPLOYEE");
        card = openCard(nav, new EmergencyCardForm("Testkort", String.valueOf(childWelfare.unitId())));
        topUp(nav, card, new TopUpForm(today().toString(), "5000", ""));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void a_use_is_recorded_with_a_decision_duty_for_nav_three_working_days_ahead_and_the_decision_ends_it() {
        LocalDate used = today().minusDays(1);
        long use = recordUse(childWelfare, card, form(used.toString(), "450", "K-" + UUID.randomUUID(), ""));

        var deadline = jdbc.sql("""
                select kind, unit_id, employee_id, due_on, done_at, link from deadline
                 where source_type = 'nav_emergency_use' and source_id = ?""").param(use).query().singleRow();
        assertThat(deadline.get("kind")).isEqualTo("EMERGENCY_DECISION");
        assertThat(deadline.get("unit_id")).isEqualTo(nav.unitId());
        assertThat(deadline.get("employee_id")).isNull();
        assertThat(deadline.get("due_on").toString()).isEqualTo(WorkingDays.plus(used, 3).toString());
        assertThat(deadline.get("done_at")).isNull();
        assertThat(deadline.get("link")).isEqualTo("/nav/kronekort/bruk/" + use + "/vedtak");

        decide(nav, use, new EmergencyDecisionForm("APPROVED", today().toString(), "Nødhjelp til mat"));

        assertThat(ledger.use(nav, use).decision()).isEqualTo(EmergencyDecision.APPROVED);
        assertThat(ledger.use(childWelfare, use).statusOn(today())).isEqualTo(EmergencyUse.Status.APPROVED);
        assertThat(jdbc.sql("select done_at from deadline where source_type = 'nav_emergency_use' and source_id = ?")
                .param(use).query().singleValue()).isNotNull();
        assertThatThrownBy(() -> decide(nav, use, new EmergencyDecisionForm("REJECTED", today().toString(), "")))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void the_balance_is_top_ups_less_uses_and_a_warning_shows_below_the_low_balance() throws Exception {
        assertThat(ledger.ledger(nav, card).card().balance()).isEqualByComparingTo("5000");
        assertThat(ledger.ledger(nav, card).balanceLow()).as("5000 is not below 5000").isFalse();
        mvc.perform(get("/nav/kronekort/" + card).with(user(nav)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("data-low-balance"))));

        recordUse(childWelfare, card, form(today().toString(), "0,50", "K-1", ""));

        assertThat(ledger.ledger(childWelfare, card).card().balance()).isEqualByComparingTo("4999.50");
        mvc.perform(get("/nav/kronekort/" + card).with(user(childWelfare)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("data-low-balance")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Saldoen er under 5 000 kr")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("4 999,50 kr")));
    }

    @Test
    void a_use_without_a_decision_after_three_working_days_is_overdue() throws Exception {
        // Used on a Friday: due the Wednesday after, overdue from Thursday.
        LocalDate friday = today().minusWeeks(2).with(java.time.DayOfWeek.FRIDAY);
        long use = recordUse(childWelfare, card, form(friday.toString(), "100", "K-2", ""));
        LocalDate due = WorkingDays.plus(friday, 3);
        EmergencyUse recorded = ledger.use(nav, use);
        assertThat(recorded.decisionDue()).isEqualTo(due);
        assertThat(recorded.statusOn(due)).isEqualTo(EmergencyUse.Status.AWAITING_DECISION);
        assertThat(recorded.statusOn(due.plusDays(1))).isEqualTo(EmergencyUse.Status.OVERDUE);

        mvc.perform(get("/nav/kronekort/" + card).with(user(nav)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("data-overdue")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Forfalt: vedtak skulle vært fattet innen "
                        + due.getDayOfMonth() + "." + due.getMonthValue() + "." + due.getYear())));
    }

    @Test
    void bad_input_is_refused_field_by_field_each_with_its_own_message() {
        assertThat(fieldProblems(() -> recordUse(childWelfare, card, form(today().toString(), "1500,01", "K", ""))))
                .containsExactly(new FieldProblem("amount", "nav.use.amount.above-limit"));
        assertThat(fieldProblems(() -> recordUse(childWelfare, card, form(today().toString(), "-5", "K", ""))))
                .containsExactly(new FieldProblem("amount", "nav.use.amount.not-positive"));
        assertThat(fieldProblems(() -> recordUse(childWelfare, card, form(today().toString(), "0", "K", ""))))
                .containsExactly(new FieldProblem("amount", "nav.use.amount.not-positive"));
        assertThat(fieldProblems(() -> recordUse(childWelfare, card, form(today().toString(), "tusen", "K", ""))))
                .containsExactly(new FieldProblem("amount", "nav.use.amount.malformed"));
        assertThat(fieldProblems(() -> recordUse(childWelfare, card, form(today().toString(), "200", " ", ""))))
                .containsExactly(new FieldProblem("receiptRef", "nav.use.receiptRef.required"));
        assertThat(fieldProblems(() -> recordUse(childWelfare, card,
                new EmergencyUseForm(today().toString(), "Sak 12345678901", "Mat", "100", "K", ""))))
                .containsExactly(new FieldProblem("recipientRef", "nav.use.recipientRef.identity-number"));
        assertThat(fieldProblems(() -> recordUse(childWelfare, card,
                form(today().toString(), "100", "K", today().minusDays(1).toString()))))
                .containsExactly(new FieldProblem("navInformedOn", "nav.use.navInformedOn.before-use"));
        assertThat(fieldProblems(() -> recordUse(childWelfare, card, form(today().plusDays(1).toString(), "100", "K", ""))))
                .containsExactly(new FieldProblem("usedOn", "nav.use.usedOn.future"));
        // Everything wrong at once: every problem, in page order.
        assertThat(fieldProblems(() -> recordUse(childWelfare, card, new EmergencyUseForm("", "", "", "", "", ""))))
                .extracting(FieldProblem::field)
                .containsExactly("usedOn", "recipientRef", "purpose", "amount", "receiptRef");
        // Exactly the limit is allowed.
        assertThat(recordUse(childWelfare, card, form(today().toString(), "1 500", "K-3", ""))).isPositive();

        long use = recordUse(childWelfare, card, form(today().minusDays(2).toString(), "100", "K-4", ""));
        assertThat(fieldProblems(() -> decide(nav, use,
                new EmergencyDecisionForm("APPROVED", today().minusDays(3).toString(), ""))))
                .containsExactly(new FieldProblem("decidedOn", "nav.decision.decidedOn.before-use"));
        assertThat(fieldProblems(() -> decide(nav, use, new EmergencyDecisionForm("", today().toString(), ""))))
                .containsExactly(new FieldProblem("decision", "nav.decision.decision.required"));
        assertThat(fieldProblems(() -> topUp(nav, card, new TopUpForm(today().toString(), "0", ""))))
                .containsExactly(new FieldProblem("amount", "nav.topup.amount.not-positive"));
    }

    @Test
    void the_page_shows_each_refusal_next_to_its_field_and_keeps_what_was_typed() throws Exception {
        mvc.perform(post("/nav/kronekort/" + card + "/bruk").with(user(childWelfare)).with(csrf())
                        .param("usedOn", today().toString()).param("recipientRef", "Sak 2026/4711")
                        .param("purpose", "Hotell for mor og to barn").param("amount", "1 800")
                        .param("receiptRef", "").param("navInformedOn", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(
                        "id=\"amount-error\">Beløpet er over grensen for én nødsituasjon")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString(
                        "id=\"receiptRef-error\">Skriv nummeret eller referansen på kvitteringen")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("value=\"Sak 2026/4711\"")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Hotell for mor og to barn</textarea>")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("value=\"1 800\"")));
        long use = recordUse(childWelfare, card, form(today().minusDays(1).toString(), "100", "K-5", ""));
        mvc.perform(post("/nav/kronekort/bruk/" + use + "/vedtak").with(user(nav)).with(csrf())
                        .param("decision", "REJECTED").param("decidedOn", today().minusDays(2).toString())
                        .param("note", "Ikke nødsituasjon"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(
                        "id=\"decidedOn-error\">Vedtaket kan ikke være fattet før kortet ble brukt")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Ikke nødsituasjon</textarea>")));
    }

    @Test
    void the_api_answers_problem_json_for_bad_input_and_refusals() throws Exception {
        mvc.perform(post("/api/v1/nav/emergency-cards/" + card + "/uses").with(user(childWelfare))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"usedOn\":\"" + today() + "\",\"recipientRef\":\"Sak 1\",\"purpose\":\"Mat\","
                                + "\"amount\":2000,\"receiptRef\":\"K\"}"))
                .andExpect(problemJson(status().isBadRequest()))
                .andExpect(jsonPath("$.errors[0].field").value("amount"))
                .andExpect(jsonPath("$.errors[0].message").value(
                        "Beløpet er over grensen for én nødsituasjon. Større beløp må NAV behandle som en søknad"));
        mvc.perform(post("/api/v1/nav/emergency-cards/" + card + "/uses").with(user(childWelfare))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"usedOn\":\"" + today() + "\",\"recipientRef\":\"Sak 1\",\"purpose\":\"Mat\","
                                + "\"amount\":200,\"receiptRef\":\"K-9\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.amount").value(200));
        mvc.perform(get("/api/v1/nav/emergency-cards/" + card).with(as(accounts, "ansatt")))
                .andExpect(problemJson(status().isForbidden()))
                .andExpect(jsonPath("$.reason").value("NAV_REFUSED"));
        mvc.perform(get("/api/v1/nav/emergency-cards/999999999").with(user(nav)))
                .andExpect(status().isNotFound());
    }

    @Test
    void the_api_takes_typed_json_and_answers_a_number_sent_as_text_with_400_naming_the_field() throws Exception {
        mvc.perform(post("/api/v1/nav/emergency-cards/" + card + "/uses").with(user(childWelfare))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"usedOn\":\"" + today() + "\",\"recipientRef\":\"Sak 1\",\"purpose\":\"Mat\","
                                + "\"amount\":\"6\",\"receiptRef\":\"K\"}"))
                .andExpect(problemJson(status().isBadRequest()))
                .andExpect(jsonPath("$.errors[0].field").value("amount"));
        SignedInUser otherNav = fixtures.employeeOfNewUnit("NAV", "EMPLOYEE");
        mvc.perform(post("/api/v1/nav/emergency-cards").with(user(otherNav)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"Kort\",\"childWelfareUnitId\":\"" + childWelfare.unitId() + "\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("childWelfareUnitId"));
        // a missing required field is a field problem too, not a 500
        mvc.perform(post("/api/v1/nav/emergency-cards").with(user(otherNav)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"Kort\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("childWelfareUnitId"));
        mvc.perform(post("/api/v1/nav/emergency-cards").with(user(otherNav)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"Kort\",\"childWelfareUnitId\":" + childWelfare.unitId() + "}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.card.childWelfareUnitId").value(childWelfare.unitId()));
        mvc.perform(post("/api/v1/nav/emergency-cards/" + card + "/top-ups").with(user(nav))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"toppedUpOn\":\"" + today() + "\",\"amount\":250.5}"))
                .andExpect(status().isCreated());
        long use = recordUse(childWelfare, card, form(today().toString(), "100", "K-7", ""));
        mvc.perform(post("/api/v1/nav/emergency-uses/" + use + "/decision").with(user(nav))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"decision\":\"MAYBE\",\"decidedOn\":\"" + today() + "\"}"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/nav/emergency-uses/" + use + "/decision").with(user(nav))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"decision\":\"APPROVED\",\"decidedOn\":\"" + today() + "\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.decision").value("APPROVED"));
    }

    @Test
    void a_kindergarten_employee_cannot_see_the_ledger() throws Exception {
        mvc.perform(get("/nav/kronekort").with(as(accounts, "ansatt")))
                .andExpect(status().isForbidden())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(
                        "Dette er for ansatte i barneverntjenesten og NAV.")));
        mvc.perform(get("/nav/kronekort/" + card).with(as(accounts, "ansatt"))).andExpect(status().isForbidden());
        mvc.perform(get("/mine-frister").with(as(accounts, "ansatt")))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("/nav/kronekort"))));
        // An administrator of any unit, and child welfare of another unit, are refused as well.
        SignedInUser admin = fixtures.employeeOf(childWelfare.unitId(), "CHILD_WELFARE", "ADMINISTRATOR");
        assertThatThrownBy(() -> ledger.ledger(admin, card)).isInstanceOf(NavCooperation.Refused.class);
        SignedInUser otherChildWelfare = fixtures.employeeOfNewUnit("CHILD_WELFARE", "EMPLOYEE");
        assertThatThrownBy(() -> ledger.ledger(otherChildWelfare, card)).isInstanceOf(NavCooperation.Refused.class);
    }

    @Test
    void only_child_welfare_records_uses_and_only_nav_decides_and_tops_up() throws Exception {
        assertThatThrownBy(() -> recordUse(nav, card, form(today().toString(), "100", "K", "")))
                .isInstanceOf(NavCooperation.Refused.class);
        long use = recordUse(childWelfare, card, form(today().toString(), "100", "K-6", ""));
        assertThatThrownBy(() -> decide(childWelfare, use, new EmergencyDecisionForm("APPROVED", today().toString(), "")))
                .isInstanceOf(NavCooperation.Refused.class);
        assertThatThrownBy(() -> topUp(childWelfare, card, new TopUpForm(today().toString(), "100", "")))
                .isInstanceOf(NavCooperation.Refused.class);
        mvc.perform(post("/nav/kronekort/bruk/" + use + "/vedtak").with(user(childWelfare)).with(csrf())
                        .param("decision", "APPROVED").param("decidedOn", today().toString()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/nav/kronekort/" + card + "/bruk/ny").with(user(nav))).andExpect(status().isForbidden());
    }

    @Test
    void child_welfare_records_when_nav_was_told() {
        long use = recordUse(childWelfare, card, form(today().minusDays(2).toString(), "100", "K-7", ""));
        assertThat(fieldProblems(() -> recordInformed(childWelfare, use,
                new EmergencyInformedForm(today().minusDays(3).toString()))))
                .containsExactly(new FieldProblem("informedOn", "nav.use.navInformedOn.before-use"));
        recordInformed(childWelfare, use, new EmergencyInformedForm(today().minusDays(1).toString()));
        assertThat(ledger.use(nav, use).navInformedOn()).isEqualTo(today().minusDays(1));
    }

    @Test
    void the_ledger_page_makes_the_same_number_of_statements_for_one_use_and_for_many() throws Exception {
        recordUse(childWelfare, card, form(today().toString(), "10", "K-0", ""));
        int one = statementsFor("/nav/kronekort/" + card);
        for (int i = 1; i < 30; i++) {
            long use = recordUse(childWelfare, card, form(today().toString(), "10", "K-" + i, ""));
            if (i % 2 == 0) {
                decide(nav, use, new EmergencyDecisionForm("APPROVED", today().toString(), ""));
            }
            topUp(nav, card, new TopUpForm(today().toString(), "10", ""));
        }
        assertThat(statementsFor("/nav/kronekort/" + card)).isEqualTo(one);
    }

    private int statementsFor(String path) throws Exception {
        sql.reset();
        mvc.perform(get(path).with(user(nav))).andExpect(status().isOk());
        return sql.count();
    }

    private static EmergencyUseForm form(String usedOn, String amount, String receipt, String informedOn) {
        return new EmergencyUseForm(usedOn, "Sak 2026/" + UUID.randomUUID().toString().substring(0, 4), "Mat til familien",
                amount, receipt, informedOn);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneId.of("Europe/Oslo")));
    }

    // The pages' way in: a form as typed, read into its command, then the ledger.
    private long openCard(SignedInUser user, EmergencyCardForm form) {
        return ledger.openCard(user, form.toCommand());
    }

    private long recordUse(SignedInUser user, long card, EmergencyUseForm form) {
        return ledger.recordUse(user, card, form.toCommand(today(), ledger.limit()));
    }

    private void recordInformed(SignedInUser user, long use, EmergencyInformedForm form) {
        ledger.recordInformed(user, use, form.toCommand(today()));
    }

    private void decide(SignedInUser user, long use, EmergencyDecisionForm form) {
        ledger.decide(user, use, form.toCommand(today()));
    }

    private long topUp(SignedInUser user, long card, TopUpForm form) {
        return ledger.topUp(user, card, form.toCommand(today()));
    }
}
