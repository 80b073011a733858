package no.laget.agreement.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import no.laget.platform.security.NavCooperation;
import no.laget.access.AccessDoor;
import no.laget.agreement.AgreementDatesSet;
import no.laget.agreement.AgreementEvaluated;
import no.laget.organisation.Organisation;
import no.laget.organisation.Unit;
import no.laget.platform.security.SignedInUser;
import no.laget.platform.time.Oslo;
import no.laget.platform.validation.Anonymity;
import no.laget.platform.validation.FieldProblem;
import no.laget.platform.validation.InvalidInputException;
import no.laget.platform.validation.NotFoundException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Cooperation agreements between services: parties, period, routines, the meetings promised per year and those
 * held (with minutes that hold no child data), and the annual evaluation, before which the staff of the parties
 * give their experience. From {@link AgreementDatesSet}, the deadline engine reminds each party unit of the next meeting of each kind due
 * (AGREEMENT_MEETING), of the input ({@link #INPUT_DAYS_BEFORE} days before the evaluation, AGREEMENT_INPUT) and
 * of the evaluation (AGREEMENT_EVALUATION). Only employees of the parties see an agreement.
 */
@Service
public class Agreements {

    public static final int INPUT_DAYS_BEFORE = 30;

    private static final Logger log = LoggerFactory.getLogger(Agreements.class);

    private final AgreementRepository repository;
    private final Organisation organisation;
    private final Clock clock;
    private final AgreementPdf pdf;
    private final ApplicationEventPublisher events;

    Agreements(AgreementRepository repository, Organisation organisation, Clock clock, AgreementPdf pdf,
            ApplicationEventPublisher events) {
        this.pdf = pdf;
        this.events = events;
        this.repository = repository;
        this.organisation = organisation;
        this.clock = clock;
    }

    public List<AgreementSummary> list(SignedInUser user) {
        requireEmployee(user);
        Map<Long, List<String>> parties = repository.partiesOfAgreementsOf(user.unitId()).stream()
                .collect(Collectors.groupingBy(AgreementRepository.PartyRow::agreementId,
                        Collectors.mapping(AgreementRepository.PartyRow::unitName, Collectors.toList())));
        return repository.agreementsOf(user.unitId()).stream()
                .map(a -> new AgreementSummary(a.id(), a.title(), a.validFrom(), a.validTo(),
                        parties.getOrDefault(a.id(), List.of()), a.evaluationDueOn()))
                .toList();
    }

    public Agreement get(SignedInUser user, long id) {
        AgreementRepository.Head head = headFor(user, id);
        List<AgreementRepository.PartyRow> parties = repository.parties(id);
        List<Agreement.Meeting> meetings = repository.meetings(id);
        List<Agreement.Input> inputs = repository.inputs(id, head.evaluationDueOn());
        return new Agreement(head.id(), head.title(), head.validFrom(), head.validTo(), head.cooperationPerYear(),
                head.anonymousPerYear(), head.evaluationDueOn(), inputDue(head.evaluationDueOn()),
                parties.stream().map(p -> new Agreement.Party(p.partyId(), p.unitId(), p.unitName())).toList(),
                repository.routines(id), meetings,
                next(head, last(meetings, MeetingKind.COOPERATION), head.cooperationPerYear()),
                next(head, last(meetings, MeetingKind.ANONYMOUS), head.anonymousPerYear()),
                inputs, repository.evaluations(id),
                inputs.stream().anyMatch(i -> i.employeeId() == user.employeeId()));
    }

    /**
     * A new agreement ({@link CreateAgreement#read} has checked each field); its party units must be active units of
     * the user's own municipality, the ones the form offers (a crafted request naming another municipality's unit
     * would otherwise make that unit a party and send it the agreement's reminders).
     */
    @Transactional
    public long create(SignedInUser user, CreateAgreement command) {
        requireEmployee(user);
        Map<Long, Unit> units = organisation.unitsInMunicipalityOf(user.unitId()).stream()
                .collect(Collectors.toMap(Unit::id, unit -> unit));
        if (command.partyUnitIds().stream().anyMatch(u -> !units.containsKey(u) && organisation.unit(u).isPresent())) {
            throw new InvalidInputException(List.of(
                    new FieldProblem("partyUnitIds", "nav.agreement.partyUnitIds.other-municipality")));
        }
        if (command.partyUnitIds().stream().anyMatch(u -> !units.containsKey(u) || !units.get(u).active())) {
            throw new InvalidInputException(List.of(new FieldProblem("partyUnitIds", "nav.agreement.partyUnitIds.unknown")));
        }
        long id = repository.insert(command.title(), command.validFrom(), command.validTo(),
                command.cooperationMeetingsPerYear(), command.anonymousMeetingsPerYear(),
                command.firstEvaluationOn() != null ? command.firstEvaluationOn() : command.validFrom().plusYears(1),
                user.employeeId(), now());
        command.partyUnitIds().forEach(unit -> repository.insertParty(id, unit));
        List<String> routines = command.routines();
        for (int i = 0; i < routines.size(); i++) {
            repository.insertRoutine(id, i + 1, routines.get(i));
        }
        schedule(id);
        log.info("Agreement {} created by unit {} with {} parties", id, user.unitId(), command.partyUnitIds().size());
        return id;
    }

    /** A meeting held, not before the agreement's start; the next meeting of its kind is due from it. */
    @Transactional
    public long recordMeeting(SignedInUser user, long id, RecordMeeting command) {
        AgreementRepository.Head head = headFor(user, id);
        if (command.heldOn().isBefore(head.validFrom())) {
            throw new InvalidInputException(List.of(new FieldProblem("heldOn", "nav.meeting.heldOn.before-agreement")));
        }
        long meeting = repository.insertMeeting(id, command.kind(), command.heldOn(), command.minutes(),
                user.employeeId(), now());
        schedule(id);
        log.info("Agreement {} meeting {} recorded by unit {}", id, meeting, user.unitId());
        return meeting;
    }

    /** An employee's input before this year's evaluation; giving it again replaces the first. */
    @Transactional
    public void giveInput(SignedInUser user, long id, GiveInput command) {
        AgreementRepository.Head head = headFor(user, id);
        repository.upsertInput(id, head.evaluationDueOn(), user.employeeId(), user.unitId(), command.text(), now());
        log.info("Agreement {}: input given by an employee of unit {}", id, user.unitId());
    }

    /** The annual evaluation; the next one falls due a year later, and the staff are asked again before it. */
    @Transactional
    public void recordEvaluation(SignedInUser user, long id, RecordEvaluation command) {
        AgreementRepository.Head head = headFor(user, id);
        // The evaluation as recorded, with the agreement and this round's input, rendered once for the archive.
        Agreement agreement = get(user, id);
        OffsetDateTime now = now();
        String recordedBy = organisation.employee(user.employeeId()).map(e -> e.displayName()).orElse("");
        byte[] document = pdf.agreementEvaluation(agreement, agreement.inputs(), head.evaluationDueOn(), command.evaluatedOn(),
                command.summary(), recordedBy, now);
        repository.insertEvaluation(id, head.evaluationDueOn(), command.evaluatedOn(), command.summary(),
                user.employeeId(), command.evaluatedOn().plusYears(1), now);
        events.publishEvent(new AgreementEvaluated(id, head.title(), agreement.parties().stream()
                .map(Agreement.Party::unitId).toList(), user.unitId(), user.employeeId(), now, command.evaluatedOn(), document));
        schedule(id);
        log.info("Agreement {} evaluated, recorded by unit {}", id, user.unitId());
    }

    /** The next meeting of a kind: a year divided by the promised number after the last one (or the start). */
    public static LocalDate nextMeeting(LocalDate start, LocalDate lastHeld, int perYear) {
        if (perYear <= 0) {
            return null;
        }
        LocalDate base = lastHeld != null && lastHeld.isAfter(start) ? lastHeld : start;
        return 12 % perYear == 0 ? base.plusMonths(12 / perYear) : base.plusDays(365 / perYear);
    }

    public static LocalDate inputDue(LocalDate evaluationDue) {
        return evaluationDue.minusDays(INPUT_DAYS_BEFORE);
    }

    private void schedule(long id) {
        AgreementRepository.Head head = repository.agreement(id).orElseThrow();
        LocalDate cooperation = next(head, repository.lastMeeting(id, MeetingKind.COOPERATION).orElse(null),
                head.cooperationPerYear());
        LocalDate anonymous = next(head, repository.lastMeeting(id, MeetingKind.ANONYMOUS).orElse(null),
                head.anonymousPerYear());
        for (AgreementRepository.PartyRow party : repository.parties(id)) {
            events.publishEvent(new AgreementDatesSet(id, party.partyId(), party.unitId(), within(head, cooperation),
                    within(head, anonymous), within(head, inputDue(head.evaluationDueOn())),
                    within(head, head.evaluationDueOn())));
        }
    }

    /** A duty's day, or null when there is none: no day, or a day after the agreement ends. */
    private static LocalDate within(AgreementRepository.Head head, LocalDate due) {
        return due == null || (head.validTo() != null && due.isAfter(head.validTo())) ? null : due;
    }

    private static LocalDate next(AgreementRepository.Head head, LocalDate last, int perYear) {
        return nextMeeting(head.validFrom(), last, perYear);
    }

    private static LocalDate last(List<Agreement.Meeting> meetings, MeetingKind kind) {
        return meetings.stream().filter(m -> m.kind() == kind).map(Agreement.Meeting::heldOn)
                .max(LocalDate::compareTo).orElse(null);
    }

    private AgreementRepository.Head headFor(SignedInUser user, long id) {
        requireEmployee(user);
        AgreementRepository.Head head = repository.agreement(id).orElseThrow(() -> new NotFoundException("agreement"));
        if (repository.parties(id).stream().noneMatch(p -> p.unitId() == user.unitId())) {
            throw new NavCooperation.Refused("nav.refused.not-party");
        }
        return head;
    }

    private static void requireEmployee(SignedInUser user) {
        if (!user.worksWithChildren()) {
            throw new NavCooperation.Refused("nav.refused.employees-only");
        }
    }

    /** Today in Norway, the day the commands' dates are read against. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(Oslo.ZONE));
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock.withZone(ZoneOffset.UTC));
    }
}
