package no.laget.report.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import no.laget.access.AccessDoor;
import no.laget.access.AccessedObject;
import no.laget.access.Action;
import no.laget.access.InformationCategory;
import no.laget.child.Children;
import no.laget.interest.BestInterestNotes;
import no.laget.interest.Occasion;
import no.laget.platform.LagetProperties;
import no.laget.platform.security.Role;
import no.laget.platform.security.SignedInUser;
import no.laget.platform.time.Oslo;
import no.laget.platform.validation.NotFoundException;
import no.laget.report.ReportSent;
import no.laget.report.internal.ReportOfConcern.ReportedChild;
import no.laget.report.internal.ReportInboxRepository.Letter;
import no.laget.report.internal.SentReportRepository.Delivery;
import no.laget.report.internal.SentReportRepository.MineRow;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.task.TaskExecutor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Writing a report and the sender's view of it. Saving takes a report read and checked by {@link ReportRules}, finds or
 * registers each child (through the child module, which asks the door), writes the report, its Fiks JSON (validated
 * against the schema) and the outbox row in one transaction, and logs a REPORT decision for each child. After commit
 * the worker is asked to deliver at once; the scheduled run is the safety net.
 */
@Service
class ReportService {

    private static final Logger log = LoggerFactory.getLogger(ReportService.class);
    static final int LIST_LIMIT = 200;

    /** The sender's view of one report: what they wrote, where it stands and the letters child welfare sent. */
    record SenderView(long id, ReportOfConcern report, Delivery delivery, List<Letter> letters,
            List<BestInterestNotes.Written> notes) {}

    /** Where a report's best-interest notes belong: the report's own, and child welfare's when it opens an investigation. */
    static BestInterestNotes.Source noteSource(long reportId) {
        return new BestInterestNotes.Source("report", reportId, InformationCategory.CHILD_WELFARE);
    }

    private final BestInterestNotes notes;
    private final SentReportRepository reports;
    private final ReportOutboxRepository outbox;
    private final ReportInboxRepository inboxes;
    private final Children children;
    private final AccessDoor door;
    private final FiksSchema schema;
    private final ReportReceivers receivers;
    private final DeliveryWorker worker;
    private final TaskExecutor executor;
    private final Clock clock;
    private final String municipalityNumber;
    private final String municipalityName;
    private final ReportPdf reportPdf;
    private final ApplicationEventPublisher events;

    ReportService(SentReportRepository reports, ReportOutboxRepository outbox,
            ReportInboxRepository inboxes, Children children, AccessDoor door, FiksSchema schema,
            ReportReceivers receivers, DeliveryWorker worker, @Qualifier("applicationTaskExecutor") TaskExecutor executor, Clock clock,
            LagetProperties properties, BestInterestNotes notes, ReportPdf reportPdf, ApplicationEventPublisher events) {
        this.reportPdf = reportPdf;
        this.events = events;
        this.notes = notes;
        this.reports = reports;
        this.outbox = outbox;
        this.inboxes = inboxes;
        this.children = children;
        this.door = door;
        this.schema = schema;
        this.receivers = receivers;
        this.worker = worker;
        this.executor = executor;
        this.clock = clock;
        this.municipalityNumber = properties.municipality().number() == null ? "" : properties.municipality().number().trim();
        this.municipalityName = properties.municipality().name() == null ? "" : properties.municipality().name().trim();
    }

    /** Saves a report read and checked by {@link ReportRules#read}; only the door and the child register remain. */
    @Transactional
    long save(SignedInUser user, SendReport command) {
        OffsetDateTime now = now();
        List<ReportedChild> withIds = new ArrayList<>();
        for (ReportedChild typed : command.children()) {
            withIds.add(new ReportedChild(childId(user, typed), typed.identityNumber(), typed.unborn(),
                    typed.dueDate(), typed.givenName(), typed.familyName(), typed.address(), typed.told(),
                    typed.notToldReason()));
        }
        ReportOfConcern report = new ReportOfConcern(municipalityNumber, municipalityName, command.grounds(),
                command.concern(), command.history(), command.otherViews(), command.interpreterNeeded(),
                command.interpreterLanguage(), command.otherServices(), command.reporter(), withIds,
                command.guardians(), now.truncatedTo(ChronoUnit.MICROS));
        String json = FiksFormat.write(report);
        List<String> problems = schema.problems(json);
        if (!problems.isEmpty()) {
            // The form's rules should have refused anything the schema refuses; the paths name no person.
            throw new IllegalStateException("A report did not validate against the Fiks schema: " + problems);
        }
        long id = reports.insert(report, user.employeeId(), user.unitId(), json);
        // The outbox row, in the same transaction: what is saved will be delivered.
        outbox.enqueue(id, receivers.chosen(), report.sentAt());
        for (ReportedChild child : withIds) {
            door.decide(user, child.childId(), InformationCategory.CHILD_WELFARE, Action.REPORT,
                    AccessedObject.of("report", id));
        }
        notes.write(user, noteSource(id), Action.REPORT, Occasion.REPORT,
                withIds.stream().map(ReportedChild::childId).distinct().toList(), command.note(), now);
        // The report as it leaves, rendered once: the archive keeps these bytes, never a later rendering.
        events.publishEvent(new ReportSent(id, withIds.getFirst().childId(),
                withIds.stream().map(ReportedChild::fullName).toList(), report.reporter().name(), user.unitId(),
                user.employeeId(), report.sentAt(), reportPdf.render(id, report)));
        log.info("Report {} saved by unit {} for delivery to {}", id, user.unitId(), receivers.chosen());
        deliverAfterCommit();
        return id;
    }

