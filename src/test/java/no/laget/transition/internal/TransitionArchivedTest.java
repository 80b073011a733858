package no.laget.transition.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import no.laget.archive.internal.Archive;
import no.laget.archive.ArchivedRecord;
import no.laget.child.ChildForm;
import no.laget.child.Children;
import no.laget.consent.internal.ConsentForm;
import no.laget.consent.Consents;
import no.laget.platform.security.SignedInUser;
import no.laget.platform.validation.InvalidInputException;
import no.laget.support.ChildFixtures;
import no.laget.support.LagetTest;
import no.laget.support.MovableClock;
import no.laget.support.TestChildren;
import no.laget.support.VeraPdf;
import no.laget.transition.TransitionPlanChanged;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

import static no.laget.support.Accounts.as;
import static no.laget.support.Pdfs.text;
import static no.laget.support.Refusals.refusal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * NAV's milestones the archive keeps: a transition plan made and each change to it (class 310, read through the door
 * as child welfare information), and a cooperation agreement's evaluation (class 400, a record of no child that only
 * the agreement's parties read). Each once per milestone; a reader without access gets the answer a missing record gets.
 */
@LagetTest
@RecordApplicationEvents
class TransitionArchivedTest {

    @Autowired TransitionsToAdulthood transitions;
    @Autowired Children children;
    @Autowired Consents consents;
    @Autowired ChildFixtures fixtures;
    @Autowired Archive archive;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;
    @Autowired UserDetailsService accounts;
    @Autowired MovableClock clock;
    @Autowired ApplicationEvents events;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void the_transition_plan_made_and_each_change_are_archived_once_each() throws Exception {
        SignedInUser childWelfare = fixtures.user("barnevern");
        SignedInUser nav = fixtures.user("nav");
        long child = youngPerson(childWelfare, nav);
        long id = start(childWelfare, child, new TransitionStartForm(String.valueOf(nav.unitId())));
        assertThat(records(childWelfare, child)).as("starting is no plan yet").isEmpty();

        savePlan(childWelfare, id, plan());
        assertThatThrownBy(() -> savePlan(childWelfare, id, new TransitionPlanForm("", "", "", "", "", "")))
                .isInstanceOf(InvalidInputException.class);
        addMeasure(childWelfare, id, new TransitionMeasureForm("Hjelp til å finne bolig", "Veileder i NAV",
                today().plusMonths(6).toString(), today().plusMonths(3).toString()));

        List<ArchivedRecord> records = records(childWelfare, child);
        assertThat(records).extracting(ArchivedRecord::kind)
                .containsExactly("TRANSITION_PLAN_MADE", "TRANSITION_PLAN_CHANGED");
        assertThat(records).allSatisfy(r -> {
            assertThat(r.category()).isEqualTo("CHILD_WELFARE");
            assertThat(r.legalBasis()).isEqualTo("offl. § 13 jf. bvl. § 13-1");
            assertThat(r.fileTitle()).startsWith("Overgang til voksenlivet for Ola ");
        });
        assertThat(records.get(0).title()).startsWith("Overgangsplan for Ola ");
        assertThat(records.get(1).title()).startsWith("Endret overgangsplan for Ola ");
        List<byte[]> printed = events.stream(TransitionPlanChanged.class).filter(e -> e.transitionId() == id)
                .map(TransitionPlanChanged::plan).toList();
        assertThat(printed).hasSize(2);
        assertThat(archive.document(childWelfare, records.get(1).id()).content()).isEqualTo(printed.get(1));
        // NAV reads the plan on the young person's consent, and so its archived versions
        assertThat(archive.document(nav, records.get(0).id()).content()).isEqualTo(printed.get(0));
        assertThat(text(printed.get(1))).contains("Egen bolig", "Hjelp til å finne bolig", "Veileder i NAV");
        assertThat(VeraPdf.failures(printed.get(1))).isEmpty();

        for (String username : List.of("ansatt", "laerer")) {
            SignedInUser outsider = fixtures.user(username);
            assertThat(refusal(() -> archive.document(outsider, records.get(0).id())).reason()).as(username)
                    .isEqualTo(refusal(() -> archive.document(outsider, 1_000_000_000L + records.get(0).id())).reason());
        }
    }

    private List<ArchivedRecord> records(SignedInUser user, long child) {
        return archive.forChild(user, child).stream().filter(r -> r.classCode().equals("310")).toList();
    }

    private long youngPerson(SignedInUser childWelfare, SignedInUser nav) {
        long child = children.register(childWelfare, ChildForm.withoutNumber("NEWLY_ARRIVED", "Nylig flyttet hit", "Ola",
                TestChildren.familyName(), today().minusYears(17).minusMonths(2).toString(), "", "2020-01-01",
                "Går hos oss")).servedChild();
        recordMeasure(childWelfare, child, new ChildWelfareMeasureForm("Fosterhjem", "2020-01-01", ""));
        consents.record(childWelfare, child, new ConsentForm("YOUNG_PERSON", List.of(), "WRITTEN", "",
                "Overgang fra barnevern til NAV", List.of("CHILD_WELFARE"), List.of(String.valueOf(nav.unitId())),
                List.of(), today().toString(), today().plusYears(1).toString(), null).toCommand());
        return child;
    }

    private TransitionPlanForm plan() {
        return new TransitionPlanForm(today().toString(), "Ungdommen, fosterforelder, veileder i NAV",
                "Egen bolig\nFullføre videregående", "true", "Sammensatte behov; barneverntjenesten starter arbeidet",
                "");
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
