package no.laget.transition.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import no.laget.platform.security.NavCooperation;
import no.laget.access.AccessRefusedException;
import no.laget.access.Reason;
import no.laget.child.ChildForm;
import no.laget.child.Children;
import no.laget.consent.internal.ConsentForm;
import no.laget.consent.Consents;
import no.laget.consent.internal.WithdrawalForm;
import no.laget.platform.security.SignedInUser;
import no.laget.platform.validation.FieldProblem;
import no.laget.support.UnitFixtures;
import no.laget.support.ChildFixtures;
import no.laget.support.LagetTest;
import no.laget.support.MovableClock;
import no.laget.support.SqlStatementCounter;
import no.laget.support.TestChildren;

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
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@LagetTest
class TransitionsToAdulthoodTest {

    @Autowired TransitionsToAdulthood transitions;
    @Autowired Children children;
    @Autowired Consents consents;
    @Autowired ChildFixtures fixtures;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;
    @Autowired UserDetailsService accounts;
    @Autowired SqlStatementCounter sql;
    @Autowired MovableClock clock;

    private SignedInUser childWelfare;
    private SignedInUser nav;
    private long child;
    private LocalDate born;

    @BeforeEach
    void aYoungPersonWithMeasures() {
        childWelfare = fixtures.user("barnevern");
        nav = fixtures.user("nav");
        born = today().minusYears(17).minusMonths(2);
        child = register(childWelfare, born);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void a_measure_schedules_the_reminder_six_months_before_the_18th_birthday_on_the_child_welfare_unit() {
        recordMeasure(childWelfare, child, new ChildWelfareMeasureForm("Fosterhjem", "2020-01-01", ""));

        var deadline = jdbc.sql("select kind, unit_id, child_id, due_on, done_at, link from deadline "
                + "where source_type = 'nav_transition_child' and source_id = ?").param(child).query().singleRow();
        assertThat(deadline.get("kind")).isEqualTo("TRANSITION_START");
        assertThat(deadline.get("unit_id")).isEqualTo(childWelfare.unitId());
        assertThat(deadline.get("due_on").toString())
                .isEqualTo(TransitionDates.birthday(born, 18).minusMonths(6).toString());
        assertThat(deadline.get("link")).isEqualTo("/nav/overgang/barn/" + child);
    }

    @Test
    void a_measure_that_ends_before_the_reminder_or_a_person_over_18_gets_no_reminder() {
        recordMeasure(childWelfare, child, new ChildWelfareMeasureForm("Besøkshjem", "2020-01-01",
                TransitionDates.transitionReminder(born, 6).minusDays(1).toString()));
        long adult = register(childWelfare, today().minusYears(19));
        recordMeasure(childWelfare, adult, new ChildWelfareMeasureForm("Ettervern", "2020-01-01", ""));
        assertThat(jdbc.sql("select count(*) from deadline where source_type = 'nav_transition_child' and source_id in (?, ?)")
                .params(child, adult).query(Integer.class).single()).isZero();
    }

    @Test
    void the_transition_needs_the_young_persons_live_written_consent() {
        recordMeasure(childWelfare, child, new ChildWelfareMeasureForm("Fosterhjem", "2020-01-01", ""));
        assertThat(fieldProblems(() -> start(childWelfare, child, new TransitionStartForm(navUnit()))))
                .containsExactly(new FieldProblem("navUnitId", "nav.transition.consent.missing"));
        // Oral consent, or consent for another category, is not enough.
        consent("ORAL", "CHILD_WELFARE");
        consent("WRITTEN", "BASIC");
        assertThat(fieldProblems(() -> start(childWelfare, child, new TransitionStartForm(navUnit()))))
                .containsExactly(new FieldProblem("navUnitId", "nav.transition.consent.missing"));

        consent("WRITTEN", "CHILD_WELFARE");
        long id = start(childWelfare, child, new TransitionStartForm(navUnit()));

        assertThat(transitions.plan(childWelfare, id).navUnitId()).isEqualTo(nav.unitId());
        assertThat(jdbc.sql("select done_at from deadline where source_type = 'nav_transition_child' and source_id = ?")
                .param(child).query().singleValue()).as("the reminder is done").isNotNull();
        assertThat(fieldProblems(() -> start(childWelfare, child, new TransitionStartForm(navUnit()))))
                .containsExactly(new FieldProblem("navUnitId", "nav.transition.already-started"));
    }

    @Test
    void the_api_takes_typed_json_and_answers_a_number_sent_as_text_with_400_naming_the_field() throws Exception {
        mvc.perform(post("/api/v1/nav/children/" + child + "/child-welfare-measures").with(user(childWelfare))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"description\":\"Fosterhjem\",\"startsOn\":\"2020-01-01\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$[0].description").value("Fosterhjem"));
        consent("WRITTEN", "CHILD_WELFARE");
        mvc.perform(post("/api/v1/nav/children/" + child + "/transition").with(user(childWelfare))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"navUnitId\":\"" + nav.unitId() + "\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("navUnitId"));
        mvc.perform(post("/api/v1/nav/children/" + child + "/transition").with(user(childWelfare))
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("navUnitId"));
        long id = com.jayway.jsonpath.JsonPath.parse(mvc.perform(post("/api/v1/nav/children/" + child + "/transition")
                        .with(user(childWelfare)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"navUnitId\":" + nav.unitId() + "}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).read("$.id", Long.class);
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put("/api/v1/nav/transitions/" + id + "/plan")
                        .with(user(childWelfare)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"meetingOn\":\"" + today() + "\",\"participants\":\"Ungdommen\",\"goals\":\"Bolig\","
                                + "\"individualPlanDue\":\"true\",\"individualPlanReason\":\"Behov\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("individualPlanDue"));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put("/api/v1/nav/transitions/" + id + "/plan")
                        .with(user(childWelfare)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"meetingOn\":\"" + today() + "\",\"participants\":\"Ungdommen\",\"goals\":\"Bolig\","
                                + "\"individualPlanDue\":true,\"individualPlanReason\":\"Behov\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.individualPlanDue").value(true));
        mvc.perform(post("/api/v1/nav/transitions/" + id + "/measures").with(user(childWelfare))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"description\":\"Bolig\",\"responsible\":\"NAV\",\"timeLimit\":\""
                                + today().plusMonths(2) + "\",\"evaluationOn\":\"" + today().plusMonths(3) + "\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("evaluationOn"));
    }

    @Test
    void a_transition_without_measures_is_refused() {
        consent("WRITTEN", "CHILD_WELFARE");
        assertThat(fieldProblems(() -> start(childWelfare, child, new TransitionStartForm(navUnit()))))
                .containsExactly(new FieldProblem("navUnitId", "nav.transition.no-measures"));
    }

    @Test
    void nav_sees_the_plan_only_while_the_consent_holds() throws Exception {
        long id = started();
        assertThat(transitions.plan(nav, id).childId()).isEqualTo(child);
        mvc.perform(get("/nav/overgang/" + id).with(user(nav))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Overgangsplan for")));
        mvc.perform(get("/nav/overgang").with(user(nav))).andExpect(status().isOk())
                .andExpect(content().string(containsString("data-child=\"" + child + "\"")));

        long consent = consents.forChild(childWelfare, child).stream()
                .filter(c -> c.grants().stream().anyMatch(g -> g.category().name().equals("CHILD_WELFARE")))
                .findFirst().orElseThrow().id();
        consents.withdraw(childWelfare, consent, new WithdrawalForm("ALL", List.of(), "Ungdommen selv").toCommand());

        assertThatThrownBy(() -> transitions.plan(nav, id)).isInstanceOf(AccessRefusedException.class)
                .extracting(e -> ((AccessRefusedException) e).reason()).isEqualTo(Reason.CONSENT_WITHDRAWN);
        mvc.perform(get("/nav/overgang/" + id).with(user(nav))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/nav/transitions/" + id).with(user(nav))).andExpect(problemJson(status().isForbidden()))
                .andExpect(jsonPath("$.reason").value("CONSENT_WITHDRAWN"));
        mvc.perform(get("/nav/overgang").with(user(nav))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("data-child=\"" + child + "\""))));
        // NAV never writes the plan, and a kindergarten sees nothing of this.
        assertThatThrownBy(() -> savePlan(nav, id, plan(""))).isInstanceOf(NavCooperation.Refused.class);
        mvc.perform(get("/nav/overgang").with(as(accounts, "ansatt"))).andExpect(status().isForbidden());
        mvc.perform(get("/nav/overgang/" + id).with(as(accounts, "ansatt"))).andExpect(status().isForbidden());
    }

    @Test
    void the_plan_refuses_follow_up_after_the_25th_birthday_and_shows_the_time_left() throws Exception {
        long id = started();
        LocalDate limit = TransitionDates.aftercareLimit(born);
        assertThat(fieldProblems(() -> savePlan(childWelfare, id, plan(limit.plusDays(1).toString()))))
                .containsExactly(new FieldProblem("followUpUntil", "nav.plan.followUpUntil.after-25"));
        assertThat(fieldProblems(() -> savePlan(childWelfare, id,
                new TransitionPlanForm("", "", "", "kanskje", "", ""))))
                .extracting(FieldProblem::field)
                .containsExactly("meetingOn", "participants", "goals", "individualPlanDue", "individualPlanReason");

        savePlan(childWelfare, id, plan(limit.toString()));

        Transition plan = transitions.plan(nav, id);
        assertThat(plan.followUpUntil()).isEqualTo(limit);
        assertThat(plan.individualPlanDue()).isTrue();
        assertThat(plan.remainingAftercare()).isEqualTo(java.time.Period.between(today(), limit));
        mvc.perform(get("/nav/overgang/" + id).with(user(childWelfare))).andExpect(status().isOk())
                .andExpect(content().string(containsString("igjen: " + plan.remainingAftercare().getYears() + " år")));
    }

    @Test
    void each_plan_measure_has_a_responsible_and_its_evaluation_is_a_deadline() throws Exception {
        long id = started();
        LocalDate limit = TransitionDates.aftercareLimit(born);
        assertThat(fieldProblems(() -> addMeasure(childWelfare, id, new TransitionMeasureForm("Bolig", " ",
                today().plusMonths(6).toString(), today().plusMonths(3).toString()))))
                .containsExactly(new FieldProblem("responsible", "nav.tmeasure.responsible.required"));
        assertThat(fieldProblems(() -> addMeasure(childWelfare, id, new TransitionMeasureForm("Bolig", "NAV",
                limit.plusDays(1).toString(), today().plusMonths(3).toString()))))
                .containsExactly(new FieldProblem("timeLimit", "nav.tmeasure.timeLimit.after-25"));
        assertThat(fieldProblems(() -> addMeasure(childWelfare, id, new TransitionMeasureForm("Bolig", "NAV",
                today().plusMonths(3).toString(), today().plusMonths(4).toString()))))
                .containsExactly(new FieldProblem("evaluationOn", "nav.tmeasure.evaluationOn.after-limit"));

        long measure = addMeasure(childWelfare, id, new TransitionMeasureForm("Hjelp til å finne bolig",
                "Veileder i NAV", limit.toString(), today().plusMonths(3).toString()));

        var deadline = jdbc.sql("select kind, unit_id, due_on, link from deadline where source_type = "
                + "'nav_transition_measure' and source_id = ?").param(measure).query().singleRow();
        assertThat(deadline.get("kind")).isEqualTo("TRANSITION_EVALUATION");
        assertThat(deadline.get("unit_id")).isEqualTo(childWelfare.unitId());
        assertThat(deadline.get("due_on").toString()).isEqualTo(today().plusMonths(3).toString());
        assertThat(transitions.plan(nav, id).measures()).extracting(TransitionMeasure::responsible)
                .containsExactly("Veileder i NAV");
        mvc.perform(post("/nav/overgang/" + id + "/tiltak").with(user(childWelfare)).with(csrf())
                        .param("description", "Arbeidstrening").param("responsible", "")
                        .param("timeLimit", today().plusMonths(6).toString())
                        .param("evaluationOn", today().plusMonths(2).toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        "id=\"responsible-error\">Skriv hvem som er ansvarlig for tiltaket")))
                .andExpect(content().string(containsString("Arbeidstrening</textarea>")));
    }

    @Test
    void the_child_welfare_list_makes_the_same_number_of_statements_for_one_young_person_and_for_many() throws Exception {
        var fresh = new UnitFixtures(jdbc).employeeOfNewUnit("CHILD_WELFARE", "EMPLOYEE");
        long first = register(fresh, born);
        recordMeasure(fresh, first, new ChildWelfareMeasureForm("Fosterhjem", "2020-01-01", ""));
        int one = statementsFor(fresh);
        for (int i = 0; i < 12; i++) {
            long next = register(fresh, born.minusDays(i));
            recordMeasure(fresh, next, new ChildWelfareMeasureForm("Fosterhjem", "2020-01-01", ""));
        }
        assertThat(statementsFor(fresh)).isEqualTo(one);
        assertThat(transitions.list(fresh)).hasSize(13);
    }

    private int statementsFor(SignedInUser user) throws Exception {
        sql.reset();
        mvc.perform(get("/nav/overgang").with(user(user))).andExpect(status().isOk());
        return sql.count();
    }

    private long started() {
        recordMeasure(childWelfare, child, new ChildWelfareMeasureForm("Fosterhjem", "2020-01-01", ""));
        consent("WRITTEN", "CHILD_WELFARE");
        return start(childWelfare, child, new TransitionStartForm(navUnit()));
    }

    private TransitionPlanForm plan(String followUpUntil) {
        return new TransitionPlanForm(today().toString(), "Ungdommen, fosterforelder, veileder i NAV",
                "Egen bolig\nFullføre videregående", "true", "Sammensatte behov; barneverntjenesten starter arbeidet",
                followUpUntil);
    }

    private void consent(String form, String category) {
        consents.record(childWelfare, child, new ConsentForm("YOUNG_PERSON", List.of(), form, "",
                "Overgang fra barnevern til NAV", List.of(category), List.of(navUnit()), List.of(),
                today().toString(), today().plusYears(1).toString(), null).toCommand());
    }

    private long register(SignedInUser user, LocalDate birthDate) {
        return children.register(user, ChildForm.withoutNumber("NEWLY_ARRIVED", "Nylig flyttet hit", "Ola", TestChildren.familyName(), birthDate.toString(), "", "2020-01-01", "Går hos oss")).servedChild();
    }

    private String navUnit() {
        return String.valueOf(nav.unitId());
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneId.of("Europe/Oslo")));
    }

    // The pages' way in: a form as typed, read into its command, then the service.
    private long recordMeasure(SignedInUser user, long child, ChildWelfareMeasureForm form) {
        return transitions.recordMeasure(user, child, form.toCommand());
    }

    private long start(SignedInUser user, long child, TransitionStartForm form) {
        return transitions.start(user, child, form.toCommand());
    }

    private void savePlan(SignedInUser user, long transition, TransitionPlanForm form) {
        transitions.savePlan(user, transition, form.toCommand());
    }

    private long addMeasure(SignedInUser user, long transition, TransitionMeasureForm form) {
        return transitions.addMeasure(user, transition, form.toCommand(transitions.today()));
    }
}
