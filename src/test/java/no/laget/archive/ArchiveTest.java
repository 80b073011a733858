package no.laget.archive;

import no.laget.archive.internal.Archive;
import no.laget.archive.internal.StoredDocument;

import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;

import no.laget.access.AccessRefusedException;
import no.laget.casework.CaseClosed;
import no.laget.casework.CaseCommands;
import no.laget.casework.Cases;
import no.laget.casework.internal.Meetings;
import no.laget.casework.MinutesWritten;
import no.laget.casework.internal.OpenCase;
import no.laget.consent.ConsentRecorded;
import no.laget.consent.ConsentWithdrawn;
import no.laget.consent.Consents;
import no.laget.consent.internal.WithdrawalForm;
import no.laget.platform.security.SignedInUser;
import no.laget.platform.time.Oslo;
import no.laget.platform.validation.InvalidInputException;
import no.laget.support.ChildFixtures;
import no.laget.support.LagetTest;
import no.laget.support.MovableClock;
import no.laget.support.TestChildren;
import no.laget.support.VeraPdf;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static no.laget.support.Refusals.refusal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The archive keeps what the modules' moments hand it, exactly, in its Noark place; reads pass the door; nothing
 * archived changes, and a correction is a new record.
 */
@LagetTest
@RecordApplicationEvents
class ArchiveTest {

    @Autowired Archive archive;
    @Autowired Consents consents;
    @Autowired Cases cases;
    @Autowired Meetings meetings;
    @Autowired ChildFixtures fixtures;
    @Autowired JdbcClient jdbc;
    @Autowired MovableClock clock;
    @Autowired ApplicationEvents events;

    SignedInUser ansatt;
    LocalDate today;

    @BeforeEach
    void arrange() {
        clock.reset();
        ansatt = fixtures.user("ansatt");
        today = LocalDate.now(clock.withZone(Oslo.ZONE));
    }

    @Test
    void a_recorded_consent_is_archived_with_the_form_as_printed_and_its_noark_place() {
        long child = fixtures.childOf("ansatt", TestChildren.familyName());
        long consent = fixtures.consent("ansatt", child, ansatt.unitId(), today, today.plusYears(1), "RELAY_LOG");

        List<ArchivedRecord> records = archive.forChild(ansatt, child);

        assertThat(records).hasSize(1);
        ArchivedRecord record = records.getFirst();
        assertThat(record.kind()).isEqualTo("CONSENT_GIVEN");
        assertThat(record.classCode()).isEqualTo("100");
        assertThat(record.legalBasis()).isEqualTo("offl. § 13 jf. fvl. § 13");
        assertThat(record.accessCode()).isEqualTo("13");
        assertThat(record.archivedByName()).isEqualTo(fixtures.user("ansatt").displayName());
        assertThat(record.journalNumber()).matches(today.getYear() + "/\\d+");
        assertThat(record.title()).startsWith("Samtykke for Kari ");
        byte[] printed = events.stream(ConsentRecorded.class).filter(e -> e.consentId() == consent).findFirst()
                .orElseThrow().form();
        StoredDocument stored = archive.document(ansatt, record.id());
        assertThat(stored.content()).isEqualTo(printed);
        assertThat(stored.sha256()).isEqualTo(sha256(printed));
    }

    @Test
    void a_withdrawal_is_a_new_record_in_the_same_case_file_and_the_first_stays_as_it_was() {
        long child = fixtures.childOf("ansatt", TestChildren.familyName());
        long consent = fixtures.consent("ansatt", child, ansatt.unitId(), today, today.plusYears(1), "RELAY_LOG");
        ArchivedRecord given = archive.forChild(ansatt, child).getFirst();
        byte[] before = archive.document(ansatt, given.id()).content();

        consents.withdraw(ansatt, consent, new WithdrawalForm("ALL", List.of(), "Foresatt").toCommand());

        List<ArchivedRecord> records = archive.forChild(ansatt, child);
        assertThat(records).extracting(ArchivedRecord::kind).containsExactly("CONSENT_GIVEN", "CONSENT_WITHDRAWN");
        assertThat(records.get(1).fileNumber()).isEqualTo(given.fileNumber());
        assertThat(archive.document(ansatt, given.id()).content()).isEqualTo(before);
        assertThat(archive.document(ansatt, records.get(1).id()).content()).isEqualTo(
                events.stream(ConsentWithdrawn.class).filter(e -> e.consentId() == consent).findFirst().orElseThrow().form());
    }

