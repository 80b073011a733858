package no.laget.casework.internal;

import no.laget.casework.ConcernDecided;
import no.laget.casework.ConcernDecision;
import no.laget.casework.ConcernWritten;
import no.laget.casework.ConcernStep;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import no.laget.access.AccessDoor;
import no.laget.access.AccessGrants;
import no.laget.access.AccessedObject;
import no.laget.access.Action;
import no.laget.access.Basis;
import no.laget.access.InformationCategory;
import no.laget.platform.security.SignedInUser;
import no.laget.platform.time.Oslo;
import no.laget.platform.validation.FieldProblem;
import no.laget.platform.validation.InvalidInputException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Level 0 (docs/domain.md rules 2 and 3). A concern is written about a child the user may see (the door: basic data,
 * read) and stored as relay-log data of the writer's unit: the unit gets a write grant on RELAY_LOG for the child
 * with source "concern", with no consent, because the note is the unit's own. Others never read it: a concern is
 * read only by its own unit, and the refusal of any other unit is logged.
 */
@Service
public class Concerns {

    private static final Logger log = LoggerFactory.getLogger(Concerns.class);
    public static final String SOURCE = "concern";
    public static final String DECISION_KIND = "CONCERN_DECISION";
    private static final int LIST_LIMIT = 200;

    private final ConcernRepository repository;
    private final AccessDoor door;
    private final AccessGrants grants;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final int decisionDays;

    Concerns(ConcernRepository repository, AccessDoor door, AccessGrants grants, ApplicationEventPublisher events, Clock clock,
            @Value("${laget.casework.decision-days:14}") int decisionDays) {
        if (decisionDays < 1) {
            throw new IllegalStateException("laget.casework.decision-days must be at least 1, was " + decisionDays);
        }
        this.repository = repository;
        this.door = door;
        this.grants = grants;
        this.events = events;
        this.clock = clock;
        this.decisionDays = decisionDays;
    }

    public int decisionDays() {
        return decisionDays;
    }

    @Transactional
    public long write(SignedInUser user, long childId, WriteConcern command) {
        door.require(user, childId, InformationCategory.BASIC, Action.READ, AccessedObject.of("concern"));
        notInFuture(command);
        LocalDate today = today();
        long id = repository.insert(childId, user.unitId(), user.employeeId(), today, command.observedOn(),
                command.whatSeen(), command.suspicionOfHarm(), now());
        grants.grant(AccessGrants.NewGrant.ofWork(childId, user.unitId(), InformationCategory.RELAY_LOG,
                Basis.CASE_PARTICIPANT, true, SOURCE, id));
        door.require(user, childId, InformationCategory.RELAY_LOG, Action.WRITE, AccessedObject.of(SOURCE, id));
        LocalDate due = today.plusDays(decisionDays);
        events.publishEvent(new ConcernWritten(id, childId, user.unitId(), user.employeeId(), today, due));
        log.info("Concern {} written for child {} by unit {}", id, childId, user.unitId());
        return id;
    }

    public Concern get(SignedInUser user, long id) {
        Concern concern = load(user, id, Action.READ);
        return concern;
    }

    @Transactional
    public Concern change(SignedInUser user, long id, WriteConcern command) {
        Concern concern = load(user, id, Action.WRITE);
        notInFuture(command);
        Integer version = command.version();
        if (concern.decided()) {
            throw InvalidInputException.of("whatSeen", "concern.decided");
        }
        if (version == null || !repository.change(id, version, command.observedOn(), command.whatSeen(),
                command.suspicionOfHarm())) {
            throw Versions.stale();
        }
        return repository.find(id, decisionDays).orElseThrow();
    }

