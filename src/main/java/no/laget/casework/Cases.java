package no.laget.casework;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.Optional;

import no.laget.access.AccessDoor;
import no.laget.access.AccessGrants;
import no.laget.access.AccessedObject;
import no.laget.access.Action;
import no.laget.access.Basis;
import no.laget.access.InformationCategory;
import no.laget.casework.internal.CaseRepository;
import no.laget.casework.internal.RelayLogPdf;
import no.laget.child.Child;
import no.laget.child.Children;
import no.laget.consent.Consents;
import no.laget.interest.BestInterestNote;
import no.laget.interest.BestInterestNotes;
import no.laget.interest.Occasion;
import no.laget.organisation.Employee;
import no.laget.organisation.Organisation;
import no.laget.organisation.People;
import no.laget.organisation.Unit;
import no.laget.platform.security.SignedInUser;
import no.laget.platform.time.Oslo;
import no.laget.platform.validation.FieldProblem;
import no.laget.platform.validation.FieldRules;
import no.laget.platform.validation.InvalidInputException;
import no.laget.platform.validation.NotFoundException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Cases at levels 1-3 and their relay log (docs/domain.md rules 1, 6-8, 10, 11). A case is created only under a live
 * consent that covers RELAY_LOG for the user's unit; every unit in it is admitted under such a consent and gets a
 * {@link Basis#CASE_PARTICIPANT} grant tied to it. Reading a case needs the door (RELAY_LOG) and either taking part
 * in it or a live consent naming the unit (rule 8); writing needs taking part. Anything else is refused and logged.
 */
@Service
public class Cases {

    private static final Logger log = LoggerFactory.getLogger(Cases.class);
    public static final String SOURCE = "relay_case";
    public static final String MEASURE_SOURCE = "case_measure";
    public static final String EVALUATION_KIND = "MEASURE_EVALUATION";
    private static final int LIST_LIMIT = 200;

    private final CaseRepository repository;
    private final Concerns concerns;
    private final Consents consents;
    private final AccessDoor door;
    private final AccessGrants grants;
    private final Organisation organisation;
    private final People people;
    private final Clock clock;
    private final boolean coordinatorHoldsRelay;
    private final BestInterestNotes notes;
    private final Children children;
    private final RelayLogPdf relayLogPdf;
    private final ApplicationEventPublisher events;

    Cases(CaseRepository repository, Concerns concerns, Consents consents, AccessDoor door, AccessGrants grants,
            Organisation organisation, People people, Clock clock,
            @Value("${laget.casework.coordinator-holds-relay:true}") boolean coordinatorHoldsRelay,
            BestInterestNotes notes, Children children, RelayLogPdf relayLogPdf, ApplicationEventPublisher events) {
        this.repository = repository;
        this.concerns = concerns;
        this.consents = consents;
        this.door = door;
        this.grants = grants;
        this.organisation = organisation;
        this.people = people;
        this.clock = clock;
        this.coordinatorHoldsRelay = coordinatorHoldsRelay;
        this.notes = notes;
        this.children = children;
        this.relayLogPdf = relayLogPdf;
        this.events = events;
    }

    // ---------------------------------------------------------------- opening and reading

    /** The consent a new case would stand on, if there is one: the newest live consent covering RELAY_LOG for the unit. */
    public Optional<Long> consentFor(long childId, long unitId) {
        return consents.liveCovering(childId, InformationCategory.RELAY_LOG, unitId).stream().findFirst();
    }

    @Transactional
    public long open(SignedInUser user, long childId, CaseForms.Open form) {
        door.require(user, childId, InformationCategory.BASIC, Action.READ, AccessedObject.of(SOURCE));
        Optional<Long> consent = consentFor(childId, user.unitId());
        if (consent.isEmpty()) {
            throw InvalidInputException.of("consent", "case.consent.missing");
        }
        List<FieldProblem> problems = new ArrayList<>();
        Integer level = number(form.level()) == null ? null : number(form.level()).intValue();
        if (level == null || level < 1 || level > 3) {
            problems.add(new FieldProblem("level", "case.level.required"));
        }
        Employee holder = employee(form.holderEmployeeId());
        Long holderConsent = null;
        if (FieldRules.blank(form.holderEmployeeId())) {
            problems.add(new FieldProblem("holderEmployeeId", "case.holder.required"));
        } else if (holder == null) {
            problems.add(new FieldProblem("holderEmployeeId", "case.holder.unknown"));
        } else {
            holderConsent = consentFor(childId, holder.unitId()).orElse(null);
            if (holderConsent == null) {
                problems.add(new FieldProblem("holderEmployeeId", "case.holder.no-consent"));
            }
        }
        FieldRules.optionalText(problems, "goal", form.goal(), 2000, "case.goal");
        // Opened at level 2 or 3: the same note as a move there (level 1 needs none).
        Occasion occasion = level == null ? null : Occasion.ofLevel(level);
        Optional<BestInterestNote> note = occasion == null ? Optional.empty()
                : BestInterestNote.check(problems, "openInterest", form.openInterest(), childAge(user, childId));
        Long concernId = null;
        if (!FieldRules.blank(form.concernId())) {
            concernId = number(form.concernId());
            Concern concern = concernId == null ? null : concerns.loadFor(user, concernId, Action.READ);
            if (concern == null || concern.childId() != childId || concern.caseId() != null
                    || (concern.decision() != ConcernDecision.LEVEL_1 && concern.decision() != ConcernDecision.LEVEL_2)) {
                problems.add(new FieldProblem("concernId", "case.concern.unusable"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        OffsetDateTime now = now();
        long id = repository.insert(childId, level, holder.id(), holder.unitId(), user.employeeId(), concernId, now);
        repository.recordLevelChange(id, null, level, "Saken ble opprettet", user.employeeId(), now);
        admit(user, childId, id, user.unitId(), null, null, consent.get(), now);
        if (holder.unitId() != user.unitId() || holder.id() != user.employeeId()) {
            admit(user, childId, id, holder.unitId(), holder.id(), null, holderConsent, now);
        }
        if (!FieldRules.blank(form.goal())) {
            repository.addGoal(id, form.goal().trim(), user.employeeId(), now);
        }
        if (concernId != null) {
            concerns.linkCase(concernId, id);
        }
        door.require(user, childId, InformationCategory.RELAY_LOG, Action.WRITE, AccessedObject.of(SOURCE, id));
        if (note.isPresent()) {
            writeNote(user, repository.head(id).orElseThrow(), occasion, note.get(), now);
        }
        remindHolder(id);
        log.info("Case {} opened at level {} for child {} by unit {}", id, level, childId, user.unitId());
        return id;
    }

    public RelayCase get(SignedInUser user, long caseId) {
        access(user, caseId, Action.READ);
        return repository.find(caseId).orElseThrow(() -> door.unknown(user));
    }

    /** Open cases the user's unit takes part in, and hand-overs offered to the user; each row shown is logged. */
    public List<CaseSummary> forUnit(SignedInUser user) {
        return list(user, null);
    }

    /** Every case of one child the user's unit takes part in, open and closed. */
    public List<CaseSummary> forChild(SignedInUser user, long childId) {
        return list(user, childId);
    }

    private List<CaseSummary> list(SignedInUser user, Long childId) {
        if (!Casework.worksWithChildren(user)) {
            return List.of();
        }
        List<CaseRepository.Row> rows = repository.forUnit(door.filter(user, InformationCategory.RELAY_LOG, Action.READ),
                user.unitId(), user.employeeId(), childId, LIST_LIMIT);
        door.recordListed(user, InformationCategory.RELAY_LOG, rows.stream().map(CaseRepository.Row::listed).toList(),
                "case_list");
        return rows.stream().map(CaseRepository.Row::summary).toList();
    }

    /** People of the units taking part, to appoint as holder, responsible or meeting participant. */
    public List<CaseRepository.Person> people(RelayCase relayCase) {
        return repository.employeesOf(relayCase.participants().stream().map(RelayCase.Participant::unitId).distinct().toList());
    }

    /**
     * Who the holder may offer the relay to (the hand-over picker's search): active employees who work with children
     * in a unit a live consent of the child covers for RELAY_LOG, the rule {@link #offerHandover} checks; never the
     * holder. At most a page.
     */
    public List<People.Match> handoverCandidates(SignedInUser user, long caseId, String query) {
        CaseRepository.Head head = access(user, caseId, Action.WRITE);
        if (!People.searchable(query)) {
            return List.of();
        }
        return people.employees(query, relayScope(head.childId()), People.PAGE + 1).stream()
                .filter(m -> m.id() != head.holderEmployeeId()).limit(People.PAGE).toList();
    }

    /**
     * Who may be added to the case (the participant picker's search): units a live consent of the child covers for
     * RELAY_LOG and the people who work in them, employees first, the rule {@link #addParticipant} checks.
     */
    public List<People.Match> participantCandidates(SignedInUser user, long caseId, String query) {
        CaseRepository.Head head = access(user, caseId, Action.WRITE);
        if (!People.searchable(query)) {
            return List.of();
        }
        return people.search(query, relayScope(head.childId()), true);
    }

    /** The units a live consent of the child covers for RELAY_LOG, by id or by type: one statement. */
    People.Scope relayScope(long childId) {
        Consents.Receivers receivers = consents.liveReceivers(childId, InformationCategory.RELAY_LOG);
        return new People.Scope(receivers.unitIds(), receivers.unitTypes().stream()
                .map(no.laget.organisation.UnitType::parse).flatMap(Optional::stream)
                .collect(java.util.stream.Collectors.toSet()));
    }

    People people() {
        return people;
    }

    /** Colleagues in the given units, e.g. the user's own for appointing a holder. */
    public List<CaseRepository.Person> employeesOf(List<Long> unitIds) {
        return repository.employeesOf(unitIds);
    }

    // ---------------------------------------------------------------- level

    /** One step at a time, with a reason (docs/domain.md rule 1). */
    @Transactional
    public void changeLevel(SignedInUser user, long caseId, CaseForms.Level form) {
        CaseRepository.Head head = access(user, caseId, Action.WRITE);
        List<FieldProblem> problems = new ArrayList<>();
        Long to = number(form.toLevel());
        if (to == null || to < 1 || to > 3) {
            problems.add(new FieldProblem("toLevel", "case.level.required"));
        } else if (to == head.level()) {
            problems.add(new FieldProblem("toLevel", "case.level.same"));
        } else if (Math.abs(to - head.level()) > 1) {
            problems.add(new FieldProblem("toLevel", "case.level.one-step"));
        }
        FieldRules.text(problems, "levelReason", form.levelReason(), 1000, "case.levelReason");
        Occasion occasion = to == null ? null : Occasion.ofLevel(to.intValue());
        Optional<BestInterestNote> note = occasion == null ? Optional.empty()
                : BestInterestNote.check(problems, "levelInterest", form.levelInterest(), childAge(user, head.childId()));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Integer version = Versions.parse(form.version());
        if (version == null || !repository.changeLevel(caseId, version, to.intValue())) {
            throw Versions.stale();
        }
        OffsetDateTime now = now();
        repository.recordLevelChange(caseId, head.level(), to.intValue(), form.levelReason().trim(), user.employeeId(), now);
        note.ifPresent(n -> writeNote(user, head, occasion, n, now));
        log.info("Case {} moved from level {} to {}", caseId, head.level(), to);
    }

    // ---------------------------------------------------------------- relay holder

    /** The holder offers the role to a named colleague; until they accept, the holder stays (rule 6). */
    @Transactional
    public void offerHandover(SignedInUser user, long caseId, CaseForms.Handover form) {
        CaseRepository.Head head = access(user, caseId, Action.WRITE);
        List<FieldProblem> problems = new ArrayList<>();
        Employee to = employee(form.employeeId());
        Long consent = null;
        if (head.holderEmployeeId() != user.employeeId()) {
            problems.add(new FieldProblem("employeeId", "case.handover.not-holder"));
        } else if (FieldRules.blank(form.employeeId())) {
            problems.add(new FieldProblem("employeeId", "case.handover.required"));
        } else if (to == null) {
            problems.add(new FieldProblem("employeeId", "case.handover.unknown"));
        } else if (to.id() == head.holderEmployeeId()) {
            problems.add(new FieldProblem("employeeId", "case.handover.same"));
        } else if (repository.pendingHandover(caseId).isPresent()) {
            problems.add(new FieldProblem("employeeId", "case.handover.pending"));
        } else {
            consent = consentFor(head.childId(), to.unitId()).orElse(null);
            if (consent == null) {
                problems.add(new FieldProblem("employeeId", "case.handover.no-consent"));
            }
        }
        FieldRules.optionalText(problems, "handoverReason", form.handoverReason(), 1000, "case.handoverReason");
        Optional<BestInterestNote> note = BestInterestNote.check(problems, "handoverInterest", form.handoverInterest(),
                childAge(user, head.childId()));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        OffsetDateTime now = now();
        repository.offerHandover(caseId, to.id(), to.unitId(), consent, FieldRules.trimToNull(form.handoverReason()),
                user.employeeId(), now, false);
        writeNote(user, head, Occasion.HANDOVER, note.orElseThrow(), now);
        log.info("Case {}: relay holder role offered", caseId);
    }

    /** The colleague the role was offered to accepts: from now on they hold the relay. */
    @Transactional
    public void acceptHandover(SignedInUser user, long caseId) {
        // A case that does not exist answers like one with no offer to the user: the id tells nothing.
        CaseRepository.Head head = repository.head(caseId)
                .orElseThrow(() -> InvalidInputException.of("handover", "case.handover.none"));
        CaseRepository.PendingHandover offer = repository.pendingHandover(caseId)
                .filter(h -> h.toEmployeeId() == user.employeeId())
                .orElseThrow(() -> InvalidInputException.of("handover", "case.handover.none"));
        if (!head.open()) {
            throw InvalidInputException.of("case", "case.closed");
        }
        Long consent = consentFor(head.childId(), offer.toUnitId()).orElse(null);
        if (consent == null) {
            throw InvalidInputException.of("handover", "case.handover.no-consent");
        }
        OffsetDateTime now = now();
        admit(user, head.childId(), caseId, offer.toUnitId(), user.employeeId(), null, consent, now);
        door.require(user, head.childId(), InformationCategory.RELAY_LOG, Action.WRITE,
                AccessedObject.of("relay_case_handover", caseId));
        repository.answerHandover(offer.id(), true, now);
        repository.setHolder(caseId, user.employeeId(), offer.toUnitId());
        remindHolder(caseId);
        log.info("Case {}: relay holder role accepted{}", caseId, offer.transition() ? " (transition)" : "");
    }

    @Transactional
    public void declineHandover(SignedInUser user, long caseId) {
        CaseRepository.PendingHandover offer = repository.pendingHandover(caseId)
                .filter(h -> h.toEmployeeId() == user.employeeId())
                .orElseThrow(() -> InvalidInputException.of("handover", "case.handover.none"));
        repository.answerHandover(offer.id(), false, now());
        log.info("Case {}: relay holder role declined", caseId);
    }

    // ---------------------------------------------------------------- participants

    /** Admits a unit (and optionally one of its employees) under a live consent covering RELAY_LOG for it. */
    @Transactional
    public void addParticipant(SignedInUser user, long caseId, CaseForms.Participant form) {
        CaseRepository.Head head = access(user, caseId, Action.WRITE);
        List<FieldProblem> problems = new ArrayList<>();
        // The page's picker sends one choice in unitId: "unit:ID", or "employee:ID" (the person and their unit).
        Employee picked = form.unitId() != null && form.unitId().trim().startsWith("employee:") ? employee(form.unitId()) : null;
        Unit unit = picked != null ? unit(String.valueOf(picked.unitId())) : unit(form.unitId());
        Long consent = null;
        if (FieldRules.blank(form.unitId())) {
            problems.add(new FieldProblem("unitId", "case.participant.unit.required"));
        } else if (unit == null) {
            problems.add(new FieldProblem("unitId", "case.participant.unit.unknown"));
        } else {
            consent = consentFor(head.childId(), unit.id()).orElse(null);
            if (consent == null) {
                problems.add(new FieldProblem("unitId", "case.participant.no-consent"));
            }
        }
        Employee employee = picked;
        if (!FieldRules.blank(form.participantEmployeeId())) {
            employee = employee(form.participantEmployeeId());
            if (employee == null || unit == null || employee.unitId() != unit.id()) {
                problems.add(new FieldProblem("participantEmployeeId", "case.participant.employee.other-unit"));
            }
        }
        FieldRules.optionalText(problems, "task", form.task(), 500, "case.participant.task");
        if (problems.isEmpty() && employee == null && repository.isParticipant(caseId, unit.id())) {
            problems.add(new FieldProblem("unitId", "case.participant.already"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        admit(user, head.childId(), caseId, unit.id(), employee == null ? null : employee.id(),
                FieldRules.trimToNull(form.task()), consent, now());
        remindHolder(caseId);
        log.info("Case {}: unit {} admitted", caseId, unit.id());
    }

    /** Removes a participant; when the unit has no one left in the case its grants end. The holder's unit stays. */
    @Transactional
    public void removeParticipant(SignedInUser user, long caseId, long participantId) {
        CaseRepository.Head head = access(user, caseId, Action.WRITE);
        CaseRepository.ParticipantRow row = repository.participant(participantId).filter(p -> p.caseId() == caseId)
                .orElseThrow(() -> new NotFoundException("participant"));
        if (row.unitId() == head.holderUnitId()) {
            throw InvalidInputException.of("participants", "case.participant.holder-unit");
        }
        int left = repository.removeParticipant(participantId, user.employeeId(), now(), caseId, row.unitId());
        if (left == 0) {
            grants.endForUnit(SOURCE, caseId, row.unitId());
        }
        log.info("Case {}: participant {} removed", caseId, participantId);
    }

    /** Admits a unit that is not yet in the case (a coordinator's unit), under the consent given. */
    void admitIfNeeded(SignedInUser user, long childId, long caseId, long unitId, Long employeeId, long consentId) {
        if (!repository.isParticipant(caseId, unitId)) {
            admit(user, childId, caseId, unitId, employeeId, null, consentId, now());
        }
    }

    /**
     * docs/domain.md rule 15: the relay holder is the one warned when a consent the case stands on runs out. Every consent
     * a unit of the case was admitted under has its expiry moved to the holder (person and unit); called when a case
     * opens, a unit joins it and the holder changes. A consent several open cases stand on follows the case that
     * changed last.
     */
    void remindHolder(long caseId) {
        CaseRepository.Head head = repository.head(caseId).orElseThrow(() -> new NotFoundException("case"));
        events.publishEvent(new RelayHolderSet(caseId, head.holderUnitId(), head.holderEmployeeId(),
                repository.consentIds(caseId)));
    }

    private void admit(SignedInUser user, long childId, long caseId, long unitId, Long employeeId, String task,
            long consentId, OffsetDateTime now) {
        if (!repository.isParticipant(caseId, unitId)) {
            grants.grant(AccessGrants.NewGrant.underConsent(childId, unitId, InformationCategory.RELAY_LOG, true,
                    consentId, InformationCategory.RELAY_LOG, SOURCE, caseId));
            // Basic data (the child's name) to read the case by. The consent may not cover BASIC, so this grant stands
            // on the RELAY_LOG consent: it ends with that consent, or with the unit's part in the case.
            grants.grant(AccessGrants.NewGrant.underConsent(childId, unitId, InformationCategory.BASIC, false,
                    consentId, InformationCategory.RELAY_LOG, SOURCE, caseId));
        }
        repository.addParticipant(caseId, unitId, employeeId, task, consentId, user.employeeId(), now);
    }

    // ---------------------------------------------------------------- the log

    @Transactional
    public long addGoal(SignedInUser user, long caseId, CaseForms.Goal form) {
        access(user, caseId, Action.WRITE);
        List<FieldProblem> problems = new ArrayList<>();
        FieldRules.text(problems, "goalText", form.goalText(), 2000, "case.goal");
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return repository.addGoal(caseId, form.goalText().trim(), user.employeeId(), now());
    }

    @Transactional
    public void changeGoal(SignedInUser user, long caseId, long goalId, CaseForms.Goal form) {
        access(user, caseId, Action.WRITE);
        List<FieldProblem> problems = new ArrayList<>();
        FieldRules.text(problems, "goalText", form.goalText(), 2000, "case.goal");
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Integer version = Versions.parse(form.version());
        if (version == null || !repository.changeGoal(caseId, goalId, version, form.goalText().trim())) {
            throw Versions.stale();
        }
    }

    private record Responsible(Long employeeId, Long unitId) {}

    @Transactional
    public long addMeasure(SignedInUser user, long caseId, CaseForms.Measure form) {
        CaseRepository.Head head = access(user, caseId, Action.WRITE);
        RelayCase relayCase = repository.find(caseId).orElseThrow();
        List<FieldProblem> problems = new ArrayList<>();
        MeasureDates dates = measure(problems, relayCase, form);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        long id = repository.addMeasure(caseId, form.what().trim(), dates.responsible().employeeId(),
                dates.responsible().unitId(), dates.startsOn(), dates.evaluateOn(), null, user.employeeId(), now());
        scheduleEvaluation(head.childId(), caseId, id, dates.responsible(), dates.evaluateOn());
        return id;
    }

    @Transactional
    public void changeMeasure(SignedInUser user, long caseId, long measureId, CaseForms.Measure form) {
        CaseRepository.Head head = access(user, caseId, Action.WRITE);
        RelayCase relayCase = repository.find(caseId).orElseThrow();
        if (relayCase.measures().stream().noneMatch(m -> m.id() == measureId)) {
            throw new NotFoundException("measure");
        }
        List<FieldProblem> problems = new ArrayList<>();
        MeasureDates dates = measure(problems, relayCase, form);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Integer version = Versions.parse(form.version());
        if (version == null || !repository.changeMeasure(caseId, measureId, version, form.what().trim(),
                dates.responsible().employeeId(), dates.responsible().unitId(), dates.startsOn(), dates.evaluateOn())) {
            throw Versions.stale();
        }
        scheduleEvaluation(head.childId(), caseId, measureId, dates.responsible(), dates.evaluateOn());
    }

    private record MeasureDates(Responsible responsible, LocalDate startsOn, LocalDate evaluateOn) {}

    private MeasureDates measure(List<FieldProblem> problems, RelayCase relayCase, CaseForms.Measure form) {
        FieldRules.text(problems, "what", form.what(), 2000, "case.measure.what");
        Responsible responsible = responsible(problems, "responsible", relayCase, form.responsible());
        Optional<LocalDate> starts = FieldRules.date(problems, "startsOn", form.startsOn(), "case.measure.startsOn");
        Optional<LocalDate> evaluate = FieldRules.date(problems, "evaluateOn", form.evaluateOn(), "case.measure.evaluateOn");
        if (starts.isPresent() && evaluate.isPresent() && evaluate.get().isBefore(starts.get())) {
            problems.add(new FieldProblem("evaluateOn", "case.measure.evaluateOn.before-start"));
        }
        return new MeasureDates(responsible, starts.orElse(null), evaluate.orElse(null));
    }

    /** "employee:ID" of someone in a participating unit, or "unit:ID" of a participating unit. */
    private Responsible responsible(List<FieldProblem> problems, String field, RelayCase relayCase, String value) {
        if (FieldRules.blank(value)) {
            problems.add(new FieldProblem(field, "case.measure.responsible.required"));
            return null;
        }
        String[] parts = value.trim().split(":", 2);
        Long id = parts.length == 2 ? number(parts[1]) : null;
        if (id != null && parts[0].equals("unit") && relayCase.participates(id)) {
            return new Responsible(null, id);
        }
        if (id != null && parts[0].equals("employee")) {
            Employee employee = organisation.employee(id).filter(Employee::active).orElse(null);
            if (employee != null && relayCase.participates(employee.unitId())) {
                return new Responsible(id, null);
            }
        }
        problems.add(new FieldProblem(field, "case.measure.responsible.unknown"));
        return null;
    }

    /** A measure agreed in a meeting; problems go to the caller, which names the minutes' fields. */
    long addMeetingMeasure(SignedInUser user, CaseRepository.Head head, RelayCase relayCase, long meetingId,
            CaseForms.Measure form, List<FieldProblem> problems) {
        MeasureDates dates = measure(problems, relayCase, form);
        if (!problems.isEmpty()) {
            return -1;
        }
        long id = repository.addMeasure(head.id(), form.what().trim(), dates.responsible().employeeId(),
                dates.responsible().unitId(), dates.startsOn(), dates.evaluateOn(), meetingId, user.employeeId(), now());
        scheduleEvaluation(head.childId(), head.id(), id, dates.responsible(), dates.evaluateOn());
        return id;
    }

    private void scheduleEvaluation(long childId, long caseId, long measureId, Responsible responsible, LocalDate on) {
        Long unit = responsible.unitId();
        if (unit == null) {
            unit = organisation.employee(responsible.employeeId()).map(Employee::unitId).orElse(null);
        }
        events.publishEvent(new EvaluationDateSet(caseId, measureId, childId, unit, responsible.employeeId(), on));
    }

    /** An evaluation of a measure: effect, text and what the child says (rule 5), which is required. */
    @Transactional
    public long evaluate(SignedInUser user, long caseId, CaseForms.Evaluation form) {
        CaseRepository.Head head = access(user, caseId, Action.WRITE);
        RelayCase relayCase = repository.find(caseId).orElseThrow();
        List<FieldProblem> problems = new ArrayList<>();
        Long measureId = number(form.measureId());
        Optional<RelayCase.Measure> measure = relayCase.measures().stream()
                .filter(m -> measureId != null && m.id() == measureId).findFirst();
        if (measure.isEmpty()) {
            problems.add(new FieldProblem("measureId", "case.evaluation.measure.required"));
        }
        RelayCase.Outcome outcome = null;
        for (RelayCase.Outcome candidate : RelayCase.Outcome.values()) {
            if (candidate.name().equals(form.outcome())) {
                outcome = candidate;
            }
        }
        if (outcome == null) {
            problems.add(new FieldProblem("outcome", "case.evaluation.outcome.required"));
        }
        FieldRules.text(problems, "evaluationText", form.evaluationText(), 4000, "case.evaluation.text");
        FieldRules.text(problems, "childVoice", form.childVoice(), 4000, "case.evaluation.childVoice");
        Optional<LocalDate> on = FieldRules.date(problems, "evaluatedOn", form.evaluatedOn(), "case.evaluation.evaluatedOn");
        if (on.filter(date -> date.isAfter(today())).isPresent()) {
            problems.add(new FieldProblem("evaluatedOn", "case.evaluation.evaluatedOn.future"));
        }
        Optional<LocalDate> next = Optional.empty();
        if (!FieldRules.blank(form.nextEvaluateOn())) {
            next = FieldRules.parseDate(form.nextEvaluateOn());
            if (next.isEmpty()) {
                problems.add(new FieldProblem("nextEvaluateOn", "case.evaluation.nextEvaluateOn.malformed"));
            } else if (!next.get().isAfter(today())) {
                problems.add(new FieldProblem("nextEvaluateOn", "case.evaluation.nextEvaluateOn.past"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        long id = repository.addEvaluation(caseId, measureId, outcome.name(), form.evaluationText().trim(),
                form.childVoice().trim(), on.orElseThrow(), measure.get().evaluateOn(), user.employeeId(), now());
        if (next.isPresent()) {
            repository.moveEvaluation(measureId, next.get());
            RelayCase.Measure m = measure.get();
            scheduleEvaluation(head.childId(), caseId, measureId,
                    new Responsible(m.responsibleEmployeeId(), m.responsibleUnitId()), next.get());
        }
        events.publishEvent(new MeasureEvaluated(caseId, measureId, next.orElse(null)));
        return id;
    }

    // ---------------------------------------------------------------- closing

    /** Closes the case (goal met, or the guardians asked): every grant it gave and every open deadline end. */
    @Transactional
    public void close(SignedInUser user, long caseId, CaseForms.Close form) {
        CaseRepository.Head head = access(user, caseId, Action.WRITE);
        List<FieldProblem> problems = new ArrayList<>();
        RelayCase.CloseReason reason = null;
        for (RelayCase.CloseReason candidate : RelayCase.CloseReason.values()) {
            if (candidate.name().equals(form.closeReason())) {
                reason = candidate;
            }
        }
        if (reason == null) {
            problems.add(new FieldProblem("closeReason", "case.close.reason.required"));
        }
        FieldRules.text(problems, "closeNote", form.closeNote(), 2000, "case.close.note");
        Optional<BestInterestNote> note = BestInterestNote.check(problems, "closeInterest", form.closeInterest(),
                childAge(user, head.childId()));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Integer version = Versions.parse(form.version());
        OffsetDateTime now = now();
        if (version == null || !repository.close(caseId, version, reason.name(), form.closeNote().trim(), user.employeeId(), now)) {
            throw Versions.stale();
        }
        writeNote(user, head, Occasion.CLOSE, note.orElseThrow(), now);
        repository.pendingHandover(caseId).ifPresent(h -> repository.answerHandover(h.id(), false, now));
        // The relay log as it reads at the close, read while the closer's grants still stand: the archive keeps it.
        Child child = children.get(user, head.childId());
        events.publishEvent(new CaseClosed(caseId, head.childId(), child.fullName(), user.unitId(), user.employeeId(), now,
                relayLogPdf.render(repository.find(caseId).orElseThrow(), child,
                        notes.read(user, noteSource(caseId), Action.READ, EnumSet.allOf(Occasion.class)))));
        grants.end(SOURCE, caseId);
        events.publishEvent(new MeasuresStopped(caseId, repository.measureIds(caseId)));
        log.info("Case {} closed ({})", caseId, reason);
    }

    // ---------------------------------------------------------------- the child's best interest

    /** The case's best-interest notes, oldest first; the case's rule first, then the door for each note. */
    public List<BestInterestNotes.Written> notes(SignedInUser user, long caseId) {
        access(user, caseId, Action.READ);
        return notes.read(user, noteSource(caseId), Action.READ, EnumSet.allOf(Occasion.class));
    }

    /** The child's age today in whole years, for the note; null when the birth date is unknown. */
    public Integer childAge(SignedInUser user, long childId) {
        var age = children.get(user, childId).ageOn(today());
        return age.isPresent() ? age.getAsInt() : null;
    }

    void writeNote(SignedInUser user, CaseRepository.Head head, Occasion occasion, BestInterestNote note,
            OffsetDateTime now) {
        writeNote(user, head, Action.WRITE, occasion, note, now);
    }

    /** With the action the decision itself stands on (a leader outside the case appoints a coordinator on READ). */
    void writeNote(SignedInUser user, CaseRepository.Head head, Action action, Occasion occasion, BestInterestNote note,
            OffsetDateTime now) {
        notes.write(user, noteSource(head.id()), action, occasion, List.of(head.childId()), note, now);
    }

    private static BestInterestNotes.Source noteSource(long caseId) {
        return new BestInterestNotes.Source(SOURCE, caseId, InformationCategory.RELAY_LOG);
    }

    /** Tells the archive (and anyone listening) that a meeting's minutes were written, with the relay log as it reads now. */
    void minutesWritten(SignedInUser user, long childId, long caseId, long meetingId) {
        Child child = children.get(user, childId);
        events.publishEvent(new MinutesWritten(caseId, meetingId, childId, child.fullName(), user.unitId(),
                user.employeeId(), now(), relayLogPdf.render(repository.find(caseId).orElseThrow(), child,
                        notes.read(user, noteSource(caseId), Action.READ, EnumSet.allOf(Occasion.class)))));
    }

    // ---------------------------------------------------------------- access

    /**
     * The case's own rule on top of the door: its units read and write under whatever basis the door finds (for them,
     * the consent-bound participant grant), units a live consent names for RELAY_LOG read, and an emergency access
     * reads. The door decides, explains and logs every refusal; a case that does not exist is refused like one the
     * user's unit has no part in.
     */
    CaseRepository.Head access(SignedInUser user, long caseId, Action action) {
        CaseRepository.Head head = repository.head(caseId).orElseThrow(() -> door.unknown(user));
        boolean participant = repository.isParticipant(caseId, user.unitId());
        Set<Basis> accepted = participant ? EnumSet.allOf(Basis.class)
                : action == Action.READ ? EnumSet.of(Basis.CONSENT, Basis.EMERGENCY) : EnumSet.noneOf(Basis.class);
        // Its own units are told a closed case is closed (its grants ended with it); anyone else only hears the door.
        if (participant && action == Action.WRITE && !head.open()) {
            throw InvalidInputException.of("case", "case.closed");
        }
        door.requireWithin(user, head.childId(), InformationCategory.RELAY_LOG, action, AccessedObject.of(SOURCE, caseId),
                accepted);
        return head;
    }

    // ---------------------------------------------------------------- helpers

    /** An active employee by id, also written "employee:ID" (what the people picker sends). */
    Employee employee(String value) {
        Long id = number(value != null && value.trim().startsWith("employee:") ? value.trim().substring(9) : value);
        return id == null ? null : organisation.employee(id).filter(Employee::active).orElse(null);
    }

    /** An active unit by id, also written "unit:ID" (what the people picker sends). */
    Unit unit(String value) {
        Long id = number(value != null && value.trim().startsWith("unit:") ? value.trim().substring(5) : value);
        return id == null ? null : organisation.unit(id).filter(Unit::active).orElse(null);
    }

    static Long number(String value) {
        try {
            return value == null || value.isBlank() ? null : Long.valueOf(value.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    boolean coordinatorHoldsRelay() {
        return coordinatorHoldsRelay;
    }

    CaseRepository repository() {
        return repository;
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(Oslo.ZONE));
    }

    OffsetDateTime now() {
        return OffsetDateTime.now(clock.withZone(ZoneOffset.UTC));
    }
}
