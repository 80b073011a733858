package no.laget.casework.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import no.laget.casework.Cases;
import no.laget.consent.Consents;
import no.laget.consent.internal.WithdrawalForm;
import no.laget.mywork.DeadlineState;
import no.laget.platform.security.SignedInUser;
import no.laget.support.ChildFixtures;
import no.laget.support.LagetTest;
import no.laget.support.MovableClock;
import no.laget.support.SqlStatementCounter;
import no.laget.support.TestChildren;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static no.laget.support.BestInterestNotesFixture.heard;
import static no.laget.support.Accounts.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * "Mine saker" and "Mine tiltak" on "Mine saker og frister": whose rows, in which order, the state in words, children
 * only through the door (RELAY_LOG), a constant number of statements, and consent expiry following the relay holder.
 */
@LagetTest
class MyWorkCaseworkTest {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired Cases cases;
    @Autowired RelayLog relayLog;
    @Autowired Participants participants;
    @Autowired Handovers handovers;
    @Autowired Concerns concerns;
    @Autowired Consents consents;
    @Autowired ChildFixtures fixtures;
    @Autowired UserDetailsService accounts;
    @Autowired MovableClock clock;
    @Autowired SqlStatementCounter sql;

    long unit;
    SignedInUser me;
    SignedInUser colleague;
    LocalDate today;

