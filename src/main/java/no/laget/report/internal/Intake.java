package no.laget.report.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

import no.laget.access.AccessDoor;
import no.laget.access.AccessRefusedException;
import no.laget.access.AccessedObject;
import no.laget.access.Action;
import no.laget.access.InformationCategory;
import no.laget.access.Reason;
import no.laget.interest.BestInterestForm;
import no.laget.interest.BestInterestNote;
import no.laget.interest.BestInterestNotes;
import no.laget.interest.Occasion;
import no.laget.platform.LagetProperties;
import no.laget.platform.security.Role;
import no.laget.platform.security.SignedInUser;
import no.laget.platform.time.Oslo;
import no.laget.platform.validation.FieldProblem;
import no.laget.platform.validation.FieldProblems;
import no.laget.platform.validation.InvalidInputException;
import no.laget.platform.validation.NotFoundException;
import no.laget.report.InvestigationEnded;
import no.laget.report.InvestigationExtended;
import no.laget.report.LegalClocks;
import no.laget.report.LetterSent;
import no.laget.report.ReportReviewed;
import no.laget.report.ReporterAnswered;
import no.laget.report.internal.ReportInboxRepository.InboxRow;
import no.laget.report.internal.ReportInboxRepository.IntakeRow;
import no.laget.report.internal.ReportInboxRepository.Letter;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Child welfare's intake: the received reports of the user's unit with their legal clocks, the decisions (review:
 * closed or investigation; extension with a reason; end of investigation: closed or measures) and the letters to the
 * reporter. Only a user with the role CHILD_WELFARE_INTAKE in the receiving unit; every read and write of a report
 * goes through the door for each child (basis RECEIVED_REPORT from the grant receiving gave).
 */
@Service
class Intake {

    private static final Logger log = LoggerFactory.getLogger(Intake.class);

    enum LetterKind { RECEIPT, INVESTIGATION_OPENED, NO_INVESTIGATION, OUTCOME_CLOSED, OUTCOME_MEASURES }

    enum SentHow { LETTER, EMAIL, DIGITAL_MAIL }

    enum ReviewDecision { CLOSED, INVESTIGATION }

    enum Outcome { CLOSED, MEASURES }

    /*
     * The commands. A choice left null was not made: the service says so next to its field, together with the checks
     * that need the report's state, so a page shows every problem at once.
     */

    /** Rule 22: the review's decision: closed (henlagt), or an investigation opened with its best-interest note. */
    record ReviewReport(ReviewDecision decision, LocalDate reviewedOn, BestInterestNote note) {

        /**
         * The review from what was read so far: the note ({@code bestInterest.*}) is read only when an investigation
         * is opened; every problem at once.
         */
        static ReviewReport read(FieldProblems problems, ReviewDecision decision, LocalDate reviewedOn,
                BestInterestForm bestInterest) {
            BestInterestNote note = decision == ReviewDecision.INVESTIGATION
                    ? ReportRules.with(problems, found -> BestInterestNote.check(found, "bestInterest", bestInterest,
                            null)).orElse(null)
                    : null;
            return problems.command(() -> new ReviewReport(decision, reviewedOn, note));
        }

        @Override
        public String toString() {
            return "ReviewReport[" + decision + "]"; // the note is free text
        }
    }

    /** Rule 23: six months instead of three, with the reason (null: none given). */
    record ExtendInvestigation(String reason) {
        @Override
        public String toString() {
            return "ExtendInvestigation"; // free text never in a log line
        }
    }

    record EndInvestigation(Outcome outcome, LocalDate endedOn) {}

    record RecordLetter(LetterKind kind, LocalDate sentOn, SentHow how) {}

    /** One legal clock as the page shows it. */
    record ClockView(String kind, LocalDate due, boolean done, long daysLeft) {
        public boolean overdue() {
            return !done && daysLeft < 0;
        }
    }

    record Case(InboxRow inbox, ReportOfConcern report, List<ClockView> clocks, List<LetterKind> lettersDue,
            List<Letter> letters, List<BestInterestNotes.Written> notes) {}

    private final ReportInboxRepository inboxes;
    private final SentReportRepository reports;
    private final AccessDoor door;
    private final BestInterestNotes notes;
    private final Clock clock;
    private final LegalClocks.InvestigationStart investigationStart;
    private final String municipalityNumber;
    private final String municipalityName;
    private final LetterPdf letterPdf;
    private final ApplicationEventPublisher events;

