package no.laget.casework;

import no.laget.casework.internal.Transitions;

import java.util.List;

import no.laget.archive.internal.Archive;
import no.laget.archive.ArchivedRecord;
import no.laget.casework.internal.CaseForms;
import no.laget.child.Children;
import no.laget.consent.Consents;
import no.laget.platform.security.SignedInUser;
import no.laget.platform.validation.InvalidInputException;
import no.laget.support.LagetTest;
import no.laget.support.VeraPdf;
import no.laget.support.CaseworkFixtures;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static no.laget.support.Refusals.refusal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Each save of a case's individual plan is a milestone the archive keeps: the first as made, every later one as
 * revised, each once, in the plan's own case file under class 210, read through the door like the case.
 */
@LagetTest
@RecordApplicationEvents
class PlanArchivedTest {

    @Autowired Transitions transitions;
    @Autowired Consents consents;
    @Autowired Children children;
    @Autowired Archive archive;
    @Autowired ApplicationEvents events;

    @Autowired CaseworkFixtures fixtures;

    private CaseForms.Plan plan(String measures, String version) {
        return new CaseForms.Plan("Trygg skolestart", "Barnehage, skole, PPT", "Ingrid Demodatter",
                "Foreldrene følger opp lesing", measures, "I klassen og i liten gruppe", fixtures.today().toString(),
                fixtures.today().plusYears(1).toString(), fixtures.today().plusMonths(6).toString(),
                "Samtykke til stafettlogg", "BUP ved behov", version);
    }

    private List<ArchivedRecord> planRecords(SignedInUser user, long child) {
        return archive.forChild(user, child).stream().filter(r -> r.classCode().equals("210")).toList();
    }

    @Test
    void the_plan_made_and_each_revision_are_archived_once_each_as_they_read() {
        long child = fixtures.childWithRelayConsent("ansatt");
        long id = fixtures.caseFor(child);
        SignedInUser ansatt = fixtures.user("ansatt");

        transitions.savePlan(ansatt, id, plan("Spesialpedagog to timer i uka", "").toCommand());
        assertThatThrownBy(() -> transitions.savePlan(ansatt, id, plan("", "0").toCommand())).isInstanceOf(InvalidInputException.class);
        transitions.savePlan(ansatt, id, plan("Spesialpedagog tre timer i uka", "0").toCommand());

        List<ArchivedRecord> records = planRecords(ansatt, child);
        assertThat(records).extracting(ArchivedRecord::kind).containsExactly("PLAN_MADE", "PLAN_REVISED");
        assertThat(records.get(0).title()).startsWith("Individuell plan for Kari ").endsWith(", versjon 1");
        assertThat(records.get(1).title()).startsWith("Revidert individuell plan for Kari ").endsWith(", versjon 2");
        assertThat(records).allSatisfy(r -> {
            assertThat(r.fileTitle()).startsWith("Individuell plan for Kari ");
            assertThat(r.category()).isEqualTo("RELAY_LOG");
            assertThat(r.legalBasis()).isEqualTo("offl. § 13 jf. fvl. § 13");
        });
        assertThat(records.get(1).fileNumber()).isEqualTo(records.get(0).fileNumber());
        List<byte[]> sent = events.stream(IndividualPlanRevised.class).filter(e -> e.caseId() == id)
                .map(IndividualPlanRevised::plan).toList();
        assertThat(sent).hasSize(2);
        assertThat(archive.document(ansatt, records.get(0).id()).content()).isEqualTo(sent.get(0));
        assertThat(archive.document(ansatt, records.get(1).id()).content()).isEqualTo(sent.get(1));
        assertThat(VeraPdf.failures(sent.get(1))).isEmpty();
    }

    @Test
    void an_employee_without_access_is_refused_the_plan_exactly_as_a_missing_record() {
        long child = fixtures.childWithRelayConsent("ansatt");
        long id = fixtures.caseFor(child);
        SignedInUser ansatt = fixtures.user("ansatt");
        transitions.savePlan(ansatt, id, plan("Spesialpedagog to timer i uka", "").toCommand());
        long record = planRecords(ansatt, child).getFirst().id();

        for (String username : List.of("nav", "admin")) {
            SignedInUser outsider = fixtures.user(username);
            assertThat(refusal(() -> archive.document(outsider, record)).reason()).as(username)
                    .isEqualTo(refusal(() -> archive.document(outsider, 1_000_000_000L + record)).reason());
        }
    }
}
