package no.laget.casework;

import no.laget.casework.internal.Concerns;
import no.laget.casework.internal.Handovers;
import no.laget.casework.internal.RelayLog;

import java.time.LocalDate;

import no.laget.access.AccessDoor;
import no.laget.access.AccessRefusedException;
import no.laget.access.AccessedObject;
import no.laget.access.Action;
import no.laget.access.InformationCategory;
import no.laget.casework.internal.CaseForms;
import no.laget.casework.internal.ConcernForm;
import no.laget.casework.internal.Participants;
import no.laget.platform.security.SignedInUser;
import no.laget.platform.validation.InvalidInputException;
import no.laget.support.ChildFixtures;
import no.laget.support.LagetTest;
import no.laget.support.TestChildren;
import no.laget.support.CaseworkFixtures;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static no.laget.support.BestInterestNotesFixture.heard;
import static no.laget.support.Problems.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@LagetTest
class CasesTest {

    @Autowired Cases cases;

    @Autowired RelayLog relayLog;

    @Autowired Participants participants;

    @Autowired Handovers handovers;
    @Autowired Concerns concerns;
    @Autowired ChildFixtures childFixtures;
    @Autowired AccessDoor door;
    @Autowired JdbcClient jdbc;

    @Autowired CaseworkFixtures fixtures;

    /** The hand-over form as the holder sends it, with a best-interest note where the child was heard. */
    private void offer(SignedInUser by, long caseId, SignedInUser to, String reason) {
        handovers.offer(by, caseId, new CaseForms.Handover(String.valueOf(to.employeeId()), reason, heard()).toCommand());
    }

    @Test
    void a_case_needs_a_live_consent_covering_the_relay_log_for_the_users_unit() {
        long child = childFixtures.childOf("ansatt", TestChildren.familyName());
        SignedInUser ansatt = fixtures.user("ansatt");
        childFixtures.consent("ansatt", child, ansatt.unitId(), fixtures.today().minusDays(1), fixtures.today().plusYears(1),
                "BASIC", "EDUCATION");

        assertRefused(() -> cases.open(ansatt, child, new CaseForms.Open("1", String.valueOf(ansatt.employeeId()), "", "").toCommand()),
                "consent:case.consent.missing");

        childFixtures.consent("ansatt", child, ansatt.unitId(), fixtures.today(), fixtures.today(), "RELAY_LOG");
        long id = cases.open(ansatt, child, new CaseForms.Open("1", String.valueOf(ansatt.employeeId()), "Mål", "").toCommand());
        RelayCase relayCase = cases.get(ansatt, id);
        assertThat(relayCase.level()).isEqualTo(1);
        assertThat(relayCase.holderEmployeeId()).isEqualTo(ansatt.employeeId());
        assertThat(relayCase.participants()).extracting(RelayCase.Participant::unitId).containsExactly(ansatt.unitId());
        assertThat(relayCase.goals()).extracting(RelayCase.Goal::text).containsExactly("Mål");
    }

