package no.laget.casework;

import no.laget.casework.internal.Concern;
import no.laget.casework.internal.ConcernSummary;
import no.laget.casework.internal.Concerns;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;

import no.laget.access.AccessRefusedException;
import no.laget.casework.internal.ConcernForm;
import no.laget.casework.internal.DecisionForm;
import no.laget.casework.internal.StepForm;
import no.laget.platform.security.SignedInUser;
import no.laget.platform.time.Oslo;
import no.laget.support.ChildFixtures;
import no.laget.support.LagetTest;
import no.laget.support.MovableClock;
import no.laget.support.TestChildren;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static no.laget.support.Problems.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@LagetTest
class ConcernsTest {

    @Autowired Concerns concerns;
    @Autowired ChildFixtures fixtures;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;

    @AfterEach
    void resetClock() {
        ((MovableClock) clock).reset();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Oslo.ZONE));
    }

    @Test
    void a_concern_schedules_its_decision_fourteen_days_after_the_note_on_the_writer() {
        SignedInUser ansatt = fixtures.user("ansatt");
        long child = fixtures.childOf("ansatt", TestChildren.familyName());

        long id = concerns.write(ansatt, child, new ConcernForm(today().minusDays(2).toString(),
                "Kommer ofte sulten i barnehagen og har ikke matpakke.", null, null).toCommand());

        var deadline = jdbc.sql("select kind, employee_id, due_on, link from deadline where source_type = 'concern' and source_id = ?")
                .param(id).query().singleRow();
        assertThat(deadline.get("kind")).isEqualTo("CONCERN_DECISION");
        assertThat(deadline.get("employee_id")).isEqualTo(ansatt.employeeId());
        assertThat(((java.sql.Date) deadline.get("due_on")).toLocalDate()).isEqualTo(today().plusDays(14));
        assertThat(deadline.get("link")).isEqualTo("/concerns/" + id);
        Concern concern = concerns.get(ansatt, id);
        assertThat(concern.decisionDue()).isEqualTo(today().plusDays(14));
        assertThat(concerns.get(fixtures.user("leder"), id).whatSeen())
                .as("the writer's unit reads it").startsWith("Kommer ofte sulten");
    }

    @Test
    void what_was_seen_is_required_and_its_date_may_be_today_but_not_tomorrow() {
        SignedInUser ansatt = fixtures.user("ansatt");
        long child = fixtures.childOf("ansatt", TestChildren.familyName());

        assertRefused(() -> new ConcernForm(today().toString(), "", null, null).toCommand(),
                "whatSeen:concern.whatSeen.required");
        assertRefused(() -> concerns.write(ansatt, child, new ConcernForm(today().plusDays(1).toString(), "Sett", null,
                null).toCommand()),
                "observedOn:concern.observedOn.future");
        assertRefused(() -> concerns.write(ansatt, child, new ConcernForm("31.2.2025", "Sett", null, null).toCommand()),
                "observedOn:concern.observedOn.malformed");
        assertThat(concerns.write(ansatt, child, new ConcernForm(today().toString(), "Gråt lenge ved levering", null, null).toCommand()))
                .isPositive();
    }

    @Test
    void the_guide_records_steps_and_the_decision_completes_the_deadline() {
        SignedInUser ansatt = fixtures.user("ansatt");
        long child = fixtures.childOf("ansatt", TestChildren.familyName());
        long id = concerns.write(ansatt, child, new ConcernForm(today().toString(), "Trekker seg unna i lek", null, null).toCommand());

        concerns.recordStep(ansatt, id, new StepForm("SHARED", today().toString(), "Med styrer").toCommand());
        concerns.recordStep(ansatt, id, new StepForm("TALKED_WITH_PARENTS", today().toString(), "").toCommand());
        assertRefused(() -> concerns.recordStep(ansatt, id, new StepForm("TALKED_WITH_CHILD",
                today().plusDays(1).toString(), "").toCommand()),
                "doneOn:concern.doneOn.future");

        Concern decided = concerns.decide(ansatt, id, new DecisionForm("LEVEL_1", "Tiltak i barnehagen", "0").toCommand());

        assertThat(decided.steps()).containsKeys(ConcernStep.SHARED, ConcernStep.TALKED_WITH_PARENTS);
        assertThat(decided.decision()).isEqualTo(ConcernDecision.LEVEL_1);
        assertThat(jdbc.sql("select done_at is not null from deadline where source_type = 'concern' and source_id = ?")
                .param(id).query(Boolean.class).single()).isTrue();
        assertRefused(() -> concerns.decide(ansatt, id, new DecisionForm("CLOSE", "", "1").toCommand()),
                "decision:concern.decided");
    }

    @Test
    void suspicion_of_harm_refuses_talking_with_the_parents_and_leads_to_a_report() {
        SignedInUser ansatt = fixtures.user("ansatt");
        long child = fixtures.childOf("ansatt", TestChildren.familyName());
        long id = concerns.write(ansatt, child, new ConcernForm(today().toString(), "Blåmerker på begge overarmene",
                "true", null).toCommand());

        assertRefused(() -> concerns.recordStep(ansatt, id, new StepForm("TALKED_WITH_PARENTS", today().toString(), "").toCommand()),
                "step:concern.step.parents-refused");
        Concern concern = concerns.get(ansatt, id);
        assertThat(concerns.allowedDecisions(concern)).containsExactly(ConcernDecision.REPORT);
        assertRefused(() -> concerns.decide(ansatt, id, new DecisionForm("LEVEL_1", "", "0").toCommand()),
                "decision:concern.decision.report-required");

        assertThat(concerns.decide(ansatt, id, new DecisionForm("REPORT", "", "0").toCommand()).decision()).isEqualTo(ConcernDecision.REPORT);
    }

    @Test
    void another_unit_cannot_read_a_concern_and_its_refusal_is_logged() {
        SignedInUser ansatt = fixtures.user("ansatt");
        long child = fixtures.childOf("ansatt", TestChildren.familyName());
        long id = concerns.write(ansatt, child, new ConcernForm(today().toString(), "Sover i samlingsstund", null, null).toCommand());
        SignedInUser teacher = fixtures.user("laerer");

        assertThatThrownBy(() -> concerns.get(teacher, id)).isInstanceOf(AccessRefusedException.class);
        assertThat(jdbc.sql("select outcome from access_log where employee_id = ? and object_type = 'concern' and object_id = ? order by id desc limit 1")
                .params(teacher.employeeId(), id).query(String.class).single()).isEqualTo("DENIED");
        assertThat(concerns.forUnit(teacher, child)).isEmpty();
        assertThat(concerns.forUnit(ansatt, child)).extracting(ConcernSummary::id).containsExactly(id);
    }

    @Test
    void a_concern_about_a_child_the_user_may_not_see_is_refused() {
        long child = fixtures.childOf("helsesykepleier", TestChildren.familyName());
        assertThatThrownBy(() -> concerns.write(fixtures.user("laerer"), child,
                new ConcernForm(today().toString(), "Noe", null, null).toCommand())).isInstanceOf(AccessRefusedException.class);
    }

    @Test
    void a_stale_edit_of_the_note_is_refused() {
        SignedInUser ansatt = fixtures.user("ansatt");
        long child = fixtures.childOf("ansatt", TestChildren.familyName());
        long id = concerns.write(ansatt, child, new ConcernForm(today().toString(), "Først", null, null).toCommand());
        concerns.change(fixtures.user("leder"), id, new ConcernForm(today().toString(), "Lederens tekst", null, "0").toCommand());

        assertRefused(() -> concerns.change(ansatt, id, new ConcernForm(today().toString(), "Min tekst", null, "0").toCommand()),
                "version:casework.stale");
        assertThat(concerns.get(ansatt, id).whatSeen()).isEqualTo("Lederens tekst");
    }

    @Test
    void the_decision_due_date_follows_the_day_the_note_was_written() {
        MovableClock movable = (MovableClock) clock;
        SignedInUser ansatt = fixtures.user("ansatt");
        long child = fixtures.childOf("ansatt", TestChildren.familyName());
        movable.advance(Duration.ofDays(3));
        long id = concerns.write(ansatt, child, new ConcernForm(today().toString(), "Sett noe", null, null).toCommand());
        assertThat(concerns.get(ansatt, id).decisionDue()).isEqualTo(today().plusDays(14));
    }
}
