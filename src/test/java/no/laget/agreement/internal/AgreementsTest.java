package no.laget.agreement.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import no.laget.platform.security.NavCooperation;
import no.laget.platform.security.SignedInUser;
import no.laget.platform.validation.FieldProblem;
import no.laget.support.UnitFixtures;
import no.laget.support.ChildFixtures;
import no.laget.support.LagetTest;
import no.laget.support.MovableClock;
import no.laget.support.SqlStatementCounter;

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
class AgreementsTest {

    @Autowired Agreements agreements;
    @Autowired ChildFixtures fixtures;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;
    @Autowired UserDetailsService accounts;
    @Autowired SqlStatementCounter sql;
    @Autowired MovableClock clock;

    private SignedInUser childWelfare;
    private SignedInUser nav;
    private LocalDate start;
    private long agreement;

    @BeforeEach
    void aFreshAgreement() {
        UnitFixtures units = new UnitFixtures(jdbc);
        childWelfare = units.employeeOfNewUnit("CHILD_WELFARE", "EMPLOYEE");
        nav = units.employeeOfNewUnit("NAV", "EMPLOYEE");
        start = today().minusMonths(2);
        agreement = create(childWelfare, form(List.of(childWelfare.unitId(), nav.unitId()), ""));
    }

    @Test
    void halden_child_welfare_and_nav_have_the_agreement_from_the_seed() throws Exception {
        var demo = agreements.list(fixtures.user("nav")).stream()
                .filter(a -> a.title().equals("Samarbeidsavtale barneverntjenesten og NAV")).findFirst().orElseThrow();
        assertThat(demo.parties()).containsExactly("Barneverntjenesten i Halden", "NAV Halden-Aremark");
        Agreement full = agreements.get(fixtures.user("barnevern"), demo.id());
        assertThat(full.cooperationMeetingsPerYear()).isEqualTo(2);
        assertThat(full.anonymousMeetingsPerYear()).isEqualTo(4);
        assertThat(full.routines()).anyMatch(r -> r.contains("Kronekort"));
        mvc.perform(get("/nav/avtaler/" + demo.id()).with(as(accounts, "barnevern"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Anonym drøfting")));
        // A kindergarten is no party: refused on the page and in the API; an administrator sees no agreements at all.
        mvc.perform(get("/nav/avtaler/" + demo.id()).with(as(accounts, "ansatt"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/nav/agreements/" + demo.id()).with(as(accounts, "ansatt")))
                .andExpect(problemJson(status().isForbidden()));
        mvc.perform(get("/nav/avtaler").with(as(accounts, "admin"))).andExpect(status().isForbidden());
    }

    @Test
    void each_party_unit_is_reminded_of_the_next_meetings_the_input_and_the_evaluation() {
        LocalDate evaluation = start.plusYears(1);
        assertThat(duty("nav_agreement_coop", nav.unitId())).isEqualTo(start.plusMonths(6));
        assertThat(duty("nav_agreement_anon", nav.unitId())).isEqualTo(start.plusMonths(3));
        assertThat(duty("nav_agreement_anon", childWelfare.unitId())).isEqualTo(start.plusMonths(3));
        assertThat(duty("nav_agreement_input", childWelfare.unitId())).isEqualTo(evaluation.minusDays(30));
        assertThat(duty("nav_agreement_eval", nav.unitId())).isEqualTo(evaluation);

        LocalDate held = today().minusDays(3);
        recordMeeting(nav, agreement, new MeetingForm("ANONYMOUS", held.toString(), "To saker drøftet anonymt."));

        assertThat(duty("nav_agreement_anon", childWelfare.unitId())).isEqualTo(held.plusMonths(3));
        assertThat(agreements.get(childWelfare, agreement).nextAnonymousMeeting()).isEqualTo(held.plusMonths(3));
        assertThat(agreements.get(childWelfare, agreement).heldInYearBefore(MeetingKind.ANONYMOUS, today())).isEqualTo(1);
    }

    @Test
    void a_duty_whose_next_day_falls_after_the_agreement_ends_is_closed() {
        LocalDate ends = start.plusMonths(4);
        long short_ = create(childWelfare, new AgreementForm("Kort avtale",
                List.of(String.valueOf(childWelfare.unitId()), String.valueOf(nav.unitId())), start.toString(),
                ends.toString(), "2", "4", "", ""));
        // cooperation every six months and the evaluation after a year fall after the end: no duty at all
        assertThat(openDuties("nav_agreement_coop", short_)).isZero();
        assertThat(openDuties("nav_agreement_eval", short_)).isZero();
        assertThat(openDuties("nav_agreement_anon", short_)).isEqualTo(2);

        // an anonymous meeting held now puts the next one three months on, after the end: the open duty is closed
        recordMeeting(nav, short_, new MeetingForm("ANONYMOUS", today().minusDays(1).toString(), "Drøftet anonymt."));
        assertThat(openDuties("nav_agreement_anon", short_)).isZero();
        assertThat(jdbc.sql("""
                select count(*) from deadline d join nav_agreement_party p on p.id = d.source_id
                 where d.source_type = 'nav_agreement_anon' and p.agreement_id = ? and d.done_at is not null""")
                .param(short_).query(Integer.class).single()).isEqualTo(2);
    }

    @Test
    void the_next_meeting_divides_the_year_by_the_meetings_promised() {
        LocalDate from = LocalDate.of(2026, 1, 31);
        assertThat(Agreements.nextMeeting(from, null, 2)).isEqualTo(LocalDate.of(2026, 7, 31));
        assertThat(Agreements.nextMeeting(from, null, 4)).isEqualTo(LocalDate.of(2026, 4, 30));
        assertThat(Agreements.nextMeeting(from, LocalDate.of(2026, 3, 1), 4)).isEqualTo(LocalDate.of(2026, 6, 1));
        assertThat(Agreements.nextMeeting(from, null, 5)).isEqualTo(from.plusDays(73));
        assertThat(Agreements.nextMeeting(from, null, 0)).isNull();
    }

    @Test
    void minutes_with_an_identity_number_are_refused() throws Exception {
        for (String minutes : new String[] {"Saken gjelder 01018012345.", "Nr 010180 12345 drøftet", "010180-12345"}) {
            assertThat(fieldProblems(() -> recordMeeting(nav, agreement,
                    new MeetingForm("COOPERATION", today().toString(), minutes))))
                    .containsExactly(new FieldProblem("minutes", "nav.meeting.minutes.identity-number"));
        }
        assertThat(fieldProblems(() -> recordMeeting(nav, agreement, new MeetingForm("", today().plusDays(1).toString(), ""))))
                .extracting(FieldProblem::field).containsExactly("kind", "heldOn", "minutes");
        // Phone numbers (8 digits) and case numbers pass.
        recordMeeting(nav, agreement, new MeetingForm("COOPERATION", today().toString(),
                "Ring 69 17 45 00 ved spørsmål. Sak 2026/12345 gjennomgått."));
        mvc.perform(post("/nav/avtaler/" + agreement + "/moter").with(user(childWelfare)).with(csrf())
                        .param("kind", "COOPERATION").param("heldOn", today().toString())
                        .param("minutes", "Drøftet 01018012345"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"minutes-error\">Referatet ser ut til å inneholde et fødselsnummer")))
                .andExpect(content().string(containsString("Drøftet 01018012345</textarea>")))
                .andExpect(content().string(containsString("Ikke skriv navn, fødselsnummer")));
    }

    @Test
    void the_staff_give_input_and_the_evaluation_shows_it_then_a_new_round_starts() throws Exception {
        giveInput(childWelfare, agreement, new InputForm("Lett å få tak i NAV."));
        giveInput(nav, agreement, new InputForm("Ønsker flere felles fagdager."));
        giveInput(nav, agreement, new InputForm("Ønsker flere felles fagdager og hospitering."));
        assertThat(fieldProblems(() -> giveInput(nav, agreement, new InputForm(" "))))
                .containsExactly(new FieldProblem("text", "nav.input.text.required"));

        Agreement before = agreements.get(nav, agreement);
        assertThat(before.inputs()).extracting(Agreement.Input::text)
                .containsExactly("Lett å få tak i NAV.", "Ønsker flere felles fagdager og hospitering.");
        assertThat(before.myInputGiven()).isTrue();
        mvc.perform(get("/nav/avtaler/" + agreement + "/evaluering").with(user(childWelfare))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Ønsker flere felles fagdager og hospitering.")));

        recordEvaluation(childWelfare, agreement, new EvaluationForm(today().toString(),
                "Avtalen fungerer. Flere felles fagdager neste år."));

        Agreement after = agreements.get(nav, agreement);
        assertThat(after.evaluationDueOn()).isEqualTo(today().plusYears(1));
        assertThat(after.inputs()).as("a new round").isEmpty();
        assertThat(after.evaluations()).extracting(Agreement.Evaluation::summary)
                .containsExactly("Avtalen fungerer. Flere felles fagdager neste år.");
        assertThat(duty("nav_agreement_eval", childWelfare.unitId())).isEqualTo(today().plusYears(1));
        assertThat(duty("nav_agreement_input", nav.unitId())).isEqualTo(today().plusYears(1).minusDays(30));
    }

    @Test
    void the_api_takes_typed_json_and_answers_a_number_sent_as_text_with_400_naming_the_field() throws Exception {
        String body = "{\"title\":\"API-avtale\",\"partyUnitIds\":[" + nav.unitId() + "," + childWelfare.unitId()
                + "],\"validFrom\":\"" + start + "\",\"cooperationMeetingsPerYear\":%s,"
                + "\"anonymousMeetingsPerYear\":4,\"routines\":[\"Felles møte\",\"Referat\"]}";
        mvc.perform(post("/api/v1/nav/agreements").with(user(nav)).contentType(MediaType.APPLICATION_JSON)
                        .content(body.formatted("\"6\"")))
                .andExpect(problemJson(status().isBadRequest()))
                .andExpect(jsonPath("$.errors[0].field").value("cooperationMeetingsPerYear"));
        mvc.perform(post("/api/v1/nav/agreements").with(user(nav)).contentType(MediaType.APPLICATION_JSON)
                        .content(body.formatted("53")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("cooperationMeetingsPerYear"));
        mvc.perform(post("/api/v1/nav/agreements").with(user(nav)).contentType(MediaType.APPLICATION_JSON)
                        .content(body.formatted("6")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.cooperationMeetingsPerYear").value(6))
                .andExpect(jsonPath("$.routines[1]").value("Referat"));
        mvc.perform(post("/api/v1/nav/agreements/" + agreement + "/meetings").with(user(nav))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"ANONYMOUS\",\"heldOn\":\"" + today() + "\",\"minutes\":\"To saker.\"}"))
                .andExpect(status().isCreated());
        mvc.perform(post("/api/v1/nav/agreements/" + agreement + "/evaluations").with(user(nav))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"summary\":\"Bra.\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("evaluatedOn"));
    }

    @Test
    void a_new_agreement_needs_two_parties_with_the_users_own_unit() {
        SignedInUser other = new UnitFixtures(jdbc).employeeOfNewUnit("SCHOOL", "EMPLOYEE");
        assertThat(fieldProblems(() -> create(childWelfare, form(List.of(childWelfare.unitId()), ""))))
                .containsExactly(new FieldProblem("partyUnitIds", "nav.agreement.partyUnitIds.two"));
        assertThat(fieldProblems(() -> create(childWelfare, form(List.of(other.unitId(), nav.unitId()), ""))))
                .containsExactly(new FieldProblem("partyUnitIds", "nav.agreement.partyUnitIds.own-unit"));
        assertThat(fieldProblems(() -> create(childWelfare,
                new AgreementForm("", List.of(), "", "", "to", "-1", "", ""))))
                .extracting(FieldProblem::field)
                .containsExactly("title", "partyUnitIds", "validFrom", "cooperationMeetingsPerYear",
                        "anonymousMeetingsPerYear");
        assertThatThrownBy(() -> agreements.get(other, agreement)).isInstanceOf(NavCooperation.Refused.class);
    }

    @Test
    void the_agreement_page_and_list_make_the_same_number_of_statements_for_one_row_and_many() throws Exception {
        recordMeeting(nav, agreement, new MeetingForm("COOPERATION", today().toString(), "Møte 0"));
        giveInput(nav, agreement, new InputForm("Innspill 0"));
        int page = statementsFor("/nav/avtaler/" + agreement);
        int list = statementsFor("/nav/avtaler");
        UnitFixtures units = new UnitFixtures(jdbc);
        for (int i = 1; i < 15; i++) {
            recordMeeting(nav, agreement, new MeetingForm(i % 2 == 0 ? "COOPERATION" : "ANONYMOUS",
                    today().minusDays(i).toString(), "Møte " + i));
            giveInput(units.employeeOf(nav.unitId(), "NAV", "EMPLOYEE"), agreement, new InputForm("Innspill " + i));
            create(nav, form(List.of(nav.unitId(), childWelfare.unitId()), "Rutine " + i));
        }
        assertThat(statementsFor("/nav/avtaler/" + agreement)).isEqualTo(page);
        assertThat(statementsFor("/nav/avtaler")).isEqualTo(list);
        mvc.perform(get("/api/v1/nav/agreements/" + agreement).with(user(nav))).andExpect(status().isOk())
                .andExpect(jsonPath("$.inputs.length()").value(15));
    }

    private int statementsFor(String path) throws Exception {
        sql.reset();
        mvc.perform(get(path).with(user(nav))).andExpect(status().isOk());
        return sql.count();
    }

    private int openDuties(String source, long agreement) {
        return jdbc.sql("""
                select count(*) from deadline d join nav_agreement_party p on p.id = d.source_id
                 where d.source_type = ? and p.agreement_id = ? and d.done_at is null""")
                .params(source, agreement).query(Integer.class).single();
    }

    private LocalDate duty(String source, long unit) {
        return jdbc.sql("""
                select d.due_on from deadline d join nav_agreement_party p on p.id = d.source_id
                 where d.source_type = ? and p.agreement_id = ? and p.unit_id = ? and d.done_at is null""")
                .params(source, agreement, unit).query(LocalDate.class).single();
    }

    private AgreementForm form(List<Long> parties, String routines) {
        return new AgreementForm("Testavtale", parties.stream().map(String::valueOf).toList(), start.toString(), "",
                "2", "4", routines, "");
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneId.of("Europe/Oslo")));
    }

    // The pages' way in: a form as typed, read into its command, then the service.
    private long create(SignedInUser user, AgreementForm form) {
        return agreements.create(user, form.toCommand(user.unitId()));
    }

    private long recordMeeting(SignedInUser user, long agreement, MeetingForm form) {
        return agreements.recordMeeting(user, agreement, form.toCommand(agreements.today()));
    }

    private void giveInput(SignedInUser user, long agreement, InputForm form) {
        agreements.giveInput(user, agreement, form.toCommand());
    }

    private void recordEvaluation(SignedInUser user, long agreement, EvaluationForm form) {
        agreements.recordEvaluation(user, agreement, form.toCommand(agreements.today()));
    }
}
