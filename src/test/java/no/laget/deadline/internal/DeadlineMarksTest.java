package no.laget.deadline.internal;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import no.laget.deadline.internal.DeadlineTestPeople.Person;
import no.laget.mywork.DeadlineState;
import no.laget.platform.time.Oslo;
import no.laget.support.LagetTest;
import no.laget.support.MovableClock;
import no.laget.support.SqlStatementCounter;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static no.laget.support.Accounts.as;
import static no.laget.support.ProblemJson.problemJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Marking a deadline done or not relevant ("Ikke aktuell") on "Mine saker og frister" and in the API: who may, what
 * the legal clocks refuse, the reason's rules, the reminders that stop, the record of who and when, and "Angre".
 */
@LagetTest
class DeadlineMarksTest {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired Deadlines deadlines;
    @Autowired ReminderPlanner planner;
    @Autowired ReminderSender sender;
    @Autowired UserDetailsService accounts;
    @Autowired MovableClock clock;
    @Autowired SqlStatementCounter sql;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void marking_my_deadline_not_relevant_on_its_due_day_takes_it_off_my_list_stops_its_reminders_and_records_who_and_when()
            throws Exception {
        Person me = DeadlineTestPeople.employee(jdbc, DeadlineTestPeople.unit(jdbc), "EMPLOYEE");
        LocalDate today = DeadlineState.today(clock);
        // late on the due day, Oslo time: still DUE, and the mark is recorded at the clock's moment
        moveTo(today, 23, 30);
        long id = schedule(Markable.ANY, null, me.id(), today, today.minusDays(3), "/test/" + UUID.randomUUID());
        planner.plan();
        assertThat(mailStatus(id)).containsExactly("PENDING");
        String link = "/mine-frister/" + id + "/merk";
        assertThat(page(me)).contains("href=\"" + link + "\"");
        assertThat(mvc.perform(get(link).with(as(accounts, me.username()))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString()).contains("Merk fristen", "Ikke aktuell", "Utført",
                "Frist i dag");

        mvc.perform(post(link).with(as(accounts, me.username())).with(csrf())
                        .param("markAs", "NOT_RELEVANT").param("reason", "  Barnet har flyttet  "))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/mine-frister?merket=" + id));

        assertThat(page(me)).doesNotContain("href=\"" + link + "\"");
        var row = jdbc.sql("select done_at, marked_as, marked_by, mark_reason from deadline where id = ?").param(id)
                .query().singleRow();
        assertThat(row.get("marked_as")).isEqualTo("NOT_RELEVANT");
        assertThat(row.get("marked_by")).isEqualTo(me.id());
        assertThat(row.get("mark_reason")).isEqualTo("Barnet har flyttet");
        OffsetDateTime doneAt = jdbc.sql("select done_at from deadline where id = ?").param(id)
                .query(OffsetDateTime.class).single();
        assertThat(Duration.between(doneAt.toInstant(), clock.instant()).abs()).isLessThan(Duration.ofMinutes(1));
        assertThat(jdbc.sql("select action || ':' || employee_id from deadline_mark where deadline_id = ?").param(id)
                .query(String.class).list()).containsExactly("NOT_RELEVANT:" + me.id());
        assertThat(mailStatus(id)).containsExactly("CANCELLED");
        RemindersTest.RecordingSender smtp = new RemindersTest.RecordingSender(List.of());
        moveTo(today.plusDays(1), 9, 0);
        planner.plan();
        sender.sendWaiting(smtp);
        assertThat(smtp.to(me.email())).isEmpty();
        assertThat(mailStatus(id)).containsExactly("CANCELLED");
    }

    @Test
    void the_list_says_what_was_marked_and_angre_puts_it_back() throws Exception {
        Person me = DeadlineTestPeople.employee(jdbc, DeadlineTestPeople.unit(jdbc), "EMPLOYEE");
        LocalDate today = DeadlineState.today(clock);
        long id = schedule(Markable.ANY, null, me.id(), today.plusDays(4), null, "/test/" + UUID.randomUUID());
        mvc.perform(post("/mine-frister/" + id + "/merk").with(as(accounts, me.username())).with(csrf())
                .param("markAs", "DONE").param("reason", "")).andExpect(status().is3xxRedirection());

        String after = mvc.perform(get("/mine-frister").param("merket", String.valueOf(id))
                .with(as(accounts, me.username()))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(after).contains("er merket som utført", date(today.plusDays(4)), "/mine-frister/" + id + "/angre",
                "Angre");
        assertThat(mvc.perform(get("/mine-frister").param("merket", "abc").with(as(accounts, me.username())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString()).doesNotContain("Angre");

        mvc.perform(post("/mine-frister/" + id + "/angre").with(as(accounts, me.username())).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/mine-frister?angret"));

        assertThat(page(me)).contains("href=\"/mine-frister/" + id + "/merk\"");
        assertThat(jdbc.sql("select marked_as is null and done_at is null from deadline where id = ?").param(id)
                .query(Boolean.class).single()).isTrue();
        assertThat(jdbc.sql("select action from deadline_mark where deadline_id = ? order by id").param(id)
                .query(String.class).list()).containsExactly("DONE", "UNDONE");
        mvc.perform(post("/mine-frister/" + id + "/angre").with(as(accounts, me.username())).with(csrf()))
                .andExpect(status().isBadRequest());
    }

    @Test
    void the_api_marks_done_without_a_reason_and_undoes_it() throws Exception {
        Person me = DeadlineTestPeople.employee(jdbc, DeadlineTestPeople.unit(jdbc), "EMPLOYEE");
        long id = schedule(Markable.ANY, null, me.id(), DeadlineState.today(clock), null, "/test/api");

        api(me, id, "{\"markAs\":\"DONE\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(id))
                .andExpect(jsonPath("$.markedAs").value("DONE"))
                .andExpect(jsonPath("$.markedBy").value(me.id()))
                .andExpect(jsonPath("$.reason").doesNotExist());
        mvc.perform(get("/api/v1/me/deadlines").with(as(accounts, me.username())))
                .andExpect(jsonPath("$.deadlines[0]").doesNotExist());
        api(me, id, "{\"markAs\":\"NOT_RELEVANT\",\"reason\":\"Igjen\"}").andExpect(problemJson(status().isBadRequest()))
                .andExpect(jsonPath("$.errors[0].field").value("markAs"))
                .andExpect(jsonPath("$.errors[0].message").value("Fristen er allerede lukket"));

        mvc.perform(delete("/api/v1/me/deadlines/" + id + "/mark").with(as(accounts, me.username())).with(csrf()))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/me/deadlines").with(as(accounts, me.username())))
                .andExpect(jsonPath("$.deadlines[0].id").value(id))
                .andExpect(jsonPath("$.deadlines[0].marks[0]").value("DONE"))
                .andExpect(jsonPath("$.deadlines[0].marks[1]").value("NOT_RELEVANT"));
    }

    @Test
    void another_units_employee_and_a_colleague_are_refused_and_the_units_leader_may() throws Exception {
        long unit = DeadlineTestPeople.unit(jdbc);
        Person me = DeadlineTestPeople.employee(jdbc, unit, "EMPLOYEE");
        Person colleague = DeadlineTestPeople.employee(jdbc, unit, "EMPLOYEE");
        Person leader = DeadlineTestPeople.employee(jdbc, unit, "EMPLOYEE", "UNIT_LEADER");
        Person stranger = DeadlineTestPeople.employee(jdbc, DeadlineTestPeople.unit(jdbc), "EMPLOYEE", "UNIT_LEADER");
        Person administrator = DeadlineTestPeople.employee(jdbc, unit, "ADMINISTRATOR", "EMPLOYEE");
        LocalDate today = DeadlineState.today(clock);
        long mine = schedule(Markable.ANY, unit, me.id(), today, null, "/test/mine");
        long units = schedule(Markable.ANY, unit, null, today, null, "/test/units");

        for (Person refused : List.of(stranger, colleague, administrator)) {
            mvc.perform(get("/mine-frister/" + mine + "/merk").with(as(accounts, refused.username())))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/mine-frister/" + mine + "/merk").with(as(accounts, refused.username())).with(csrf())
                    .param("markAs", "DONE")).andExpect(status().isForbidden());
            api(refused, mine, "{\"markAs\":\"NOT_RELEVANT\",\"reason\":\"Ikke min\"}").andExpect(problemJson(status().isForbidden()))
                    .andExpect(jsonPath("$.reason").value("DEADLINE_REFUSED"));
        }
        api(stranger, units, "{\"markAs\":\"DONE\"}").andExpect(status().isForbidden());
        mvc.perform(get("/mine-frister/999999999/merk").with(as(accounts, me.username()))).andExpect(status().isNotFound());
        assertThat(open(mine)).isTrue();
        assertThat(open(units)).isTrue();

        api(leader, mine, "{\"markAs\":\"NOT_RELEVANT\",\"reason\":\"Saken er flyttet\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$.markedBy").value(leader.id()));
        api(colleague, units, "{\"markAs\":\"DONE\"}").andExpect(status().isOk());
        assertThat(open(mine)).isFalse();
        assertThat(open(units)).isFalse();
    }

    @Test
    void a_legal_clock_cannot_be_marked_by_anyone_and_a_done_only_duty_cannot_be_marked_not_relevant() throws Exception {
        long unit = DeadlineTestPeople.unit(jdbc);
        Person leader = DeadlineTestPeople.employee(jdbc, unit, "EMPLOYEE", "UNIT_LEADER");
        Person reporter = DeadlineTestPeople.employee(jdbc, unit, "EMPLOYEE");
        LocalDate today = DeadlineState.today(clock);
        long legal = schedule(Markable.NONE, unit, null, today, null, "/test/legal");
        long doneOnly = schedule(Markable.DONE_ONLY, unit, reporter.id(), today, null, "/test/done-only");

        api(leader, legal, "{\"markAs\":\"NOT_RELEVANT\",\"reason\":\"Ikke aktuell\"}").andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("satt i loven")));
        api(leader, legal, "{\"markAs\":\"DONE\"}").andExpect(status().isForbidden());
        mvc.perform(get("/mine-frister/" + legal + "/merk").with(as(accounts, leader.username())))
                .andExpect(status().isForbidden());
        mvc.perform(post("/mine-frister/" + legal + "/merk").with(as(accounts, leader.username())).with(csrf())
                .param("markAs", "NOT_RELEVANT").param("reason", "Ikke aktuell")).andExpect(status().isForbidden());
        String list = page(leader);
        assertThat(list).contains("/test/legal").doesNotContain("/mine-frister/" + legal + "/merk");
        mvc.perform(get("/api/v1/me/deadlines").with(as(accounts, leader.username())))
                .andExpect(jsonPath("$.deadlines[?(@.id == " + legal + ")].marks[0]").doesNotExist());
        assertThat(open(legal)).isTrue();

        api(reporter, doneOnly, "{\"markAs\":\"NOT_RELEVANT\",\"reason\":\"Ikke aktuell\"}").andExpect(status().isForbidden());
        assertThat(mvc.perform(get("/mine-frister/" + doneOnly + "/merk").with(as(accounts, reporter.username())))
                .andReturn().getResponse().getContentAsString()).contains("Utført").doesNotContain("Ikke aktuell");
        api(reporter, doneOnly, "{\"markAs\":\"DONE\",\"reason\":\"Ringte barnevernet\"}").andExpect(status().isOk());
    }

    @Test
    void the_child_welfare_legal_clocks_of_received_reports_are_refused_to_their_own_intake() throws Exception {
        List<Long> clocks = jdbc.sql("""
                select id from deadline
                 where source_type = 'report' and kind in ('REPORT_REVIEW', 'REPORT_CONFIRMATION',
                       'REPORT_OPENING_LETTER', 'REPORT_INVESTIGATION', 'REPORT_OUTCOME_LETTER')""")
                .query(Long.class).list();
        assertThat(clocks).as("the demo's received reports have legal clocks").isNotEmpty();
        assertThat(jdbc.sql("select distinct markable from deadline where id = any (?)")
                .param(clocks.toArray(Long[]::new)).query(String.class).list()).containsExactly("NONE");
        long clock = clocks.getFirst();

        mvc.perform(post("/api/v1/me/deadlines/" + clock + "/mark").with(as(accounts, "barnevern")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"markAs\":\"NOT_RELEVANT\",\"reason\":\"Nei\"}"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("satt i loven")));
    }

    @Test
    void a_missing_choice_a_missing_or_too_long_reason_and_a_nul_byte_are_told_next_to_the_field_keeping_the_text()
            throws Exception {
        Person me = DeadlineTestPeople.employee(jdbc, DeadlineTestPeople.unit(jdbc), "EMPLOYEE");
        long id = schedule(Markable.ANY, null, me.id(), DeadlineState.today(clock), null, "/test/bad");
        String link = "/mine-frister/" + id + "/merk";

        String none = form(me, link, null, "Noe tekst");
        assertThat(none).contains("<title>Feil: ", "Velg om fristen er utført eller ikke aktuell", "Noe tekst",
                "id=\"markAs-error\"");
        String noReason = form(me, link, "NOT_RELEVANT", "   ");
        assertThat(noReason).contains("Skriv en begrunnelse for hvorfor fristen ikke er aktuell", "id=\"reason-error\"",
                "aria-invalid=\"true\"");
        assertThat(noReason).containsPattern("value=\"NOT_RELEVANT\"[^>]*checked");
        String tooLong = "å".repeat(Deadlines.REASON_MAX + 1);
        assertThat(form(me, link, "DONE", tooLong)).contains("Begrunnelsen kan ha høyst 500 tegn", tooLong);
        String withNul = form(me, link, "NOT_RELEVANT", "Flyttet\u0000 til Sverige");
        assertThat(withNul).contains("Vi har fjernet dem", "Flyttet til Sverige").doesNotContain("\u0000");
        assertThat(open(id)).isTrue();

        api(me, id, "{\"markAs\":\"NOT_RELEVANT\"}").andExpect(problemJson(status().isBadRequest()))
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        api(me, id, "{\"markAs\":\"SOMETIMES\",\"reason\":\"x\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("markAs"));
        api(me, id, "{\"markAs\":\"DONE\",\"reason\":\"" + "x".repeat(501) + "\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        api(me, id, "{\"markAs\":\"DONE\",\"reason\":\"a\\u0000b\"}").andExpect(problemJson(status().isBadRequest()))
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        assertThat(open(id)).isTrue();

        api(me, id, "{\"markAs\":\"NOT_RELEVANT\",\"reason\":\"" + "x".repeat(Deadlines.REASON_MAX) + "\"}")
                .andExpect(status().isOk());
        assertThat(open(id)).isFalse();
    }

    @Test
    void the_list_makes_as_many_statements_with_thirty_markable_and_legal_rows_as_with_one() throws Exception {
        long unit = DeadlineTestPeople.unit(jdbc);
        Person me = DeadlineTestPeople.employee(jdbc, unit, "EMPLOYEE");
        LocalDate today = DeadlineState.today(clock);
        schedule(Markable.ANY, null, me.id(), today, null, "/test/count");
        int one = statements(me);
        for (int i = 1; i < 30; i++) {
            Markable markable = Markable.values()[i % 3];
            long id = schedule(markable, i % 2 == 0 ? unit : null, i % 2 == 0 ? null : me.id(),
                    today.plusDays(i - 15), null, "/test/count");
            if (i % 5 == 0 && markable != Markable.NONE) {
                deadlines.undo(user(me), markDone(me, id)); // marked and undone: back on the list
            }
        }
        assertThat(deadlines.mine(user(me), 0).rows()).hasSize(30);
        assertThat(statements(me)).isEqualTo(one);
    }

    // ---------------------------------------------------------------- helpers

    private long markDone(Person me, long id) {
        deadlines.mark(user(me), id, new MarkForm("DONE", ""));
        return id;
    }

    private int statements(Person me) throws Exception {
        sql.reset();
        mvc.perform(get("/mine-frister").with(as(accounts, me.username()))).andExpect(status().isOk());
        return sql.count();
    }

    private long schedule(Markable markable, Long unitId, Long employeeId, LocalDate dueOn, LocalDate warnOn, String link) {
        long source = System.nanoTime();
        deadlines.schedule(new DeadlineRequest("TEST_MARK", "test", source, null, unitId, employeeId, dueOn, warnOn, link)
                .withMarkable(markable));
        return jdbc.sql("select id from deadline where source_type = 'test' and source_id = ? and kind = 'TEST_MARK'")
                .param(source).query(Long.class).single();
    }

    private boolean open(long id) {
        return jdbc.sql("select done_at is null from deadline where id = ?").param(id).query(Boolean.class).single();
    }

    private List<String> mailStatus(long id) {
        return jdbc.sql("""
                select m.status from deadline_mail m join deadline_reminder r on r.id = m.reminder_id
                 where r.deadline_id = ? order by m.id""").param(id).query(String.class).list();
    }

    private String page(Person person) throws Exception {
        return mvc.perform(get("/mine-frister").with(as(accounts, person.username()))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    private String form(Person person, String link, String markAs, String reason) throws Exception {
        var request = post(link).with(as(accounts, person.username())).with(csrf()).param("reason", reason);
        if (markAs != null) {
            request = request.param("markAs", markAs);
        }
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private ResultActions api(Person person, long id, String body) throws Exception {
        return mvc.perform(post("/api/v1/me/deadlines/" + id + "/mark").with(as(accounts, person.username()))
                .with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private no.laget.platform.security.SignedInUser user(Person person) {
        return (no.laget.platform.security.SignedInUser) accounts.loadUserByUsername(person.username());
    }

    /** The hour and minute in Oslo on the day: whatever the time of the run, the date is the one meant. */
    private void moveTo(LocalDate day, int hour, int minute) {
        clock.set(day.atTime(hour, minute).atZone(Oslo.ZONE).toInstant());
    }

    private static String date(LocalDate date) {
        return date.getDayOfMonth() + "." + date.getMonthValue() + "." + date.getYear();
    }
}