    @Test
    void a_closed_case_keeps_its_relay_log_as_it_read_at_the_close_under_the_relay_log_class() {
        long child = fixtures.childOf("ansatt", TestChildren.familyName());
        fixtures.consent("ansatt", child, ansatt.unitId(), today, today.plusYears(1), "RELAY_LOG");
        long caseId = cases.open(ansatt, child, OpenCase.atLevel1(ansatt.employeeId(), "Trives"));

        cases.close(ansatt, caseId, CaseCommands.goalMet(cases.get(ansatt, caseId).version()));

        ArchivedRecord closed = archive.forChild(ansatt, child).stream().filter(r -> r.kind().equals("CASE_CLOSED"))
                .findFirst().orElseThrow();
        assertThat(closed.classCode()).isEqualTo("200");
        assertThat(closed.category()).isEqualTo("RELAY_LOG");
        assertThat(closed.fileTitle()).startsWith("Stafettlogg for Kari ");
        assertThat(archive.document(ansatt, closed.id()).content()).isEqualTo(
                events.stream(CaseClosed.class).filter(e -> e.caseId() == caseId).findFirst().orElseThrow().relayLog());
    }

    @Test
    void written_minutes_keep_the_relay_log_with_the_minutes_in_the_cases_file() {
        long child = fixtures.childOf("ansatt", TestChildren.familyName());
        fixtures.consent("ansatt", child, ansatt.unitId(), today, today.plusYears(1), "RELAY_LOG");
        long caseId = cases.open(ansatt, child, OpenCase.atLevel1(ansatt.employeeId(), "Trives"));
        long meeting = meetings.plan(ansatt, caseId, CaseCommands.meeting(today, "Kontoret", "Oppstart", ansatt.unitId()));

        meetings.writeMinutes(ansatt, caseId, meeting, CaseCommands.minutes("Vi ble enige om lesestund", "Liker å lese", 0));

        ArchivedRecord minutes = archive.forChild(ansatt, child).stream().filter(r -> r.kind().equals("MINUTES_WRITTEN"))
                .findFirst().orElseThrow();
        assertThat(minutes.classCode()).isEqualTo("200");
        assertThat(minutes.title()).startsWith("Møtereferat i stafettloggen for Kari ");
        assertThat(archive.document(ansatt, minutes.id()).content()).isEqualTo(events.stream(MinutesWritten.class)
                .filter(e -> e.meetingId() == meeting).findFirst().orElseThrow().relayLog());
    }

