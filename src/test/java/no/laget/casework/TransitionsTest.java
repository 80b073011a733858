package no.laget.casework;

import no.laget.casework.internal.Handovers;
import no.laget.casework.internal.Transitions;

import java.util.List;

import no.laget.access.AccessDoor;
import no.laget.access.AccessedObject;
import no.laget.access.Action;
import no.laget.access.InformationCategory;
import no.laget.casework.internal.CaseForms;
import no.laget.child.Children;
import no.laget.consent.internal.ConsentForm;
import no.laget.consent.Consents;
import no.laget.platform.security.SignedInUser;
import no.laget.support.ChildFixtures;
import no.laget.support.LagetTest;
import no.laget.support.CaseworkFixtures;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static no.laget.support.BestInterestNotesFixture.heard;
import static no.laget.support.Problems.assertRefused;
import static no.laget.support.Problems.problems;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@LagetTest
class TransitionsTest {

    @Autowired Transitions transitions;
    @Autowired Cases cases;
    @Autowired Handovers handovers;
    @Autowired Consents consents;
    @Autowired Children children;
    @Autowired ChildFixtures childFixtures;
    @Autowired AccessDoor door;

    @Autowired CaseworkFixtures fixtures;

    @Test
    void kindergarten_to_school_needs_a_consent_naming_the_school_and_takes_only_what_it_covers() {
        long child = fixtures.childWithRelayConsent("ansatt");
        long id = fixtures.caseFor(child);
        SignedInUser ansatt = fixtures.user("ansatt");
        SignedInUser teacher = fixtures.user("laerer");
        CaseForms.Transition toSchool = new CaseForms.Transition(String.valueOf(teacher.unitId()),
                String.valueOf(teacher.employeeId()), "Skolestart", heard());

        assertRefused(() -> transitions.offer(ansatt, id, toSchool.toCommand()),
                "transitionUnitId:transition.unit.no-consent");
        // A consent to every school by type is not a consent naming this school.
        List<String> guardians = children.guardians(ansatt, child).stream().map(g -> String.valueOf(g.id())).toList();
        consents.record(ansatt, child, new ConsentForm("GUARDIANS", guardians, "WRITTEN", "", "Skolestart",
                List.of("RELAY_LOG"), List.of(), List.of("SCHOOL"), fixtures.today().toString(),
                fixtures.today().plusYears(1).toString(), null).toCommand());
        assertRefused(() -> transitions.offer(ansatt, id, toSchool.toCommand()),
                "transitionUnitId:transition.unit.no-consent");

        childFixtures.consent("ansatt", child, teacher.unitId(), fixtures.today(), fixtures.today().plusYears(1),
                "RELAY_LOG", "EDUCATION");
        // a hand-over between services needs the best-interest note
        CaseForms.Transition withoutNote = new CaseForms.Transition(String.valueOf(teacher.unitId()),
                String.valueOf(teacher.employeeId()), "Skolestart", null);
        assertThatThrownBy(() -> transitions.offer(ansatt, id, withoutNote.toCommand()))
                .satisfies(e -> assertThat(problems(e)).contains("transitionInterest.childHeard:interest.childHeard.required"));
        assertThat(cases.notes(ansatt, id)).isEmpty();
        Transitions.Offer offer = transitions.offer(ansatt, id, toSchool.toCommand());
        assertThat(cases.notes(ansatt, id)).extracting(n -> n.occasion().name()).containsExactly("HANDOVER");
        assertThat(offer.categories()).containsExactlyInAnyOrder(InformationCategory.RELAY_LOG, InformationCategory.EDUCATION);
        assertThat(cases.get(ansatt, id).holderEmployeeId()).as("until accepted").isEqualTo(ansatt.employeeId());

        handovers.accept(teacher, id);

        RelayCase relayCase = cases.get(teacher, id);
        assertThat(relayCase.holderUnitId()).isEqualTo(teacher.unitId());
        assertThat(relayCase.handovers().getLast().transition()).isTrue();
        assertThat(door.decide(teacher, child, InformationCategory.HEALTH, Action.READ, AccessedObject.of("test")).allowed())
                .as("what the consent does not cover stays behind").isFalse();
    }

    @Test
    void a_unit_leader_appoints_a_coordinator_who_takes_over_the_relay() {
        long child = fixtures.childWithRelayConsent("ansatt", "ppt");
        long id = fixtures.caseFor(child);
        SignedInUser ppt = fixtures.user("ppt");

        assertRefused(() -> transitions.appointCoordinator(fixtures.user("ansatt"), id,
                new CaseForms.Coordinator(String.valueOf(ppt.employeeId()), heard()).toCommand()),
                "coordinatorEmployeeId:coordinator.leader-only");
        assertRefused(() -> transitions.appointCoordinator(fixtures.user("leder"), id,
                new CaseForms.Coordinator(String.valueOf(fixtures.user("nav").employeeId()), heard()).toCommand()),
                "coordinatorEmployeeId:coordinator.no-consent");

        transitions.appointCoordinator(fixtures.user("leder"), id, new CaseForms.Coordinator(String.valueOf(ppt.employeeId()), heard()).toCommand());

        RelayCase relayCase = cases.get(ppt, id);
        assertThat(relayCase.coordinatorEmployeeId()).isEqualTo(ppt.employeeId());
        assertThat(relayCase.holderEmployeeId()).as("coordinator-holds-relay=true").isEqualTo(ppt.employeeId());
        assertThat(relayCase.participates(ppt.unitId())).isTrue();
    }

    @Test
    void the_individual_plan_holds_the_nine_items_and_refuses_a_stale_save() {
        long child = fixtures.childWithRelayConsent("ansatt");
        long id = fixtures.caseFor(child);
        SignedInUser ansatt = fixtures.user("ansatt");
        String from = fixtures.today().toString();
        String to = fixtures.today().plusYears(1).toString();

        assertThatThrownBy(() -> transitions.savePlan(ansatt, id, new CaseForms.Plan("", "", "", "", "", "", from, to,
                fixtures.today().plusYears(2).toString(), "", "", "").toCommand()))
                .satisfies(e -> assertThat(problems(e)).contains("goalsNeeds:plan.goalsNeeds.required",
                        "cooperation:plan.cooperation.required", "reviseOn:plan.reviseOn.outside"));

        CaseForms.Plan plan = new CaseForms.Plan("Trygg skolestart", "Barnehage, skole, PPT", "Ingrid Demodatter",
                "Foreldrene følger opp lesing", "Spesialpedagog to timer i uka", "I klassen og i liten gruppe", from, to,
                fixtures.today().plusMonths(6).toString(), "Samtykke til stafettlogg", "BUP ved behov", "");
        transitions.savePlan(ansatt, id, plan.toCommand());
        assertThat(transitions.plan(ansatt, id)).hasValueSatisfying(p -> assertThat(p.cooperation()).isEqualTo("BUP ved behov"));

        transitions.savePlan(ansatt, id, new CaseForms.Plan("Trygg skolestart", "Barnehage, skole, PPT", "Ingrid Demodatter",
                "Foreldrene følger opp lesing", "Spesialpedagog tre timer i uka", "I klassen", from, to,
                fixtures.today().plusMonths(6).toString(), "Samtykke til stafettlogg", "BUP ved behov", "0").toCommand());
        assertRefused(() -> transitions.savePlan(ansatt, id, plan.toCommand()),
                "version:casework.stale");
    }
}