    Intake(ReportInboxRepository inboxes, SentReportRepository reports, AccessDoor door, Clock clock,
            LagetProperties properties,
            @Value("${laget.report.investigation-clock-starts:RECEIPT}") LegalClocks.InvestigationStart investigationStart,
            BestInterestNotes notes, LetterPdf letterPdf, ApplicationEventPublisher events) {
        this.letterPdf = letterPdf;
        this.events = events;
        this.inboxes = inboxes;
        this.reports = reports;
        this.notes = notes;
        this.door = door;
        this.clock = clock;
        this.investigationStart = investigationStart;
        this.municipalityNumber = properties.municipality().number();
        this.municipalityName = properties.municipality().name();
    }

    List<IntakeRow> list(SignedInUser user) {
        requireIntake(user);
        List<IntakeRow> rows = inboxes.intake(door.filter(user, InformationCategory.CHILD_WELFARE, Action.READ),
                user.unitId(), ReportService.LIST_LIMIT);
        door.recordListed(user, InformationCategory.CHILD_WELFARE,
                rows.stream().flatMap(row -> row.children().stream()).map(ListedName::listed).toList(),
                "report_intake");
        return rows;
    }

    Case get(SignedInUser user, long inboxId) {
        InboxRow inbox = inboxOf(user, inboxId, Action.READ);
        ReportOfConcern report = reports.report(inbox.reportId(), municipalityNumber, municipalityName).orElseThrow();
        return new Case(inbox, report, clocks(inbox, today()), lettersDue(inbox), inboxes.letters(inbox.reportId()),
                notes.read(user, ReportService.noteSource(inbox.reportId()), Action.READ, EnumSet.allOf(Occasion.class)));
    }

    /**
     * Rule 22: the review's decision: closed (henlagt) or an investigation opened. Opening an investigation needs the
     * best-interest note (fields {@code bestInterest.*}, read with the command); closing does not ask for one.
     */
    @Transactional
    void review(SignedInUser user, long inboxId, ReviewReport review) {
        InboxRow inbox = inboxOf(user, inboxId, Action.WRITE);
        List<FieldProblem> problems = new ArrayList<>();
        if (inbox.reviewDecision() != null) {
            problems.add(new FieldProblem("reviewDecision", "intake.review.already"));
        }
        if (review.decision() == null) {
            problems.add(new FieldProblem("reviewDecision", "intake.reviewDecision.required"));
        }
        Optional<LocalDate> date = day(problems, "reviewedOn", review.reviewedOn(), inbox.receivedOn());
        Optional<BestInterestNote> note = Optional.ofNullable(review.note());
        throwIfAny(problems);
        String decision = review.decision().name();
        LocalDate reviewedOn = date.orElseThrow();
        LocalDate start = null;
        LocalDate due = null;
        if ("INVESTIGATION".equals(decision)) {
            start = LegalClocks.investigationStart(investigationStart, inbox.receivedOn(), reviewedOn);
            due = LegalClocks.investigationDue(start, false);
        }
        inboxes.review(inboxId, decision, reviewedOn, user.employeeId(), start, due);
        long reportId = inbox.reportId();
        if (note.isPresent()) {
            notes.write(user, ReportService.noteSource(reportId), Action.WRITE, Occasion.INVESTIGATION,
                    reports.childIds(reportId), note.get(), OffsetDateTime.now(clock.withZone(ZoneOffset.UTC)));
        }
        Long child = firstChild(reportId);
        events.publishEvent(new ReportReviewed(reportId, inboxId, inbox.unitId(), child, reviewedOn,
                LegalClocks.openingLetterDue(inbox.receivedOn(), reviewedOn), due));
        log.info("Intake {} reviewed: {}", inboxId, decision);
    }

    /** Rule 23: six months instead of three, only with a recorded reason. */
    @Transactional
    void extend(SignedInUser user, long inboxId, ExtendInvestigation extension) {
        InboxRow inbox = inboxOf(user, inboxId, Action.WRITE);
        List<FieldProblem> problems = new ArrayList<>();
        if (!"INVESTIGATION".equals(inbox.reviewDecision()) || inbox.investigationEndedOn() != null) {
            problems.add(new FieldProblem("extensionReason", "intake.extension.no-investigation"));
        } else if (inbox.extensionReason() != null) {
            problems.add(new FieldProblem("extensionReason", "intake.extension.already"));
        } else if (extension.reason() == null) {
            problems.add(new FieldProblem("extensionReason", "intake.extensionReason.required"));
        }
        throwIfAny(problems);
        LocalDate due = LegalClocks.investigationDue(inbox.investigationStartedOn(), true);
        inboxes.extend(inboxId, extension.reason(), due);
        events.publishEvent(new InvestigationExtended(inbox.reportId(), inboxId, inbox.unitId(),
                firstChild(inbox.reportId()), today(), due));
        log.info("Intake {} investigation extended", inboxId);
    }