    @Test
    void a_correction_is_a_new_record_that_names_the_old_one_and_leaves_it_untouched() {
        long child = fixtures.childOf("ansatt", TestChildren.familyName());
        fixtures.consent("ansatt", child, ansatt.unitId(), today, today.plusYears(1), "RELAY_LOG");
        ArchivedRecord original = archive.forChild(ansatt, child).getFirst();
        byte[] originalBytes = archive.document(ansatt, original.id()).content();
        byte[] corrected = "%PDF-1.7 rettet".getBytes();

        long correctionId = archive.correct(ansatt, original.id(), "Feil dato i skjemaet", corrected);

        List<ArchivedRecord> records = archive.forChild(ansatt, child);
        assertThat(records).hasSize(2);
        ArchivedRecord correction = records.get(1);
        assertThat(correction.id()).isEqualTo(correctionId);
        assertThat(correction.correctsId()).isEqualTo(original.id());
        assertThat(correction.correctionReason()).isEqualTo("Feil dato i skjemaet");
        assertThat(correction.title()).isEqualTo("Korrigering: " + original.title());
        assertThat(correction.fileNumber()).isEqualTo(original.fileNumber());
        assertThat(archive.document(ansatt, correctionId).content()).isEqualTo(corrected);
        assertThat(archive.document(ansatt, original.id()).content()).isEqualTo(originalBytes);
        assertThat(records.getFirst()).isEqualTo(original);
        String publicTitle = jdbc.sql("select public_title from archive_record where id = ?").param(correctionId)
                .query(String.class).single();
        assertThat(publicTitle).startsWith("Korrigering: Samtykke for *****").doesNotContain("Kari");
    }

    @Test
    void a_correction_without_a_reason_or_a_document_is_refused_field_by_field() {
        long child = fixtures.childOf("ansatt", TestChildren.familyName());
        fixtures.consent("ansatt", child, ansatt.unitId(), today, today.plusYears(1), "RELAY_LOG");
        long original = archive.forChild(ansatt, child).getFirst().id();

        assertThatThrownBy(() -> archive.correct(ansatt, original, " ", new byte[0]))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.field() + ":" + p.messageKey())
                        .containsExactly("reason:archive.correction.reason.required",
                                "document:archive.correction.document.required"));
        assertThat(archive.forChild(ansatt, child)).hasSize(1);
    }

    @Test
    void archived_rows_refuse_every_update_and_delete() {
        long child = fixtures.childOf("ansatt", TestChildren.familyName());
        fixtures.consent("ansatt", child, ansatt.unitId(), today, today.plusYears(1), "RELAY_LOG");
        long id = archive.forChild(ansatt, child).getFirst().id();

        for (String sql : List.of("update archive_record set title = 'x' where id = ?",
                "delete from archive_record where id = ?",
                "update archive_document set content = '\\x00' where record_id = ?",
                "delete from archive_document where record_id = ?",
                "update archive_file set title = 'x' where id = (select file_id from archive_record where id = ?)")) {
            assertThatThrownBy(() -> jdbc.sql(sql).param(id).update()).as(sql).hasMessageContaining("insert-only");
        }
        assertThatThrownBy(() -> jdbc.sql("truncate archive_document").update()).hasMessageContaining("insert-only");
    }

    @Test
    void an_employee_without_access_is_refused_a_record_exactly_as_a_missing_one() {
        long child = fixtures.childOf("ansatt", TestChildren.familyName());
        fixtures.consent("ansatt", child, ansatt.unitId(), today, today.plusYears(1), "RELAY_LOG");
        long id = archive.forChild(ansatt, child).getFirst().id();
        long missing = 1_000_000_000L + id;

        for (String username : List.of("nav", "ppt", "admin")) {
            SignedInUser outsider = fixtures.user(username);
            AccessRefusedException existing = refusal(() -> archive.document(outsider, id));
            AccessRefusedException none = refusal(() -> archive.document(outsider, missing));
            assertThat(existing.reason()).as(username).isEqualTo(none.reason());
            assertThat(refusal(() -> archive.forChild(outsider, child)).reason()).as(username)
                    .isEqualTo(refusal(() -> archive.forChild(outsider, 1_000_000_000L + child)).reason());
        }
    }

    @Test
    void an_archived_document_passes_verapdf_as_pdf_ua_1_and_pdf_a_3u() throws Exception {
        long child = fixtures.childOf("ansatt", TestChildren.familyName());
        fixtures.consent("ansatt", child, ansatt.unitId(), today, today.plusYears(1), "RELAY_LOG");
        byte[] pdf = archive.document(ansatt, archive.forChild(ansatt, child).getFirst().id()).content();

        VeraPdf.assertPasses(pdf);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
