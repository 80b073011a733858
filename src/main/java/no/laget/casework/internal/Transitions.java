package no.laget.casework.internal;

import no.laget.casework.IndividualPlanRevised;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import no.laget.access.Action;
import no.laget.access.InformationCategory;
import no.laget.child.Children;
import no.laget.consent.Consent;
import no.laget.consent.Consents;
import no.laget.consent.Grant;
import no.laget.interest.BestInterestNote;
import no.laget.interest.Occasion;
import no.laget.organisation.Employee;
import no.laget.organisation.People;
import no.laget.platform.security.Role;
import no.laget.organisation.Unit;
import no.laget.platform.security.SignedInUser;
import no.laget.platform.validation.FieldProblem;
import no.laget.platform.validation.InvalidInputException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Transitions (kindergarten to school, primary to lower secondary, docs/domain.md rule 8), the child coordinator and the
 * individual plan (rules 10, 26-29).
 */
@Service
public class Transitions {

    private static final Logger log = LoggerFactory.getLogger(Transitions.class);

    private final CaseRepository repository;
    private final CaseAccess access;
    private final Participants participants;
    private final CaseNotes notes;
    private final Consents consents;
    private final Children children;
    private final People people;
    private final IndividualPlanPdf planPdf;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final boolean coordinatorHoldsRelay;

    Transitions(CaseRepository repository, CaseAccess access, Participants participants, CaseNotes notes,
            Consents consents, Children children, People people, IndividualPlanPdf planPdf,
            ApplicationEventPublisher events, Clock clock,
            @Value("${laget.casework.coordinator-holds-relay:true}") boolean coordinatorHoldsRelay) {
        this.repository = repository;
        this.access = access;
        this.participants = participants;
        this.notes = notes;
        this.consents = consents;
        this.children = children;
        this.people = people;
        this.planPdf = planPdf;
        this.events = events;
        this.clock = clock;
        this.coordinatorHoldsRelay = coordinatorHoldsRelay;
    }

    /** The categories a consent lets go along to a receiving unit: what it names that unit for, by id. */
    public record Offer(long consentId, List<InformationCategory> categories) {}

    /**
     * The holder offers the log to a named employee of a receiving unit. Allowed only under a live consent that
     * names that unit itself (not just its type) for RELAY_LOG; the offer follows the hand-over rule (rule 6): the
     * receiver becomes holder when they accept. Only the categories that consent covers for the unit go along, since
     * the door reads nothing else for it.
     */
    @Transactional
    public Offer offer(SignedInUser user, long caseId, OfferTransition command) {
        CaseRepository.Head head = access.require(user, caseId, Action.WRITE);
        List<FieldProblem> problems = new ArrayList<>();
        Employee employee = command.employeeId() == null ? null : participants.employee(command.employeeId()).orElse(null);
        // The page's picker chooses the person ("employee:ID") and the unit is theirs; the API may name both.
        boolean unitOfPerson = command.unitId() == null;
        String unitField = unitOfPerson ? "transitionEmployeeId" : "transitionUnitId";
        Unit unit = unitOfPerson ? (employee == null ? null : participants.unit(employee.unitId()).orElse(null))
                : participants.unit(command.unitId()).orElse(null);
        Offer offer = null;
        if (head.holderEmployeeId() != user.employeeId()) {
            problems.add(new FieldProblem(unitField, "case.handover.not-holder"));
        } else if (unit == null) {
            if (!unitOfPerson) {
                problems.add(new FieldProblem("transitionUnitId", "transition.unit.required"));
            }
        } else if (unit.id() == head.holderUnitId()) {
            problems.add(new FieldProblem(unitField, "transition.unit.same"));
        } else {
            offer = namingConsent(user, head.childId(), unit.id()).orElse(null);
            if (offer == null) {
                problems.add(new FieldProblem(unitField, "transition.unit.no-consent"));
            }
        }
        if (employee == null || (unit != null && employee.unitId() != unit.id())) {
            problems.add(new FieldProblem("transitionEmployeeId", "transition.employee.required"));
        }
        if (problems.isEmpty() && repository.pendingHandover(caseId).isPresent()) {
            problems.add(new FieldProblem(unitField, "case.handover.pending"));
        }
        Optional<BestInterestNote> note = BestInterestNote.check(problems, "transitionInterest", command.interest(),
                notes.childAge(user, head.childId()));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        OffsetDateTime now = now();
        repository.offerHandover(caseId, employee.id(), unit.id(), offer.consentId(), command.reason(), user.employeeId(),
                now, true);
        notes.write(user, head, Occasion.HANDOVER, note.orElseThrow(), now);
        log.info("Case {}: transition to unit {} offered", caseId, unit.id());
        return offer;
    }

    /**
     * Who the holder may offer the log to in a transition (the picker's search): active employees who work with
     * children in a unit a live consent of the child names by id for RELAY_LOG, other than the holder's unit; the
     * rule {@link #offer} checks. Two statements, however many units and people there are.
     */
    public List<People.Match> transitionCandidates(SignedInUser user, long caseId, String query) {
        CaseRepository.Head head = access.require(user, caseId, Action.WRITE);
        if (!People.searchable(query)) {
            return List.of();
        }
        Set<Long> named = new HashSet<>(consents.liveReceivers(head.childId(), InformationCategory.RELAY_LOG).unitIds());
        named.remove(head.holderUnitId());
        return people.employees(query, People.Scope.units(named), People.PAGE);
    }