    /** The investigation ended: closed (henlagt) or measures (tiltak); the reporter is told within three weeks. */
    @Transactional
    void endInvestigation(SignedInUser user, long inboxId, EndInvestigation end) {
        InboxRow inbox = inboxOf(user, inboxId, Action.WRITE);
        List<FieldProblem> problems = new ArrayList<>();
        if (!"INVESTIGATION".equals(inbox.reviewDecision()) || inbox.investigationEndedOn() != null) {
            problems.add(new FieldProblem("outcome", "intake.end.no-investigation"));
        } else if (end.outcome() == null) {
            problems.add(new FieldProblem("outcome", "intake.outcome.required"));
        }
        Optional<LocalDate> date = day(problems, "endedOn", end.endedOn(),
                inbox.reviewedOn() == null ? inbox.receivedOn() : inbox.reviewedOn());
        throwIfAny(problems);
        String outcome = end.outcome().name();
        inboxes.endInvestigation(inboxId, date.orElseThrow(), outcome);
        events.publishEvent(new InvestigationEnded(inbox.reportId(), inboxId, inbox.unitId(),
                firstChild(inbox.reportId()), date.get(), LegalClocks.outcomeLetterDue(date.get())));
        log.info("Intake {} investigation ended: {}", inboxId, outcome);
    }

    /** Records that a letter was sent to the reporter: which, on what day and how. */
    @Transactional
    long recordLetter(SignedInUser user, long inboxId, RecordLetter sent) {
        InboxRow inbox = inboxOf(user, inboxId, Action.WRITE);
        List<FieldProblem> problems = new ArrayList<>();
        Optional<LetterKind> letter = lettersDue(inbox).stream().filter(k -> k == sent.kind()).findFirst();
        if (letter.isEmpty()) {
            problems.add(new FieldProblem("letterKind", "intake.letterKind.required"));
        }
        Optional<LocalDate> date = day(problems, "sentOn", sent.sentOn(), inbox.receivedOn());
        if (sent.how() == null) {
            problems.add(new FieldProblem("sentHow", "intake.sentHow.required"));
        }
        throwIfAny(problems);
        String kind = sent.kind().name();
        String how = sent.how().name();
        long id = inboxes.recordLetter(inboxId, kind, date.orElseThrow(), how, user.employeeId(), now());
        events.publishEvent(new ReporterAnswered(inbox.reportId(), switch (letter.get()) {
            case RECEIPT -> ReporterAnswered.Letter.RECEIPT;
            case INVESTIGATION_OPENED, NO_INVESTIGATION -> ReporterAnswered.Letter.OPENING;
            case OUTCOME_CLOSED, OUTCOME_MEASURES -> ReporterAnswered.Letter.OUTCOME;
        }));
        Long child = firstChild(inbox.reportId());
        if (child != null) {
            // The letter as it leaves, rendered once: the archive keeps these bytes, never a later rendering.
            ReportOfConcern report = reports.report(inbox.reportId(), municipalityNumber, municipalityName).orElseThrow();
            OffsetDateTime reportSentAt = reports.delivery(inbox.reportId()).orElseThrow().createdAt();
            events.publishEvent(new LetterSent(id, inbox.reportId(), child, kind, letterPdf.title(letter.get()),
                    report.reporter().name(), inbox.unitId(), user.employeeId(), now(), date.get(),
                    letterPdf.render(letter.get(), inbox.reportId(), report, reportSentAt, date.get())));
        }
        log.info("Intake {} letter {} recorded", inboxId, kind);
        return id;
    }