    @BeforeEach
    void arrange() {
        clock.reset();
        unit = unit();
        me = employee(unit);
        colleague = employee(unit);
        today = DeadlineState.today(clock);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void my_cases_hand_overs_offered_to_me_and_my_undecided_concerns_are_listed_with_links_overdue_first() throws Exception {
        Kid held = kid(me);
        long heldCase = open(me, held, me, "2");
        relayLog.addMeasure(me, heldCase, measure("Samtaler med barnet", "employee:" + colleague.employeeId(),
                today.minusDays(2)).toCommand());

        Kid offered = kid(colleague);
        long offeredCase = open(colleague, offered, colleague, "1");
        handovers.offer(colleague, offeredCase, new CaseForms.Handover(String.valueOf(me.employeeId()), "Ferie", heard()).toCommand());

        Kid wondered = kid(me);
        long concern = concerns.write(me, wondered.id(), new ConcernForm(today.toString(), "Sitter alene", null, null).toCommand());
        Kid decided = kid(me);
        long decidedConcern = concerns.write(me, decided.id(), new ConcernForm(today.toString(), "Gråter", null, null).toCommand());
        concerns.decide(me, decidedConcern, new DecisionForm("CLOSE", "Gikk over", "0").toCommand());
        Kid colleagues = kid(colleague);
        concerns.write(colleague, colleagues.id(), new ConcernForm(today.toString(), "Sliten", null, null).toCommand());
        long colleaguesCase = open(colleague, colleagues, colleague, "1");

        String page = page(me);
        String section = section(page, "Mine saker", "Mine tiltak");

        assertThat(section).contains("Sak på nivå 2", held.name(), "Du er stafettholder, og en evaluering har gått ut",
                date(today.minusDays(2)), "href=\"/cases/" + heldCase + "\"");
        assertThat(section).contains("Sak på nivå 1: stafettholderrollen", offered.name(), "Tilbudt deg",
                "href=\"/cases/" + offeredCase + "\"");
        assertThat(section).contains("Undringsnotat som venter på beslutning", wondered.name(), "Kommer",
                date(today.plusDays(concerns.decisionDays())), "href=\"/concerns/" + concern + "\"");
        assertThat(section).doesNotContain(decided.name(), colleagues.name(), "/cases/" + colleaguesCase);
        assertThat(section.indexOf(held.name())).as("the overdue case first").isLessThan(section.indexOf(wondered.name()));
        assertThat(section.indexOf(wondered.name())).as("a dated row before an undated one")
                .isLessThan(section.indexOf(offered.name()));

        assertThat(jdbc.sql("""
                select child_id from access_log where employee_id = ? and object_type = 'my_cases' and outcome = 'ALLOWED'
                   and category = 'RELAY_LOG'""")
                .param(me.employeeId()).query(Long.class).list())
                .containsExactlyInAnyOrder(held.id(), offered.id(), wondered.id());
    }

    @Test
    void measures_on_me_or_on_my_unit_are_listed_overdue_first_with_their_state_in_words() throws Exception {
        Kid kid = kid(me);
        long caseId = open(me, kid, me, "1");
        relayLog.addMeasure(me, caseId, measure("Tiltak på enheten", "unit:" + unit, today.plusDays(20)).toCommand());
        relayLog.addMeasure(me, caseId, measure("Tiltak som nærmer seg", "employee:" + me.employeeId(), today.plusDays(3)).toCommand());
        relayLog.addMeasure(me, caseId, measure("Tiltak som er forfalt", "employee:" + me.employeeId(), today.minusDays(1)).toCommand());
        relayLog.addMeasure(me, caseId, measure("Tiltak i dag", "employee:" + me.employeeId(), today).toCommand());
        relayLog.addMeasure(me, caseId, measure("Kollegaens tiltak", "employee:" + colleague.employeeId(), today).toCommand());
        long evaluated = relayLog.addMeasure(me, caseId, measure("Evaluert og avsluttet", "employee:" + me.employeeId(),
                today.plusDays(1)).toCommand());
        relayLog.evaluate(me, caseId, new CaseForms.Evaluation(String.valueOf(evaluated), "BETTER", "Bra", "Glad",
                today.toString(), "").toCommand());
        Kid closedKid = kid(me);
        long closed = open(me, closedKid, me, "1");
        relayLog.addMeasure(me, closed, measure("Tiltak i lukket sak", "employee:" + me.employeeId(), today).toCommand());
        cases.close(me, closed, new CaseForms.Close("GOAL_MET", "Målet er nådd", "0", heard()).toCommand());

        String section = section(page(me), "Mine tiltak", "<h2");

        assertThat(section).contains(kid.name(), "href=\"/cases/" + caseId + "\"", "Fristen er passert", "Frist i dag",
                "Nærmer seg", "Kommer");
        assertThat(section).doesNotContain("Kollegaens tiltak", "Evaluert og avsluttet", "Tiltak i lukket sak",
                closedKid.name());
        int overdue = section.indexOf("Tiltak som er forfalt");
        int due = section.indexOf("Tiltak i dag");
        int warned = section.indexOf("Tiltak som nærmer seg");
        int later = section.indexOf("Tiltak på enheten");
        assertThat(overdue).isPositive().isLessThan(due);
        assertThat(due).isLessThan(warned);
        assertThat(warned).isLessThan(later);

        // the colleague sees the unit's measure (it names no person) and their own, not mine
        String colleagues = section(page(colleague), "Mine tiltak", "<h2");
        assertThat(colleagues).contains("Tiltak på enheten", "Kollegaens tiltak").doesNotContain("Tiltak i dag");
    }

    @Test
    void a_case_in_which_i_have_no_role_does_not_show() throws Exception {
        SignedInUser stranger = employee(unit());
        Kid kid = kid(stranger);
        long caseId = open(stranger, kid, stranger, "1");
        relayLog.addMeasure(stranger, caseId, measure("Fremmed tiltak", "employee:" + stranger.employeeId(), today).toCommand());

        String page = page(me);
        assertThat(page).doesNotContain(kid.name(), "/cases/" + caseId, "Fremmed tiltak");
        assertThat(page).contains("Du er ikke stafettholder i noen åpen sak",
                "Du har ingen tiltak som venter på evaluering.");
    }

    @Test
    void a_case_whose_consent_was_withdrawn_does_not_show_its_child_or_its_measures() throws Exception {
        Kid kid = kid(me);
        long caseId = open(me, kid, me, "1");
        relayLog.addMeasure(me, caseId, measure("Tiltak under samtykket", "employee:" + me.employeeId(), today).toCommand());
        assertThat(page(me)).contains(kid.name(), "Tiltak under samtykket");

        consents.withdraw(me, kid.consentId(), new WithdrawalForm("ALL", List.of(), "Foresatt").toCommand());

        String page = page(me);
        assertThat(section(page, "Mine saker", "Mine tiltak")).doesNotContain(kid.name(), "/cases/" + caseId);
        assertThat(section(page, "Mine tiltak", "<h2")).doesNotContain(kid.name(), "Tiltak under samtykket");
    }

    @Test
    void administrators_get_empty_sections() throws Exception {
        String page = mvc.perform(get("/mine-frister").with(as(accounts, "admin"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Mine saker", "Mine tiltak", "Du har ingen tiltak som venter på evaluering.");
    }

    @Test
    void the_whole_page_makes_as_many_statements_for_twenty_cases_and_measures_as_for_one() throws Exception {
        add(1);
        sql.reset();
        String one = page(me);
        int withOne = sql.count();
        assertThat(one).contains("Sak på nivå 1");

        add(19);
        sql.reset();
        String twenty = page(me);
        int withTwenty = sql.count();

        assertThat(section(twenty, "Mine saker", "Mine tiltak").split("href=\"/cases/", -1)).hasSize(21);
        assertThat(section(twenty, "Mine tiltak", "<h2").split("href=\"/cases/", -1)).hasSize(21);
        assertThat(section(twenty, "Mine saker", "Mine tiltak").split("href=\"/concerns/", -1)).hasSize(21);
        assertThat(withTwenty).isEqualTo(withOne);
    }

    @Test
    void opening_a_case_moves_the_consents_expiry_to_the_relay_holder_and_a_hand_over_moves_it_on() {
        Kid kid = kid(me);
        assertThat(expiryHolder(kid.consentId())).isEqualTo(new Holder(unit, null));

        long caseId = open(me, kid, colleague, "1");
        assertThat(expiryHolder(kid.consentId())).isEqualTo(new Holder(unit, colleague.employeeId()));

        SignedInUser other = employee(unit());
        long otherConsent = fixtures.consent(me.getUsername(), kid.id(), other.unitId(), today, today.plusYears(1),
                "RELAY_LOG");
        assertThat(expiryHolder(otherConsent)).isEqualTo(new Holder(unit, null));
        participants.add(colleague, caseId, new CaseForms.Participant(String.valueOf(other.unitId()), "", "Hjelper").toCommand());
        assertThat(expiryHolder(otherConsent)).as("a unit admitted under another consent")
                .isEqualTo(new Holder(unit, colleague.employeeId()));

        handovers.offer(colleague, caseId, new CaseForms.Handover(String.valueOf(other.employeeId()), "", heard()).toCommand());
        assertThat(expiryHolder(kid.consentId())).as("an offer moves nothing").isEqualTo(new Holder(unit, colleague.employeeId()));
        handovers.accept(other, caseId);
        assertThat(expiryHolder(kid.consentId())).isEqualTo(new Holder(other.unitId(), other.employeeId()));
        assertThat(expiryHolder(otherConsent)).isEqualTo(new Holder(other.unitId(), other.employeeId()));
    }

    // ---------------------------------------------------------------- helpers

    record Kid(long id, String name, long consentId) {}

    record Holder(Long unitId, Long employeeId) {}

    private Holder expiryHolder(long consentId) {
        return jdbc.sql("""
                select unit_id, employee_id from deadline
                 where source_type = 'consent' and source_id = ? and kind = 'CONSENT_EXPIRY' and done_at is null""")
                .param(consentId)
                .query((rs, row) -> new Holder((Long) rs.getObject("unit_id"), (Long) rs.getObject("employee_id")))
                .single();
    }

    /** n more cases held by me, each with a measure on me and an undecided concern of mine. */
    private void add(int n) {
        for (int i = 0; i < n; i++) {
            Kid kid = kid(me);
            long caseId = open(me, kid, me, "1");
            relayLog.addMeasure(me, caseId, measure("Tiltak " + i, "employee:" + me.employeeId(), today.plusDays(i)).toCommand());
            concerns.write(me, kid.id(), new ConcernForm(today.toString(), "Undrer meg " + i, null, null).toCommand());
        }
    }

    /** A child of the user's unit with a consent covering the relay log for the unit, recorded by the user. */
    private Kid kid(SignedInUser user) {
        String family = TestChildren.familyName();
        long child = fixtures.childOf(user.getUsername(), family);
        long consent = fixtures.consent(user.getUsername(), child, user.unitId(), today.minusDays(1), today.plusYears(1),
                "RELAY_LOG");
        return new Kid(child, "Kari " + family, consent);
    }

    private long open(SignedInUser by, Kid kid, SignedInUser holder, String level) {
        return cases.open(by, kid.id(), new CaseForms.Open(level, String.valueOf(holder.employeeId()), "", "",
                no.laget.support.BestInterestNotesFixture.heard()).toCommand());
    }

    private CaseForms.Measure measure(String what, String responsible, LocalDate evaluateOn) {
        return new CaseForms.Measure(what, responsible, today.minusDays(30).toString(), evaluateOn.toString(), null);
    }

    private String page(SignedInUser user) throws Exception {
        return mvc.perform(get("/mine-frister").with(as(accounts, user.getUsername()))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    /** The page from the section's heading to the next marker after it. */
    private static String section(String page, String heading, String until) {
        int start = page.indexOf(">" + heading + "</h2>");
        assertThat(start).as("section " + heading).isPositive();
        int end = page.indexOf(until, start + heading.length() + 6);
        return end < 0 ? page.substring(start) : page.substring(start, end);
    }

    private static String date(LocalDate date) {
        return date.getDayOfMonth() + "." + date.getMonthValue() + "." + date.getYear();
    }

    private long unit() {
        return jdbc.sql("""
                insert into unit (municipality_id, name, type, active, created_at, updated_at)
                select municipality_id, ?, 'KINDERGARTEN', true, now(), now() from unit order by id limit 1
                returning id""")
                .param("Sakbarnehage " + UUID.randomUUID()).query(Long.class).single();
    }

    /** An employee of the unit; the password is unusable on purpose. */
    private SignedInUser employee(long unitId) {
        String username = "sak-" + UUID.randomUUID().toString().substring(0, 12);
        long id = jdbc.sql("""
                insert into employee (username, display_name, email, unit_id, password_hash, active, created_at, updated_at)
                values (?, 'Sak Testansatt', ?, ?, '{noop}not-for-login', true, now(), now()) returning id""")
                .params(username, username + "@laget.test", unitId).query(Long.class).single();
        jdbc.sql("insert into employee_role (employee_id, role) values (?, 'EMPLOYEE')").param(id).update();
        return (SignedInUser) accounts.loadUserByUsername(username);
    }
}