    /**
     * Who a leader may appoint child coordinator (the picker's search): active employees who work with children in a
     * unit a live consent of the child covers for RELAY_LOG, by id or by type; the rule {@link #appointCoordinator}
     * checks.
     */
    public List<People.Match> coordinatorCandidates(SignedInUser user, long caseId, String query) {
        if (!user.hasRole(Role.UNIT_LEADER)) {
            throw InvalidInputException.of("coordinatorEmployeeId", "coordinator.leader-only");
        }
        CaseRepository.Head head = access.require(user, caseId, Action.READ);
        if (!People.searchable(query)) {
            return List.of();
        }
        return people.employees(query, access.relayScope(head.childId()), People.PAGE);
    }

    private Optional<Offer> namingConsent(SignedInUser user, long childId, long unitId) {
        for (long consentId : consents.liveCovering(childId, InformationCategory.RELAY_LOG, unitId)) {
            Consent consent = consents.get(user, consentId);
            List<Grant> named = consent.grants().stream()
                    .filter(g -> !g.withdrawn() && g.receiverUnitId() != null && g.receiverUnitId() == unitId).toList();
            if (named.stream().anyMatch(g -> g.category() == InformationCategory.RELAY_LOG)) {
                return Optional.of(new Offer(consentId, named.stream().map(Grant::category).distinct().toList()));
            }
        }
        return Optional.empty();
    }

    /**
     * A unit leader (of any unit) appoints a child coordinator from a unit a live consent covers for RELAY_LOG. With
     * {@code laget.casework.coordinator-holds-relay} (default true) the coordinator takes over as relay holder.
     */
    @Transactional
    public void appointCoordinator(SignedInUser user, long caseId, AppointCoordinator command) {
        if (!user.hasRole(Role.UNIT_LEADER)) {
            throw InvalidInputException.of("coordinatorEmployeeId", "coordinator.leader-only");
        }
        CaseRepository.Head head = access.require(user, caseId, Action.READ);
        if (!head.open()) {
            throw InvalidInputException.of("case", "case.closed");
        }
        List<FieldProblem> problems = new ArrayList<>();
        Employee employee = command.employeeId() == null ? null
                : participants.employee(command.employeeId()).orElse(null);
        Optional<Long> consent = Optional.empty();
        if (employee == null) {
            problems.add(new FieldProblem("coordinatorEmployeeId", "coordinator.required"));
        } else {
            consent = access.consentFor(head.childId(), employee.unitId());
            if (consent.isEmpty()) {
                problems.add(new FieldProblem("coordinatorEmployeeId", "coordinator.no-consent"));
            }
        }
        Optional<BestInterestNote> note = BestInterestNote.check(problems, "coordinatorInterest", command.interest(),
                notes.childAge(user, head.childId()));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        OffsetDateTime now = now();
        participants.admitIfNeeded(user, head.childId(), caseId, employee.unitId(), employee.id(), consent.get());
        repository.setCoordinator(caseId, employee.id());
        if (coordinatorHoldsRelay && head.holderEmployeeId() != employee.id()) {
            repository.pendingHandover(caseId).ifPresent(h -> repository.answerHandover(h.id(), false, now()));
            long offer = repository.offerHandover(caseId, employee.id(), employee.unitId(), consent.get(),
                    "Barnekoordinator", user.employeeId(), now(), false);
            repository.answerHandover(offer, true, now());
            repository.setHolder(caseId, employee.id(), employee.unitId());
        }
        // the appointment stands on the leader's reading the case; a leader of a unit in it writes there too
        Action action = repository.isParticipant(caseId, user.unitId()) ? Action.WRITE : Action.READ;
        notes.write(user, head, action, Occasion.COORDINATOR, note.orElseThrow(), now);
        participants.remindHolder(caseId);
        log.info("Case {}: child coordinator appointed", caseId);
    }

    /** The individual plan as stored, or empty. */
    public Optional<CaseRepository.PlanRow> plan(SignedInUser user, long caseId) {
        access.require(user, caseId, Action.READ);
        return repository.plan(caseId);
    }

    /** Saves docs/domain.md rule 29's nine items; every item is required, the period must hold the revision date. */
    @Transactional
    public void savePlan(SignedInUser user, long caseId, SavePlan command) {
        CaseRepository.Head head = access.require(user, caseId, Action.WRITE);
        Integer version = command.version();
        boolean existing = repository.plan(caseId).isPresent();
        OffsetDateTime now = now();
        if ((existing && version == null) || !repository.savePlan(caseId, version, new CaseRepository.PlanRow(
                command.goalsNeeds(), command.whoTakesPart(), command.whoCoordinates(), command.contributions(),
                command.measures(), command.howCarriedOut(), command.periodFrom(), command.periodTo(), command.reviseOn(),
                command.consents(), command.cooperation(), 0), user.employeeId(), now)) {
            throw Versions.stale();
        }
        // The plan as saved, rendered once: the archive keeps every version as it read, never a later rendering.
        CaseRepository.PlanRow saved = repository.plan(caseId).orElseThrow();
        no.laget.child.Child child = children.get(user, head.childId());
        events.publishEvent(new IndividualPlanRevised(caseId, head.childId(), child.fullName(), saved.version() + 1,
                !existing, user.unitId(), user.employeeId(), now, planPdf.render(saved, child, saved.version() + 1, now)));
        log.info("Case {}: individual plan saved", caseId);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock.withZone(ZoneOffset.UTC));
    }
}