    /** The letters the law asks for at this point that are not sent yet, in the order they fall due. */
    static List<LetterKind> lettersDue(InboxRow inbox) {
        List<LetterKind> due = new ArrayList<>();
        if (!inbox.letters().contains(LetterKind.RECEIPT.name())) {
            due.add(LetterKind.RECEIPT);
        }
        if (inbox.reviewDecision() != null && !inbox.letters().contains(LetterKind.INVESTIGATION_OPENED.name())
                && !inbox.letters().contains(LetterKind.NO_INVESTIGATION.name())) {
            due.add("INVESTIGATION".equals(inbox.reviewDecision()) ? LetterKind.INVESTIGATION_OPENED
                    : LetterKind.NO_INVESTIGATION);
        }
        if (inbox.outcome() != null && !inbox.letters().contains(LetterKind.OUTCOME_CLOSED.name())
                && !inbox.letters().contains(LetterKind.OUTCOME_MEASURES.name())) {
            due.add("MEASURES".equals(inbox.outcome()) ? LetterKind.OUTCOME_MEASURES : LetterKind.OUTCOME_CLOSED);
        }
        return due;
    }

    /** Every clock that has started for a received report, with what is left of it today. */
    static List<ClockView> clocks(InboxRow inbox, LocalDate today) {
        List<ClockView> clocks = new ArrayList<>();
        LocalDate received = inbox.receivedOn();
        clocks.add(clock("REPORT_REVIEW", LegalClocks.reviewDue(received), inbox.reviewedOn() != null, today));
        clocks.add(clock("REPORT_CONFIRMATION", LegalClocks.confirmationDue(received),
                inbox.letters().contains(LetterKind.RECEIPT.name()), today));
        if (inbox.reviewedOn() != null) {
            clocks.add(clock("REPORT_OPENING_LETTER", LegalClocks.openingLetterDue(received, inbox.reviewedOn()),
                    inbox.letters().contains(LetterKind.INVESTIGATION_OPENED.name())
                            || inbox.letters().contains(LetterKind.NO_INVESTIGATION.name()), today));
        }
        if (inbox.investigationDue() != null) {
            clocks.add(clock("REPORT_INVESTIGATION", inbox.investigationDue(), inbox.investigationEndedOn() != null, today));
        }
        if (inbox.investigationEndedOn() != null) {
            clocks.add(clock("REPORT_OUTCOME_LETTER", LegalClocks.outcomeLetterDue(inbox.investigationEndedOn()),
                    inbox.letters().contains(LetterKind.OUTCOME_CLOSED.name())
                            || inbox.letters().contains(LetterKind.OUTCOME_MEASURES.name()), today));
        }
        return clocks;
    }

    /** The open clock that ends first, for the list; null when every clock is done. */
    static ClockView next(InboxRow inbox, LocalDate today) {
        return clocks(inbox, today).stream().filter(c -> !c.done())
                .min(java.util.Comparator.comparing(ClockView::due)).orElse(null);
    }

    private static ClockView clock(String kind, LocalDate due, boolean done, LocalDate today) {
        return new ClockView(kind, due, done, LegalClocks.daysLeft(due, today));
    }

    private InboxRow inboxOf(SignedInUser user, long inboxId, Action action) {
        requireIntake(user);
        InboxRow inbox = inboxes.inbox(inboxId).filter(row -> row.unitId() == user.unitId())
                .orElseThrow(() -> new NotFoundException("intake"));
        for (long childId : reports.childIds(inbox.reportId())) {
            door.require(user, childId, InformationCategory.CHILD_WELFARE, action,
                    AccessedObject.of(action == Action.READ ? "report" : "report_decision", inbox.reportId()));
        }
        return inbox;
    }

    private static void requireIntake(SignedInUser user) {
        if (!user.hasRole(Role.CHILD_WELFARE_INTAKE) || !"CHILD_WELFARE".equals(user.unitType())) {
            throw new AccessRefusedException(Reason.CATEGORY_NOT_GRANTED);
        }
    }

    /** A day read with the command, checked against today and the day before which it cannot be. */
    private Optional<LocalDate> day(List<FieldProblem> problems, String field, LocalDate day, LocalDate notBefore) {
        Optional<LocalDate> date = Optional.of(day);
        if (date.filter(d -> d.isAfter(today())).isPresent()) {
            problems.add(new FieldProblem(field, "intake." + field + ".future"));
            return Optional.empty();
        }
        if (date.filter(d -> d.isBefore(notBefore)).isPresent()) {
            problems.add(new FieldProblem(field, "intake." + field + ".too-early"));
            return Optional.empty();
        }
        return date;
    }

    private Long firstChild(long reportId) {
        List<Long> ids = reports.childIds(reportId);
        return ids.isEmpty() ? null : ids.getFirst();
    }

    private static void throwIfAny(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(Oslo.ZONE));
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock.withZone(ZoneOffset.UTC));
    }
}
