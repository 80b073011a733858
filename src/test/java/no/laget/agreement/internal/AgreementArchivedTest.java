package no.laget.agreement.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import no.laget.archive.internal.Archive;
import no.laget.agreement.AgreementEvaluated;
import no.laget.archive.ArchivedRecord;
import no.laget.platform.security.SignedInUser;
import no.laget.platform.validation.InvalidInputException;
import no.laget.support.UnitFixtures;
import no.laget.support.ChildFixtures;
import no.laget.support.LagetTest;
import no.laget.support.MovableClock;
import no.laget.support.VeraPdf;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

import static no.laget.support.Accounts.as;
import static no.laget.support.PageContent.main;
import static no.laget.support.Pdfs.text;
import static no.laget.support.Refusals.refusal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * NAV's milestones the archive keeps: a transition plan made and each change to it (class 310, read through the door
 * as child welfare information), and a cooperation agreement's evaluation (class 400, a record of no child that only
 * the agreement's parties read). Each once per milestone; a reader without access gets the answer a missing record gets.
 */
@LagetTest
@RecordApplicationEvents
class AgreementArchivedTest {

    @Autowired Agreements agreements;
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
    void an_agreements_evaluation_is_archived_once_for_its_parties_and_refused_to_anyone_else_as_missing()
            throws Exception {
        UnitFixtures units = new UnitFixtures(jdbc);
        SignedInUser childWelfare = units.employeeOfNewUnit("CHILD_WELFARE", "EMPLOYEE");
        SignedInUser nav = units.employeeOfNewUnit("NAV", "EMPLOYEE");
        SignedInUser outsider = units.employeeOfNewUnit("KINDERGARTEN", "EMPLOYEE");
        long agreement = create(childWelfare, new AgreementForm("Testavtale om samarbeid",
                List.of(String.valueOf(childWelfare.unitId()), String.valueOf(nav.unitId())),
                today().minusMonths(2).toString(), "", "2", "4", "Felles fagdag hvert halvår", ""));
        giveInput(nav, agreement, new InputForm("Ønsker flere felles fagdager."));
        assertThatThrownBy(() -> recordEvaluation(childWelfare, agreement, new EvaluationForm("", "")))
                .isInstanceOf(InvalidInputException.class);

        recordEvaluation(childWelfare, agreement, new EvaluationForm(today().toString(),
                "Avtalen fungerer. Flere felles fagdager neste år."));

        List<ArchivedRecord> records = archive.forAgreement(nav, agreement);
        assertThat(records).hasSize(1);
        ArchivedRecord record = records.getFirst();
        assertThat(record.kind()).isEqualTo("AGREEMENT_EVALUATED");
        assertThat(record.classCode()).isEqualTo("400");
        assertThat(record.category()).isEqualTo("UNITS");
        assertThat(record.title()).isEqualTo("Evaluering av samarbeidsavtalen Testavtale om samarbeid");
        byte[] printed = events.stream(AgreementEvaluated.class).filter(e -> e.agreementId() == agreement)
                .findFirst().orElseThrow().evaluation();
        assertThat(archive.document(childWelfare, record.id()).content()).isEqualTo(printed);
        assertThat(archive.document(nav, record.id()).content()).isEqualTo(printed);
        assertThat(text(printed)).contains("Testavtale om samarbeid", "Felles fagdag hvert halvår",
                "Ønsker flere felles fagdager.", "Avtalen fungerer. Flere felles fagdager neste år.");
        assertThat(VeraPdf.failures(printed)).isEmpty();

        assertThat(archive.forAgreement(outsider, agreement)).isEmpty();
        assertThat(refusal(() -> archive.document(outsider, record.id())).reason())
                .isEqualTo(refusal(() -> archive.document(outsider, 1_000_000_000L + record.id())).reason());
        assertThat(jdbc.sql("select child_id is null from archive_record where id = ?").param(record.id())
                .query(Boolean.class).single()).isTrue();
    }

    @Test
    void the_document_door_answers_a_kindergarten_the_same_403_for_an_agreements_record_as_for_none() throws Exception {
        SignedInUser childWelfare = fixtures.user("barnevern");
        long agreement = agreements.list(childWelfare).stream()
                .filter(a -> a.title().equals("Samarbeidsavtale barneverntjenesten og NAV")).findFirst().orElseThrow().id();
        recordEvaluation(childWelfare, agreement, new EvaluationForm(today().toString(), "Fungerer godt."));
        long record = archive.forAgreement(childWelfare, agreement).getLast().id();

        mvc.perform(get("/arkiv/{id}/dokument.pdf", record).with(as(accounts, "nav"))).andExpect(status().isOk());
        String refused = mvc.perform(get("/arkiv/{id}/dokument.pdf", record).with(as(accounts, "ansatt")))
                .andExpect(status().isForbidden()).andReturn().getResponse().getContentAsString();
        String missing = mvc.perform(get("/arkiv/{id}/dokument.pdf", 1_000_000_000L + record).with(as(accounts, "ansatt")))
                .andExpect(status().isForbidden()).andReturn().getResponse().getContentAsString();
        assertThat(main(refused)).contains("Ingen tilgang").isEqualTo(main(missing));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneId.of("Europe/Oslo")));
    }

    // The pages' way in: a form as typed, read into its command, then the service.
    private long create(SignedInUser user, AgreementForm form) {
        return agreements.create(user, form.toCommand(user.unitId()));
    }

    private void giveInput(SignedInUser user, long agreement, InputForm form) {
        agreements.giveInput(user, agreement, form.toCommand());
    }

    private void recordEvaluation(SignedInUser user, long agreement, EvaluationForm form) {
        agreements.recordEvaluation(user, agreement, form.toCommand(agreements.today()));
    }
}
