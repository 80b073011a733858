package no.laget.report.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import no.laget.platform.security.SignedInUser;
import no.laget.platform.time.Oslo;
import no.laget.report.LegalClocks;
import no.laget.statistics.FigurePeriod;
import no.laget.statistics.FigureScope;
import no.laget.statistics.FigureTable;
import no.laget.support.ChildFixtures;
import no.laget.support.LagetTest;
import no.laget.support.MovableClock;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** The report module's figure tables count received reports and the legal clocks met, missed and passed. */
@LagetTest
class ReportFiguresTest {

    @Autowired ReportFigures figures;
    @Autowired ReportService reports;
    @Autowired ReportDelivery delivery;
    @Autowired ReportInboxRepository inboxes;
    @Autowired Intake intake;
    @Autowired ChildFixtures fixtures;
    @Autowired Clock clock;

    @AfterEach
    void resetClock() {
        ((MovableClock) clock).reset();
    }

    @Test
    void reports_received_and_the_review_and_confirmation_clocks_are_counted() {
        MovableClock movable = (MovableClock) clock;
        LocalDate received = today();
        // Counts of clocks passed depend on today: both snapshots are taken on the day eight days on.
        movable.advance(Duration.ofDays(8));
        List<FigureTable> before = figures.tables(FigurePeriod.of(received.getYear(), today()), FigureScope.country());
        movable.reset();

        SignedInUser laerer = fixtures.user("laerer");
        SignedInUser barnevern = fixtures.user("barnevern");
        long reviewedInTime = reports.save(laerer, ReportTestData.command(ReportTestData.child()));
        long neverReviewed = reports.save(laerer, ReportTestData.command(ReportTestData.child()));
        long reviewedLate = reports.save(laerer, ReportTestData.command(ReportTestData.child()));
        delivery.deliverDue();
        intake.review(barnevern, inbox(reviewedInTime), ReportTestData.investigation(received));
        intake.recordLetter(barnevern, inbox(neverReviewed),
                ReportTestData.letter(Intake.LetterKind.RECEIPT, received, Intake.SentHow.EMAIL));
        movable.advance(Duration.ofDays(8));
        intake.review(barnevern, inbox(reviewedLate), ReportTestData.closed(today()));

        List<FigureTable> after = figures.tables(FigurePeriod.of(received.getYear(), today()), FigureScope.country());
        String quarter = ((received.getMonthValue() - 1) / 3 + 1) + ". kvartal";
        assertThat(delta(before, after, "reports-received", "Skole", quarter)).isEqualTo(3);
        String review = "Gjennomgang av meldingen (1 uke)";
        assertThat(delta(before, after, "reports-deadlines", review, "Innen fristen")).isEqualTo(1);
        assertThat(delta(before, after, "reports-deadlines", review, "Etter fristen")).isEqualTo(1);
        assertThat(delta(before, after, "reports-deadlines", review, "Ikke gjort, fristen er passert")).isEqualTo(1);
        String confirmation = "Bekreftelse til melderen (3 uker)";
        assertThat(delta(before, after, "reports-deadlines", confirmation, "Innen fristen")).isEqualTo(1);
        assertThat(delta(before, after, "reports-deadlines", confirmation, "Ikke gjort, fristen er passert")).isZero();
        String investigation = "Undersøkelse (3 eller 6 måneder)";
        assertThat(delta(before, after, "reports-deadlines", investigation, "Innen fristen")).isZero();
        assertThat(delta(before, after, "reports-deadlines", investigation, "Ikke gjort, fristen er passert")).isZero();
    }

    @Test
    void a_clock_met_on_its_last_day_is_within_the_day_after_is_late_and_a_running_clock_counts_nowhere() {
        LocalDate receivedOn = LocalDate.of(2026, 3, 2);
        LocalDate due = LegalClocks.reviewDue(receivedOn);
        int[][] cells = new int[3][3];
        ReportFigures.count(cells, ReportFigures.Clock3.REVIEW, due, due, due.plusDays(30));
        ReportFigures.count(cells, ReportFigures.Clock3.REVIEW, due.plusDays(1), due, due.plusDays(30));
        ReportFigures.count(cells, ReportFigures.Clock3.REVIEW, null, due, due);
        assertThat(cells[0]).containsExactly(1, 1, 0);
        ReportFigures.count(cells, ReportFigures.Clock3.REVIEW, null, due, due.plusDays(1));
        assertThat(cells[0]).containsExactly(1, 1, 1);
        assertThat(cells[1]).containsOnly(0);
    }

    @Test
    void a_year_without_reports_has_every_reporter_type_and_zero_for_every_clock() {
        List<FigureTable> tables = figures.tables(FigurePeriod.of(2020, today()), FigureScope.country());
        assertThat(tables.get(0).rowLabels()).hasSize(no.laget.organisation.UnitType.values().length);
        assertThat(java.util.Arrays.stream(tables.get(0).counts()).flatMapToInt(java.util.Arrays::stream).sum()).isZero();
        assertThat(java.util.Arrays.stream(tables.get(1).counts()).flatMapToInt(java.util.Arrays::stream).sum()).isZero();
    }

    private long inbox(long reportId) {
        return inboxes.inboxForReport(reportId).orElseThrow().id();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Oslo.ZONE));
    }

    private static int delta(List<FigureTable> before, List<FigureTable> after, String id, String row, String column) {
        return cell(after, id, row, column) - cell(before, id, row, column);
    }

    private static int cell(List<FigureTable> tables, String id, String row, String column) {
        FigureTable table = tables.stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow();
        int r = table.rowLabels().indexOf(row);
        return r < 0 ? 0 : table.counts()[r][table.columnLabels().indexOf(column)];
    }
}
