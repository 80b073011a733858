package no.laget.deadline.internal;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import no.laget.consent.Consent;
import no.laget.consent.internal.ConsentForm;
import no.laget.consent.Consents;
import no.laget.consent.internal.WithdrawalForm;
import no.laget.deadline.internal.DeadlineTestPeople.Person;
import no.laget.mywork.DeadlineState;
import no.laget.organisation.Organisation;
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

import static org.assertj.core.api.Assertions.assertThat;

/** docs/domain.md rule 15: the unit that recorded a consent is warned 30 days before it ends, and on the day. */
@LagetTest
class ConsentExpiryTest {

    @Autowired Consents consents;
    @Autowired Deadlines deadlines;
    @Autowired ReminderPlanner planner;
    @Autowired ChildFixtures fixtures;
    @Autowired Organisation organisation;
    @Autowired JdbcClient jdbc;
    @Autowired MovableClock clock;

    Person leader;
    Person recorder;
    long child;
    long nurseUnit;
    LocalDate today;

    @BeforeEach
    void arrange() {
        clock.reset();
        long unit = DeadlineTestPeople.unit(jdbc);
        leader = DeadlineTestPeople.employee(jdbc, unit, "EMPLOYEE", "UNIT_LEADER");
        recorder = DeadlineTestPeople.employee(jdbc, unit, "EMPLOYEE");
        child = fixtures.childOf(recorder.username(), TestChildren.familyName());
        nurseUnit = fixtures.user("helsesykepleier").unitId();
        today = DeadlineState.today(clock);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void recording_a_consent_schedules_its_expiry_on_the_recording_unit_warned_thirty_days_ahead() {
        LocalDate to = today.plusDays(40);
        long consent = fixtures.consent(recorder.username(), child, nurseUnit, today, to, "BASIC", "HEALTH");

        var row = jdbc.sql("""
                select kind, child_id, unit_id, employee_id, due_on, warn_on, link, done_at from deadline
                 where source_type = 'consent' and source_id = ?""").param(consent).query().singleRow();
        assertThat(row.get("kind")).isEqualTo("CONSENT_EXPIRY");
        assertThat(row.get("child_id")).isEqualTo(child);
        assertThat(row.get("unit_id")).isEqualTo(recorder.unitId());
        assertThat(row.get("employee_id")).isNull();
        assertThat(row.get("due_on").toString()).isEqualTo(to.toString());
        assertThat(row.get("warn_on").toString()).isEqualTo(to.minusDays(30).toString());
        assertThat(row.get("link")).isEqualTo("/children/" + child + "/consents");
        assertThat(row.get("done_at")).isNull();

        MyDeadline shown = mine(recorder).stream().filter(d -> d.link().equals("/children/" + child + "/consents"))
                .findFirst().orElseThrow();
        assertThat(shown.state()).isEqualTo(DeadlineState.UPCOMING);
        assertThat(shown.childName()).isNotNull();
    }

    @Test
    void the_leader_is_reminded_thirty_days_ahead_and_on_the_day_not_the_day_before_the_warning() {
        LocalDate to = today.plusDays(40);
        long consent = fixtures.consent(recorder.username(), child, nurseUnit, today, to, "BASIC");

        moveTo(to.minusDays(31));
        planner.plan();
        assertThat(reminders(consent)).isEmpty();
        assertThat(stateFor(recorder)).isEqualTo(DeadlineState.UPCOMING);

        moveTo(to.minusDays(30));
        planner.plan();
        assertThat(reminders(consent)).containsExactly("WARNED");
        assertThat(stateFor(recorder)).isEqualTo(DeadlineState.WARNED);

        moveTo(to.minusDays(1));
        planner.plan();
        assertThat(reminders(consent)).containsExactly("WARNED");

        moveTo(to);
        planner.plan();
        assertThat(reminders(consent)).containsExactly("WARNED", "DUE");
        assertThat(stateFor(recorder)).isEqualTo(DeadlineState.DUE);
        assertThat(jdbc.sql("""
                select count(*) from deadline_mail m join deadline_reminder r on r.id = m.reminder_id
                  join deadline d on d.id = r.deadline_id
                 where d.source_type = 'consent' and d.source_id = ? and m.employee_id = ?""")
                .params(consent, leader.id()).query(Integer.class).single()).isEqualTo(2);

        moveTo(to.plusDays(1));
        assertThat(stateFor(recorder)).isEqualTo(DeadlineState.OVERDUE);
    }

    @Test
    void withdrawing_all_of_a_consent_completes_its_expiry() {
        long consent = fixtures.consent(recorder.username(), child, nurseUnit, today, today.plusDays(100), "BASIC");

        consents.withdraw(user(recorder), consent, new WithdrawalForm("ALL", List.of(), "Foresatt").toCommand());

        assertThat(open(consent)).isFalse();
        assertThat(mine(recorder)).noneMatch(d -> d.link().equals("/children/" + child + "/consents"));
    }

    @Test
    void withdrawing_some_grants_keeps_the_expiry_until_the_last_grant_is_withdrawn() {
        long consent = fixtures.consent(recorder.username(), child, nurseUnit, today, today.plusDays(100),
                "BASIC", "HEALTH");
        List<Long> grants = consents.get(user(recorder), consent).grants().stream().map(g -> g.id()).toList();

        consents.withdraw(user(recorder), consent, new WithdrawalForm("SOME", List.of(String.valueOf(grants.get(0))), "Mor").toCommand());
        assertThat(open(consent)).isTrue();

        Consent after = consents.withdraw(user(recorder), consent,
                new WithdrawalForm("SOME", List.of(String.valueOf(grants.get(1))), "Mor").toCommand());
        assertThat(after.statusOn(today)).isEqualTo(Consent.Status.WITHDRAWN);
        assertThat(open(consent)).isFalse();
    }

    @Test
    void a_refusal_has_no_expiry_to_follow_up() {
        SignedInUser user = user(recorder);
        String guardian = String.valueOf(fixtures.guardianOf(recorder.username(), child));
        long refusal = consents.record(user, child, new ConsentForm("GUARDIANS", List.of(guardian), "WRITTEN", "",
                "Samarbeid om skolestart", List.of("BASIC"), List.of(String.valueOf(nurseUnit)), List.of(),
                today.toString(), today.plusDays(100).toString(), "true").toCommand());

        assertThat(jdbc.sql("select count(*) from deadline where source_type = 'consent' and source_id = ?")
                .param(refusal).query(Integer.class).single()).isZero();
    }

    @Test
    void the_demo_consents_got_their_expiry_through_the_service() {
        // DemoChildren records three consents at start: two are consents, one a refusal
        assertThat(jdbc.sql("""
                select count(*) from deadline d join consent c on c.id = d.source_id
                 where d.source_type = 'consent' and d.kind = 'CONSENT_EXPIRY' and c.purpose in
                       ('Vurdering av språkutvikling før skolestart', 'Oppfølging av helse og trivsel på skolen',
                        'Samarbeid med NAV om overgang til videregående')""").query(Integer.class).single())
                .isEqualTo(2);
    }

    private List<MyDeadline> mine(Person person) {
        return deadlines.mine(user(person), 0).rows();
    }

    private DeadlineState stateFor(Person person) {
        return mine(person).stream().filter(d -> d.link().equals("/children/" + child + "/consents"))
                .findFirst().orElseThrow().state();
    }

    private boolean open(long consent) {
        return jdbc.sql("select done_at is null from deadline where source_type = 'consent' and source_id = ?")
                .param(consent).query(Boolean.class).single();
    }

    private List<String> reminders(long consent) {
        return jdbc.sql("""
                select r.state from deadline_reminder r join deadline d on d.id = r.deadline_id
                 where d.source_type = 'consent' and d.source_id = ? order by r.id""")
                .param(consent).query(String.class).list();
    }

    private void moveTo(LocalDate day) {
        clock.advance(Duration.between(clock.instant(), day.atTime(12, 0).atZone(Oslo.ZONE).toInstant()));
    }

    private SignedInUser user(Person person) {
        return fixtures.user(person.username());
    }
}
