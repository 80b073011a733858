package no.laget.archive;

import no.laget.archive.internal.Archive;

import java.time.LocalDate;
import java.util.List;

import no.laget.platform.security.SignedInUser;
import no.laget.platform.time.Oslo;
import no.laget.support.ChildFixtures;
import no.laget.support.LagetTest;
import no.laget.support.MovableClock;
import no.laget.support.TestChildren;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the family's innsyn export reads from the archive: every record of the child in time order, corrections
 * included, and each document byte for byte; nothing of another child; and no access-log entry of its own, since the
 * family door has decided and logged before it asks.
 */
@LagetTest
class FamilyExportRecordsTest {

    @Autowired Archive archive;
    @Autowired ArchiveForFamily forFamily;
    @Autowired ChildFixtures fixtures;
    @Autowired JdbcClient jdbc;
    @Autowired MovableClock clock;

    SignedInUser ansatt;
    LocalDate today;

    @BeforeEach
    void arrange() {
        clock.reset();
        ansatt = fixtures.user("ansatt");
        today = LocalDate.now(clock.withZone(Oslo.ZONE));
    }

    @Test
    void the_export_gets_every_record_of_the_child_in_time_order_with_its_bytes_and_nothing_of_another_child() {
        long child = fixtures.childOf("ansatt", TestChildren.familyName());
        long other = fixtures.childOf("ansatt", TestChildren.familyName());
        fixtures.consent("ansatt", child, ansatt.unitId(), today, today.plusYears(1), "RELAY_LOG");
        fixtures.consent("ansatt", other, ansatt.unitId(), today, today.plusYears(1), "RELAY_LOG");
        ArchivedRecord first = archive.forChild(ansatt, child).getFirst();
        long correction = archive.correct(ansatt, first.id(), "Feil dato", "%PDF-1.7 rettet".getBytes());
        long othersRecord = archive.forChild(ansatt, other).getFirst().id();
        List<ArchivedRecord> employeeSees = archive.forChild(ansatt, child);
        byte[] firstBytes = archive.document(ansatt, first.id()).content();
        long logged = jdbc.sql("select count(*) from access_log where child_id = ?").param(child).query(Long.class).single();

        List<ArchivedRecord> records = forFamily.recordsOfChild(child);

        assertThat(records).extracting(ArchivedRecord::id).containsExactly(first.id(), correction);
        assertThat(records).isEqualTo(employeeSees);
        assertThat(forFamily.documentOfChild(child, correction)).hasValueSatisfying(d -> {
            assertThat(d.content()).isEqualTo("%PDF-1.7 rettet".getBytes());
            assertThat(d.fileName()).doesNotContain("Kari");
        });
        assertThat(forFamily.documentOfChild(child, first.id()).orElseThrow().content()).isEqualTo(firstBytes);
        assertThat(forFamily.documentOfChild(child, othersRecord)).isEmpty();
        assertThat(forFamily.documentOfChild(child, 1_000_000_000L + othersRecord)).isEmpty();
        assertThat(jdbc.sql("select count(*) from access_log where child_id = ?").param(child).query(Long.class).single())
                .as("the export's own reads log nothing: the family door logs").isEqualTo(logged);
    }
}