    /** Records a step of the guide as done; talking with the parents is refused when harm is suspected (rule 3). */
    @Transactional
    public Concern recordStep(SignedInUser user, long id, RecordStep command) {
        Concern concern = load(user, id, Action.WRITE);
        List<FieldProblem> problems = new ArrayList<>();
        ConcernStep step = command.step();
        if (step == ConcernStep.TALKED_WITH_PARENTS && concern.suspicionOfHarm()) {
            problems.add(new FieldProblem("step", "concern.step.parents-refused"));
        }
        LocalDate doneOn = command.doneOn();
        if (doneOn.isAfter(today())) {
            problems.add(new FieldProblem("doneOn", "concern.doneOn.future"));
        } else if (doneOn.isBefore(concern.observedOn())) {
            problems.add(new FieldProblem("doneOn", "concern.doneOn.before-observed"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (concern.decided()) {
            throw InvalidInputException.of("step", "concern.decided");
        }
        repository.recordStep(id, step, doneOn, command.note(), user.employeeId(), now());
        return repository.find(id, decisionDays).orElseThrow();
    }

    /** The decisions the guide offers: when harm is suspected only the report to child welfare (rule 3). */
    public Set<ConcernDecision> allowedDecisions(Concern concern) {
        return concern.suspicionOfHarm() ? EnumSet.of(ConcernDecision.REPORT) : EnumSet.allOf(ConcernDecision.class);
    }

    @Transactional
    public Concern decide(SignedInUser user, long id, DecideConcern command) {
        Concern concern = load(user, id, Action.WRITE);
        ConcernDecision decision = command.decision();
        if (!allowedDecisions(concern).contains(decision)) {
            throw InvalidInputException.of("decision", "concern.decision.report-required");
        }
        Integer version = command.version();
        if (concern.decided()) {
            throw InvalidInputException.of("decision", "concern.decided");
        }
        if (version == null || !repository.decide(id, version, decision, command.note(), today(),
                user.employeeId())) {
            throw Versions.stale();
        }
        events.publishEvent(new ConcernDecided(id));
        log.info("Concern {} decided: {}", id, decision);
        return repository.find(id, decisionDays).orElseThrow();
    }

    /** The unit's concerns (all children, or one), undecided first; each row shown is logged. */
    public List<ConcernSummary> forUnit(SignedInUser user, Long childId) {
        List<ConcernRepository.Row> rows = repository.forUnit(door.filter(user, InformationCategory.RELAY_LOG,
                Action.READ), user.unitId(), childId, decisionDays, LIST_LIMIT);
        door.recordListed(user, InformationCategory.RELAY_LOG, rows.stream().map(ConcernRepository.Row::listed).toList(),
                "concern_list");
        return rows.stream().map(ConcernRepository.Row::concern).toList();
    }

    /** Links a concern decided to level 1 or 2 to the case that continues it. */
    public void linkCase(long concernId, long caseId) {
        repository.linkCase(concernId, caseId);
    }

    /** For casework's own use: the concern, loaded for the user's unit. */
    public Concern loadFor(SignedInUser user, long id, Action action) {
        return load(user, id, action);
    }

    private Concern load(SignedInUser user, long id, Action action) {
        // A concern stays with the unit that wrote it (level 0, before any consent): any other unit is refused, with the
        // door's reason, and an id that does not exist answers the same.
        ConcernRepository.Owner owner = repository.owner(id).orElseThrow(() -> door.unknown(user));
        door.requireWithin(user, owner.childId(), InformationCategory.RELAY_LOG, action, AccessedObject.of(SOURCE, id),
                owner.unitId() == user.unitId() ? EnumSet.allOf(Basis.class) : EnumSet.noneOf(Basis.class));
        return repository.find(id, decisionDays).orElseThrow(() -> door.unknown(user));
    }

    /** What was seen cannot have been seen after today (Europe/Oslo). */
    private void notInFuture(WriteConcern command) {
        if (command.observedOn().isAfter(today())) {
            throw InvalidInputException.of("observedOn", "concern.observedOn.future");
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Oslo.ZONE));
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock.withZone(ZoneOffset.UTC));
    }
}