    /** A child opened from its page must still be one the user may see; any other is found or registered. */
    private long childId(SignedInUser user, ReportedChild typed) {
        if (typed.childId() != null) {
            long id = typed.childId();
            door.require(user, id, InformationCategory.BASIC, Action.READ, AccessedObject.of("child", id));
            return id;
        }
        return children.registerReported(user, typed.identityNumber(), typed.givenName(), typed.familyName(),
                typed.address());
    }

    private void deliverAfterCommit() {
        if (!worker.automatic() || !TransactionSynchronizationManager.isSynchronizationActive()) {
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                executor.execute(worker::deliverDue);
            }
        });
    }

    /** The sender's reports, one statement, each child's read-back logged (duty to report). */
    List<MineRow> mine(SignedInUser user) {
        return mine(user, LIST_LIMIT);
    }

    /** The user's newest reports, at most {@code limit}; only the children shown are logged as listed. */
    List<MineRow> mine(SignedInUser user, int limit) {
        List<MineRow> rows = reports.mine(door.filter(user, InformationCategory.CHILD_WELFARE, Action.REPORT),
                user.employeeId(), limit);
        door.recordListed(user, InformationCategory.CHILD_WELFARE,
                rows.stream().flatMap(row -> row.children().stream()).map(ListedName::listed).toList(),
                "report_list");
        return rows;
    }

    /** One of the sender's own reports; anyone else's is "not found", whoever asks. */
    SenderView forSender(SignedInUser user, long id) {
        Delivery delivery = reports.delivery(id).filter(d -> d.reporterEmployeeId() == user.employeeId())
                .orElseThrow(() -> new NotFoundException("report"));
        for (long childId : reports.childIds(id)) {
            door.require(user, childId, InformationCategory.CHILD_WELFARE, Action.REPORT, AccessedObject.of("report", id));
        }
        ReportOfConcern report = reports.report(id, municipalityNumber, municipalityName).orElseThrow();
        // The reporter reads back their own note, never child welfare's (docs/domain.md rule 24).
        return new SenderView(id, report, delivery, inboxes.letters(id),
                notes.read(user, noteSource(id), Action.REPORT, EnumSet.of(Occasion.REPORT)));
    }

    /**
     * The report as Fiks JSON, for the sender or for the child welfare unit that received it (role
     * CHILD_WELFARE_INTAKE); each child's access logged. Anyone else: not found.
     */
    String fiks(SignedInUser user, long id) {
        Delivery delivery = reports.delivery(id).orElseThrow(() -> new NotFoundException("report"));
        boolean sender = delivery.reporterEmployeeId() == user.employeeId();
        boolean receiver = !sender && user.hasRole(Role.CHILD_WELFARE_INTAKE)
                && inboxes.inboxForReport(id).filter(inbox -> inbox.unitId() == user.unitId()).isPresent();
        if (!sender && !receiver) {
            throw new NotFoundException("report");
        }
        for (long childId : reports.childIds(id)) {
            door.require(user, childId, InformationCategory.CHILD_WELFARE, sender ? Action.REPORT : Action.READ,
                    AccessedObject.of("report_fiks", id));
        }
        return reports.fiksJson(id);
    }

    boolean hasFailing(SignedInUser user) {
        OffsetDateTime now = now();
        DeliveryPolicy policy = DeliveryPolicy.standard();
        return outbox.hasFailing(user.employeeId(), now.minus(policy.warnAfter()), policy.warnAfterAttempts());
    }

    /** Whether the sender should be warned about this report now. */
    static boolean warn(Delivery delivery, OffsetDateTime now) {
        DeliveryPolicy policy = DeliveryPolicy.standard();
        return "FAILED".equals(delivery.state()) || ("RETRYING".equals(delivery.state())
                && (delivery.attempts() >= policy.warnAfterAttempts()
                        || (delivery.firstFailureAt() != null
                                && !now.isBefore(delivery.firstFailureAt().plus(policy.warnAfter())))));
    }

    OffsetDateTime now() {
        return OffsetDateTime.now(clock.withZone(ZoneOffset.UTC));
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(Oslo.ZONE));
    }

    String municipalityName() {
        return municipalityName;
    }
}
