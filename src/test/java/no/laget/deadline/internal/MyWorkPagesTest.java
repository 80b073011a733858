package no.laget.deadline.internal;

import java.time.LocalDate;
import java.util.UUID;

import no.laget.child.ChildForm;
import no.laget.child.Children;
import no.laget.deadline.internal.DeadlineTestPeople.Person;
import no.laget.mywork.DeadlineState;
import no.laget.platform.security.SignedInUser;
import no.laget.support.LagetTest;
import no.laget.support.MovableClock;
import no.laget.support.SqlStatementCounter;
import no.laget.support.TestChildren;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static no.laget.support.Accounts.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** "Mine saker og frister" and GET /api/v1/me/deadlines: whose rows, in which order, and children only through the door. */
@LagetTest
class MyWorkPagesTest {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired Deadlines deadlines;
    @Autowired Children children;
    @Autowired UserDetailsService accounts;
    @Autowired MovableClock clock;
    @Autowired SqlStatementCounter sql;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void my_own_and_my_units_open_deadlines_show_overdue_first_with_the_state_in_words() throws Exception {
        long unit = DeadlineTestPeople.unit(jdbc);
        Person me = DeadlineTestPeople.employee(jdbc, unit, "EMPLOYEE");
        Person colleague = DeadlineTestPeople.employee(jdbc, unit, "EMPLOYEE");
        LocalDate today = DeadlineState.today(clock);
        String tag = "/test/" + UUID.randomUUID();
        schedule("TEST_NO_LABEL", null, null, me.id(), today.plusDays(10), today.plusDays(5), tag + "/upcoming");
        schedule("CONSENT_EXPIRY", null, unit, null, today.minusDays(2), today.minusDays(32), tag + "/overdue");
        schedule("TEST_NO_LABEL", null, unit, me.id(), today, null, tag + "/due");
        schedule("TEST_NO_LABEL", null, null, me.id(), today.plusDays(3), today.minusDays(1), tag + "/warned");
        schedule("TEST_NO_LABEL", null, null, colleague.id(), today, null, tag + "/colleagues");
        schedule("TEST_NO_LABEL", null, unit, colleague.id(), today, null, tag + "/colleagues-in-unit");
        long done = schedule("TEST_NO_LABEL", null, null, me.id(), today, null, tag + "/done");
        deadlines.complete("test", done, "TEST_NO_LABEL");

        String page = mvc.perform(get("/mine-frister").with(as(accounts, me.username())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Mine saker og frister", "Samtykket utløper", ">Frist<",
                "Fristen er passert", "Frist i dag", "Nærmer seg", "Kommer", date(today.minusDays(2)));
        assertThat(page).doesNotContain(tag + "/colleagues", tag + "/done");
        int overdue = page.indexOf(tag + "/overdue");
        int due = page.indexOf(tag + "/due");
        int warned = page.indexOf(tag + "/warned");
        int upcoming = page.indexOf(tag + "/upcoming");
        assertThat(overdue).isPositive().isLessThan(due);
        assertThat(due).isLessThan(warned);
        assertThat(warned).isLessThan(upcoming);
    }

    @Test
    void a_child_i_may_see_is_named_and_logged_and_one_i_may_not_see_is_hidden() throws Exception {
        long unit = DeadlineTestPeople.unit(jdbc);
        Person me = DeadlineTestPeople.employee(jdbc, unit, "EMPLOYEE");
        String ourGiven = TestChildren.familyName();
        String ourFamily = TestChildren.familyName();
        long ours = children.register(user(me.username()),
                ChildForm.withoutNumber("NEWLY_ARRIVED", "Nylig flyttet hit", ourGiven, ourFamily, "2018-05-02", "", "2022-08-15", "Går hos oss")).servedChild();
        String otherFamily = TestChildren.familyName();
        long others = children.register(user("laerer"),
                ChildForm.withoutNumber("NEWLY_ARRIVED", "Nylig flyttet hit", "Kari", otherFamily, "2014-05-02", "", "2022-08-15", "Går hos oss")).servedChild();
        LocalDate today = DeadlineState.today(clock);
        schedule("TEST_CHILD", ours, null, me.id(), today.plusDays(1), null, "/test/ours");
        schedule("TEST_CHILD", others, null, me.id(), today.plusDays(2), null, "/test/others");

        String page = mvc.perform(get("/mine-frister").with(as(accounts, me.username())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains(ourGiven + " " + ourFamily, "(skjult)").doesNotContain(otherFamily);
        assertThat(jdbc.sql("""
                select child_id from access_log
                 where employee_id = ? and object_type = 'my_deadlines' and outcome = 'ALLOWED'""")
                .param(me.id()).query(Long.class).list()).containsExactly(ours);

        mvc.perform(get("/api/v1/me/deadlines").with(as(accounts, me.username())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.deadlines[0].childId").value(ours))
                .andExpect(jsonPath("$.deadlines[0].childName").value(ourGiven + " " + ourFamily))
                .andExpect(jsonPath("$.deadlines[0].childHidden").value(false))
                .andExpect(jsonPath("$.deadlines[0].kindLabel").value("Frist"))
                .andExpect(jsonPath("$.deadlines[0].state").value("UPCOMING"))
                .andExpect(jsonPath("$.deadlines[0].stateLabel").value("Kommer"))
                .andExpect(jsonPath("$.deadlines[0].dueOn").value(today.plusDays(1).toString()))
                .andExpect(jsonPath("$.deadlines[1].childId").value(nullValue()))
                .andExpect(jsonPath("$.deadlines[1].childName").value(nullValue()))
                .andExpect(jsonPath("$.deadlines[1].childHidden").value(true))
                .andExpect(jsonPath("$.deadlines[2]").doesNotExist())
                .andExpect(jsonPath("$.more").value(false));
    }

    @Test
    void the_page_and_the_api_make_as_many_statements_for_thirty_rows_as_for_one() throws Exception {
        long unit = DeadlineTestPeople.unit(jdbc);
        Person me = DeadlineTestPeople.employee(jdbc, unit, "EMPLOYEE");
        long ours = children.register(user(me.username()),
                ChildForm.withoutNumber("NEWLY_ARRIVED", "Nylig flyttet hit", "Kari", TestChildren.familyName(), "2018-05-02", "", "2022-08-15", "Går hos oss")).servedChild();
        long second = children.register(user(me.username()),
                ChildForm.withoutNumber("NEWLY_ARRIVED", "Nylig flyttet hit", "Ola", TestChildren.familyName(), "2017-05-02", "", "2022-08-15", "Går hos oss")).servedChild();
        long others = children.register(user("laerer"),
                ChildForm.withoutNumber("NEWLY_ARRIVED", "Nylig flyttet hit", "Kari", TestChildren.familyName(), "2014-05-02", "", "2022-08-15", "Går hos oss")).servedChild();
        LocalDate today = DeadlineState.today(clock);
        schedule("TEST_COUNT", ours, null, me.id(), today, null, "/test/count");
        int pageOne = statements("/mine-frister", me);
        int apiOne = statements("/api/v1/me/deadlines", me);

        for (int i = 1; i < 30; i++) {
            Long child = switch (i % 4) {
                case 0 -> ours;
                case 1 -> second;
                case 2 -> others;
                default -> null;
            };
            schedule("TEST_COUNT", child, i % 2 == 0 ? null : unit, i % 2 == 0 ? me.id() : null,
                    today.plusDays(i - 15), null, "/test/count");
        }
        assertThat(deadlines.mine(user(me.username()), 0).rows()).hasSize(30);

        assertThat(statements("/mine-frister", me)).isEqualTo(pageOne);
        assertThat(statements("/api/v1/me/deadlines", me)).isEqualTo(apiOne);
    }

    @Test
    void employees_start_on_the_page_and_find_it_in_the_menu_and_administrators_do_not() throws Exception {
        assertThat(mvc.perform(get("/").with(as(accounts, "ansatt"))).andReturn().getResponse().getRedirectedUrl())
                .isEqualTo("/mine-frister");
        assertThat(mvc.perform(get("/mine-frister").with(as(accounts, "ansatt"))).andReturn().getResponse()
                .getContentAsString()).contains("href=\"/mine-frister\"");
        assertThat(mvc.perform(get("/").with(as(accounts, "admin"))).andReturn().getResponse().getContentAsString())
                .doesNotContain("href=\"/mine-frister\"");
    }

    @Test
    void the_api_asks_for_a_login() throws Exception {
        mvc.perform(get("/api/v1/me/deadlines")).andExpect(status().isUnauthorized());
        mvc.perform(get("/mine-frister")).andExpect(status().is3xxRedirection());
    }

    @Test
    void a_user_without_deadlines_is_told_so() throws Exception {
        Person me = DeadlineTestPeople.employee(jdbc, DeadlineTestPeople.unit(jdbc), "EMPLOYEE");
        assertThat(mvc.perform(get("/mine-frister").with(as(accounts, me.username()))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString()).contains("Du har ingen åpne frister.");
    }

    private long schedule(String kind, Long childId, Long unitId, Long employeeId, LocalDate dueOn, LocalDate warnOn,
            String link) {
        long source = System.nanoTime();
        deadlines.schedule(new DeadlineRequest(kind, "test", source, childId, unitId, employeeId, dueOn, warnOn, link));
        return source;
    }

    private int statements(String path, Person person) throws Exception {
        sql.reset();
        mvc.perform(get(path).with(as(accounts, person.username()))).andExpect(status().isOk());
        return sql.count();
    }

    private SignedInUser user(String username) {
        return (SignedInUser) accounts.loadUserByUsername(username);
    }

    private static String date(LocalDate date) {
        return date.getDayOfMonth() + "." + date.getMonthValue() + "." + date.getYear();
    }
}