    @Test
    void a_consent_that_ended_yesterday_opens_no_case() {
        long child = childFixtures.childOf("ansatt", TestChildren.familyName());
        SignedInUser ansatt = fixtures.user("ansatt");
        childFixtures.consent("ansatt", child, ansatt.unitId(), fixtures.today().minusDays(30),
                fixtures.today().minusDays(1), "RELAY_LOG");
        assertThatThrownBy(() -> cases.open(ansatt, child, new CaseForms.Open("1", String.valueOf(ansatt.employeeId()), "", "").toCommand()))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void the_level_moves_one_step_at_a_time_with_a_reason() {
        long child = fixtures.childWithRelayConsent("ansatt");
        long id = fixtures.caseFor(child);
        SignedInUser ansatt = fixtures.user("ansatt");

        assertRefused(() -> cases.changeLevel(ansatt, id, new CaseForms.Level("3", "Trenger PPT og BUP", "0", heard()).toCommand()),
                "toLevel:case.level.one-step");
        assertRefused(() -> cases.changeLevel(ansatt, id, new CaseForms.Level("1", "Samme", "0", heard()).toCommand()),
                "toLevel:case.level.same");
        assertRefused(() -> cases.changeLevel(ansatt, id, new CaseForms.Level("2", " ", "0", heard()).toCommand()),
                "levelReason:case.levelReason.required");

        cases.changeLevel(ansatt, id, new CaseForms.Level("2", "Trenger samarbeid med helsestasjonen", "0", heard()).toCommand());
        cases.changeLevel(ansatt, id, new CaseForms.Level("3", "Trenger også BUP", "1", heard()).toCommand());
        cases.changeLevel(ansatt, id, new CaseForms.Level("2", "BUP er ferdig", "2", heard()).toCommand());

        RelayCase relayCase = cases.get(ansatt, id);
        assertThat(relayCase.level()).isEqualTo(2);
        assertThat(relayCase.levelChanges()).extracting(RelayCase.LevelChange::toLevel).containsExactly(1, 2, 3, 2);
        assertThat(relayCase.levelChanges().get(1).reason()).isEqualTo("Trenger samarbeid med helsestasjonen");
    }

    @Test
    void a_stale_version_is_refused() {
        long child = fixtures.childWithRelayConsent("ansatt");
        long id = fixtures.caseFor(child);
        SignedInUser ansatt = fixtures.user("ansatt");
        cases.changeLevel(ansatt, id, new CaseForms.Level("2", "Samarbeid", "0", heard()).toCommand());

        assertRefused(() -> cases.changeLevel(fixtures.user("leder"), id, new CaseForms.Level("1", "Tilbake", "0", heard()).toCommand()),
                "version:casework.stale");
        long goal = cases.get(ansatt, id).goals().getFirst().id();
        relayLog.changeGoal(ansatt, id, goal, new CaseForms.Goal("Nytt mål", "0").toCommand());
        assertRefused(() -> relayLog.changeGoal(fixtures.user("leder"), id, goal, new CaseForms.Goal("Annet mål", "0").toCommand()),
                "version:casework.stale");
        assertThat(cases.get(ansatt, id).goals().getFirst().text()).isEqualTo("Nytt mål");
    }

    @Test
    void a_hand_over_offered_but_not_accepted_keeps_the_old_holder() {
        long child = fixtures.childWithRelayConsent("ansatt");
        long id = fixtures.caseFor(child);
        SignedInUser ansatt = fixtures.user("ansatt");
        SignedInUser leder = fixtures.user("leder");

        offer(ansatt, id, leder, "Permisjon");

        RelayCase offered = cases.get(ansatt, id);
        assertThat(offered.holderEmployeeId()).isEqualTo(ansatt.employeeId());
        assertThat(offered.pendingHandover()).isPresent();
        assertThatThrownBy(() -> handovers.accept(fixtures.user("laerer"), id))
                .as("only the one it was offered to").isInstanceOf(InvalidInputException.class);
        assertRefused(() -> offer(ansatt, id, leder, ""), "employeeId:case.handover.pending");

        handovers.accept(leder, id);

        RelayCase accepted = cases.get(ansatt, id);
        assertThat(accepted.holderEmployeeId()).isEqualTo(leder.employeeId());
        assertThat(accepted.pendingHandover()).isEmpty();
        assertThat(accepted.handovers().getFirst().accepted()).isTrue();
    }

    @Test
    void a_declined_hand_over_keeps_the_holder_and_only_the_holder_offers() {
        long child = fixtures.childWithRelayConsent("ansatt");
        long id = fixtures.caseFor(child);
        SignedInUser ansatt = fixtures.user("ansatt");
        SignedInUser leder = fixtures.user("leder");

        assertRefused(() -> offer(leder, id, leder, ""), "employeeId:case.handover.not-holder");
        offer(ansatt, id, leder, "");
        handovers.decline(leder, id);

        RelayCase relayCase = cases.get(ansatt, id);
        assertThat(relayCase.holderEmployeeId()).isEqualTo(ansatt.employeeId());
        assertThat(relayCase.handovers().getFirst().accepted()).isFalse();
    }

    @Test
    void a_hand_over_to_a_unit_no_consent_names_is_refused_and_one_it_names_is_allowed() {
        long child = fixtures.childWithRelayConsent("ansatt");
        long id = fixtures.caseFor(child);
        SignedInUser ansatt = fixtures.user("ansatt");
        SignedInUser laerer = fixtures.user("laerer");

        assertRefused(() -> offer(ansatt, id, laerer, ""), "employeeId:case.handover.no-consent");

        childFixtures.consent("ansatt", child, laerer.unitId(), fixtures.today(), fixtures.today().plusYears(1), "RELAY_LOG");
        offer(ansatt, id, laerer, "Skolestart");
        handovers.accept(laerer, id);

        RelayCase relayCase = cases.get(laerer, id);
        assertThat(relayCase.holderUnitId()).isEqualTo(laerer.unitId());
        assertThat(relayCase.participates(laerer.unitId())).isTrue();
    }

    @Test
    void measures_need_a_responsible_and_schedule_their_evaluation_on_the_responsible() {
        long child = fixtures.childWithRelayConsent("ansatt");
        long id = fixtures.caseFor(child);
        SignedInUser ansatt = fixtures.user("ansatt");
        LocalDate evaluateOn = fixtures.today().plusWeeks(6);

        assertRefused(() -> relayLog.addMeasure(ansatt, id, new CaseForms.Measure("Språkgruppe", "",
                fixtures.today().toString(), evaluateOn.toString(), null).toCommand()),
                "responsible:case.measure.responsible.required");
        assertRefused(() -> relayLog.addMeasure(ansatt, id, new CaseForms.Measure("Språkgruppe",
                "employee:" + fixtures.user("laerer").employeeId(), fixtures.today().toString(), evaluateOn.toString(), null).toCommand()),
                "responsible:case.measure.responsible.unknown");
        assertRefused(() -> relayLog.addMeasure(ansatt, id, new CaseForms.Measure("Språkgruppe",
                "unit:" + ansatt.unitId(), fixtures.today().toString(), fixtures.today().minusDays(1).toString(), null).toCommand()),
                "evaluateOn:case.measure.evaluateOn.before-start");

        long measure = relayLog.addMeasure(ansatt, id, new CaseForms.Measure("Språkgruppe to ganger i uka",
                "employee:" + ansatt.employeeId(), fixtures.today().toString(), evaluateOn.toString(), null).toCommand());

        var deadline = jdbc.sql("select kind, employee_id, due_on, done_at is null as open from deadline where source_type = 'case_measure' and source_id = ?")
                .param(measure).query().singleRow();
        assertThat(deadline.get("kind")).isEqualTo("MEASURE_EVALUATION");
        assertThat(deadline.get("employee_id")).isEqualTo(ansatt.employeeId());
        assertThat(((java.sql.Date) deadline.get("due_on")).toLocalDate()).isEqualTo(evaluateOn);
    }

    @Test
    void an_evaluation_needs_the_childs_voice_and_completes_the_evaluation_deadline() {
        long child = fixtures.childWithRelayConsent("ansatt");
        long id = fixtures.caseFor(child);
        SignedInUser ansatt = fixtures.user("ansatt");
        long measure = relayLog.addMeasure(ansatt, id, new CaseForms.Measure("Språkgruppe", "unit:" + ansatt.unitId(),
                fixtures.today().toString(), fixtures.today().plusWeeks(6).toString(), null).toCommand());

        assertRefused(() -> relayLog.evaluate(ansatt, id, new CaseForms.Evaluation(String.valueOf(measure), "BETTER",
                "Snakker mer i samlingsstund", " ", fixtures.today().toString(), "").toCommand()),
                "childVoice:case.evaluation.childVoice.required");
        assertRefused(() -> relayLog.evaluate(ansatt, id, new CaseForms.Evaluation(String.valueOf(measure), "BETTER",
                "Tekst", "Liker gruppa", fixtures.today().plusDays(1).toString(), "").toCommand()),
                "evaluatedOn:case.evaluation.evaluatedOn.future");

        relayLog.evaluate(ansatt, id, new CaseForms.Evaluation(String.valueOf(measure), "BETTER", "Snakker mer",
                "Jeg liker å være i gruppa", fixtures.today().toString(), "").toCommand());

        RelayCase relayCase = cases.get(ansatt, id);
        assertThat(relayCase.evaluationsOf(measure)).extracting(RelayCase.Evaluation::childVoice)
                .containsExactly("Jeg liker å være i gruppa");
        assertThat(jdbc.sql("select done_at is not null from deadline where source_type = 'case_measure' and source_id = ?")
                .param(measure).query(Boolean.class).single()).isTrue();
    }

    @Test
    void a_participant_unit_is_admitted_only_under_a_consent_and_reads_until_removed() {
        long child = fixtures.childWithRelayConsent("ansatt");
        long id = fixtures.caseFor(child);
        SignedInUser ansatt = fixtures.user("ansatt");
        SignedInUser nurse = fixtures.user("helsesykepleier");

        assertRefused(() -> participants.add(ansatt, id, new CaseForms.Participant(String.valueOf(nurse.unitId()), "", "").toCommand()),
                "unitId:case.participant.no-consent");
        assertThatThrownBy(() -> cases.get(nurse, id)).isInstanceOf(AccessRefusedException.class);

        childFixtures.consent("ansatt", child, nurse.unitId(), fixtures.today(), fixtures.today().plusYears(1), "RELAY_LOG");
        participants.add(ansatt, id, new CaseForms.Participant(String.valueOf(nurse.unitId()),
                String.valueOf(nurse.employeeId()), "Helsekontroll").toCommand());

        assertThat(cases.get(nurse, id).participates(nurse.unitId())).isTrue();
        assertThat(door.decide(nurse, child, InformationCategory.RELAY_LOG, Action.WRITE, AccessedObject.of("test")).allowed())
                .as("a participant writes the log").isTrue();
        relayLog.addGoal(nurse, id, new CaseForms.Goal("Sover bedre", null).toCommand());

        long participant = cases.get(ansatt, id).participants().stream().filter(p -> p.unitId() == nurse.unitId())
                .findFirst().orElseThrow().id();
        participants.remove(ansatt, id, participant);
        assertThat(door.decide(nurse, child, InformationCategory.RELAY_LOG, Action.WRITE, AccessedObject.of("test")).allowed())
                .as("a removed participant's grant ended").isFalse();
        assertThatThrownBy(() -> relayLog.addGoal(nurse, id, new CaseForms.Goal("Mer", null).toCommand()))
                .isInstanceOf(AccessRefusedException.class);
    }

    @Test
    void a_non_participant_unit_is_refused_and_the_refusal_is_logged() {
        long child = fixtures.childWithRelayConsent("ansatt");
        long id = fixtures.caseFor(child);
        SignedInUser nav = fixtures.user("nav");

        assertThatThrownBy(() -> cases.get(nav, id)).isInstanceOf(AccessRefusedException.class);

        var row = jdbc.sql("""
                select outcome, category, object_type from access_log
                 where child_id = ? and employee_id = ? order by id desc limit 1""")
                .params(child, nav.employeeId()).query().singleRow();
        assertThat(row.get("outcome")).isEqualTo("DENIED");
        assertThat(row.get("category")).isEqualTo("RELAY_LOG");
        assertThat(row.get("object_type")).isEqualTo("relay_case");
    }

    @Test
    void a_unit_with_only_its_own_concern_on_the_child_does_not_read_anothers_case() {
        long child = fixtures.childWithRelayConsent("ansatt");
        long id = fixtures.caseFor(child);
        SignedInUser nurse = fixtures.user("helsesykepleier");
        // The nurse's unit does not serve the child, so it may not see it: give it basic sight through a consent.
        childFixtures.consent("ansatt", child, nurse.unitId(), fixtures.today(), fixtures.today().plusYears(1), "BASIC");
        concerns.write(nurse, child, new ConcernForm(fixtures.today().toString(), "Virker sliten", null, null).toCommand());
        assertThat(door.decide(nurse, child, InformationCategory.RELAY_LOG, Action.READ, AccessedObject.of("test")).allowed())
                .as("the concern grant opens the category").isTrue();

        assertThatThrownBy(() -> cases.get(nurse, id)).isInstanceOf(AccessRefusedException.class);
    }

    @Test
    void closing_needs_a_reason_and_ends_grants_and_deadlines() {
        long child = fixtures.childWithRelayConsent("ansatt", "helsesykepleier");
        long id = fixtures.caseFor(child);
        SignedInUser ansatt = fixtures.user("ansatt");
        SignedInUser nurse = fixtures.user("helsesykepleier");
        participants.add(ansatt, id, new CaseForms.Participant(String.valueOf(nurse.unitId()), "", "").toCommand());
        long measure = relayLog.addMeasure(ansatt, id, new CaseForms.Measure("Samtaler", "unit:" + nurse.unitId(),
                fixtures.today().toString(), fixtures.today().plusWeeks(4).toString(), null).toCommand());

        assertRefused(() -> cases.close(ansatt, id, new CaseForms.Close("", "", "0", heard()).toCommand()),
                "closeReason:case.close.reason.required",
                        "closeNote:case.close.note.required");
        int version = cases.get(ansatt, id).version();
        cases.close(ansatt, id, new CaseForms.Close("GOAL_MET", "Målet er nådd", String.valueOf(version), heard()).toCommand());

        assertThat(jdbc.sql("select count(*) from access_grant where source_type = 'relay_case' and source_id = ? and valid_to is null")
                .param(id).query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("select done_at is not null from deadline where source_type = 'case_measure' and source_id = ?")
                .param(measure).query(Boolean.class).single()).isTrue();
        assertThat(door.decide(nurse, child, InformationCategory.RELAY_LOG, Action.WRITE, AccessedObject.of("test")).allowed())
                .isFalse();
        assertRefused(() -> relayLog.addGoal(ansatt, id, new CaseForms.Goal("Mer", null).toCommand()),
                "case:case.closed");
        RelayCase closed = cases.get(ansatt, id);
        assertThat(closed.open()).isFalse();
        assertThat(closed.closeReason()).isEqualTo(RelayCase.CloseReason.GOAL_MET);
    }
}
