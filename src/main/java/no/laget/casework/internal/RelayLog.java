package no.laget.casework.internal;

import no.laget.casework.RelayCase;
import no.laget.casework.EvaluationDateSet;
import no.laget.casework.MeasureEvaluated;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import no.laget.platform.time.Oslo;
import no.laget.access.AccessDoor;
import no.laget.access.Action;
import no.laget.organisation.Employee;
import no.laget.organisation.Organisation;
import no.laget.platform.security.SignedInUser;
import no.laget.platform.validation.FieldProblem;
import no.laget.platform.validation.InvalidInputException;
import no.laget.platform.validation.NotFoundException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The relay log's entries (docs/domain.md rule 5): goals, measures with someone responsible and an evaluation date
 * (a deadline for the responsible), and evaluations with the child's voice.
 */
@Service
public class RelayLog {

    private final CaseRepository repository;
    private final CaseAccess access;
    private final ApplicationEventPublisher events;
    private final Organisation organisation;
    private final Clock clock;

    RelayLog(CaseRepository repository, CaseAccess access, ApplicationEventPublisher events, Organisation organisation,
            Clock clock) {
        this.repository = repository;
        this.access = access;
        this.events = events;
        this.organisation = organisation;
        this.clock = clock;
    }

    // ---------------------------------------------------------------- goals

    @Transactional
    public long addGoal(SignedInUser user, long caseId, AddGoal command) {
        access.require(user, caseId, Action.WRITE);
        return repository.addGoal(caseId, command.text(), user.employeeId(), now());
    }

    @Transactional
    public void changeGoal(SignedInUser user, long caseId, long goalId, AddGoal command) {
        access.require(user, caseId, Action.WRITE);
        Integer version = command.version();
        if (version == null || !repository.changeGoal(caseId, goalId, version, command.text())) {
            throw Versions.stale();
        }
    }

    // ---------------------------------------------------------------- measures

    @Transactional
    public long addMeasure(SignedInUser user, long caseId, AddMeasure command) {
        CaseRepository.Head head = access.require(user, caseId, Action.WRITE);
        RelayCase relayCase = repository.find(caseId).orElseThrow();
        Responsible responsible = participating(relayCase, command.responsible())
                .orElseThrow(() -> InvalidInputException.of("responsible", "case.measure.responsible.unknown"));
        long id = repository.addMeasure(caseId, command.what(), responsible.employeeId(), responsible.unitId(),
                command.startsOn(), command.evaluateOn(), null, user.employeeId(), now());
        scheduleEvaluation(head.childId(), caseId, id, responsible, command.evaluateOn());
        return id;
    }

    @Transactional
    public void changeMeasure(SignedInUser user, long caseId, long measureId, AddMeasure command) {
        CaseRepository.Head head = access.require(user, caseId, Action.WRITE);
        RelayCase relayCase = repository.find(caseId).orElseThrow();
        if (relayCase.measures().stream().noneMatch(m -> m.id() == measureId)) {
            throw new NotFoundException("measure");
        }
        Responsible responsible = participating(relayCase, command.responsible())
                .orElseThrow(() -> InvalidInputException.of("responsible", "case.measure.responsible.unknown"));
        Integer version = command.version();
        if (version == null || !repository.changeMeasure(caseId, measureId, version, command.what(),
                responsible.employeeId(), responsible.unitId(), command.startsOn(), command.evaluateOn())) {
            throw Versions.stale();
        }
        scheduleEvaluation(head.childId(), caseId, measureId, responsible, command.evaluateOn());
    }

    /** The responsible when it is a unit taking part, or an active employee of one. */
    private Optional<Responsible> participating(RelayCase relayCase, Responsible responsible) {
        if (responsible.unitId() != null) {
            return relayCase.participates(responsible.unitId()) ? Optional.of(responsible) : Optional.empty();
        }
        return organisation.employee(responsible.employeeId()).filter(Employee::active)
                .filter(employee -> relayCase.participates(employee.unitId())).map(employee -> responsible);
    }

    /**
     * A decision of a meeting's minutes, as a measure from the meeting's day; its problem is said at the row's field
     * ({@code decisionResponsible<row>}).
     */
    long addMeetingMeasure(SignedInUser user, CaseRepository.Head head, RelayCase relayCase, long meetingId,
            LocalDate meetingDay, WriteMinutes.Decision decision, int row) {
        Responsible responsible = participating(relayCase, decision.responsible())
                .orElseThrow(() -> InvalidInputException.of("decisionResponsible" + row, "case.measure.responsible.unknown"));
        long id = repository.addMeasure(head.id(), decision.what(), responsible.employeeId(), responsible.unitId(),
                meetingDay, decision.by(), meetingId, user.employeeId(), now());
        scheduleEvaluation(head.childId(), head.id(), id, responsible, decision.by());
        return id;
    }

    private void scheduleEvaluation(long childId, long caseId, long measureId, Responsible responsible, LocalDate on) {
        Long unit = responsible.unitId();
        if (unit == null) {
            unit = organisation.employee(responsible.employeeId()).map(Employee::unitId).orElse(null);
        }
        events.publishEvent(new EvaluationDateSet(caseId, measureId, childId, unit, responsible.employeeId(), on));
    }

    // ---------------------------------------------------------------- evaluations

    /** An evaluation of a measure: effect, text and what the child says (rule 5), which is required. */
    @Transactional
    public long evaluate(SignedInUser user, long caseId, EvaluateMeasure command) {
        CaseRepository.Head head = access.require(user, caseId, Action.WRITE);
        RelayCase relayCase = repository.find(caseId).orElseThrow();
        List<FieldProblem> problems = new ArrayList<>();
        long measureId = command.measureId();
        Optional<RelayCase.Measure> measure = relayCase.measures().stream().filter(m -> m.id() == measureId).findFirst();
        if (measure.isEmpty()) {
            problems.add(new FieldProblem("measureId", "case.evaluation.measure.required"));
        }
        if (command.evaluatedOn().isAfter(today())) {
            problems.add(new FieldProblem("evaluatedOn", "case.evaluation.evaluatedOn.future"));
        }
        Optional<LocalDate> next = Optional.ofNullable(command.nextEvaluateOn());
        if (next.isPresent() && !next.get().isAfter(today())) {
            problems.add(new FieldProblem("nextEvaluateOn", "case.evaluation.nextEvaluateOn.past"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        long id = repository.addEvaluation(caseId, measureId, command.outcome().name(), command.text(),
                command.childVoice(), command.evaluatedOn(), measure.get().evaluateOn(), user.employeeId(), now());
        if (next.isPresent()) {
            repository.moveEvaluation(measureId, next.get());
            RelayCase.Measure m = measure.get();
            scheduleEvaluation(head.childId(), caseId, measureId,
                    new Responsible(m.responsibleEmployeeId(), m.responsibleUnitId()), next.get());
        }
        events.publishEvent(new MeasureEvaluated(caseId, measureId, next.orElse(null)));
        return id;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Oslo.ZONE));
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock.withZone(ZoneOffset.UTC));
    }
}
