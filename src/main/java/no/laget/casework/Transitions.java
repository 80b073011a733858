package no.laget.casework;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import no.laget.access.Action;
import no.laget.access.InformationCategory;
import no.laget.casework.internal.CaseRepository;
import no.laget.casework.internal.IndividualPlanPdf;
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
import no.laget.platform.validation.FieldRules;
import no.laget.platform.validation.InvalidInputException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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

    private final Cases cases;
    private final Consents consents;
    private final Children children;
    private final IndividualPlanPdf planPdf;
    private final ApplicationEventPublisher events;

    Transitions(Cases cases, Consents consents, Children children, IndividualPlanPdf planPdf,
            ApplicationEventPublisher events) {
        this.cases = cases;
        this.consents = consents;
        this.children = children;
        this.planPdf = planPdf;
        this.events = events;
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
    public Offer offer(SignedInUser user, long caseId, CaseForms.Transition form) {
        CaseRepository.Head head = cases.access(user, caseId, Action.WRITE);
        List<FieldProblem> problems = new ArrayList<>();
        Employee employee = cases.employee(form.transitionEmployeeId());
        // The page's picker chooses the person ("employee:ID") and the unit is theirs; the API may name both.
        boolean unitOfPerson = FieldRules.blank(form.transitionUnitId());
        String unitField = unitOfPerson ? "transitionEmployeeId" : "transitionUnitId";
        Unit unit = unitOfPerson ? (employee == null ? null : cases.unit(String.valueOf(employee.unitId())))
                : cases.unit(form.transitionUnitId());
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
        if (problems.isEmpty() && cases.repository().pendingHandover(caseId).isPresent()) {
            problems.add(new FieldProblem(unitField, "case.handover.pending"));
        }
        FieldRules.optionalText(problems, "transitionReason", form.transitionReason(), 1000, "case.handoverReason");
        Optional<BestInterestNote> note = BestInterestNote.check(problems, "transitionInterest", form.transitionInterest(),
                cases.childAge(user, head.childId()));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        OffsetDateTime now = cases.now();
        cases.repository().offerHandover(caseId, employee.id(), unit.id(), offer.consentId(),
                FieldRules.trimToNull(form.transitionReason()), user.employeeId(), now, true);
        cases.writeNote(user, head, Occasion.HANDOVER, note.orElseThrow(), now);
        log.info("Case {}: transition to unit {} offered", caseId, unit.id());
        return offer;
    }

    /**
     * Who the holder may offer the log to in a transition (the picker's search): active employees who work with
     * children in a unit a live consent of the child names by id for RELAY_LOG, other than the holder's unit; the
     * rule {@link #offer} checks. Two statements, however many units and people there are.
     */
    public List<People.Match> transitionCandidates(SignedInUser user, long caseId, String query) {
        CaseRepository.Head head = cases.access(user, caseId, Action.WRITE);
        if (!People.searchable(query)) {
            return List.of();
        }
        Set<Long> named = new HashSet<>(consents.liveReceivers(head.childId(), InformationCategory.RELAY_LOG).unitIds());
        named.remove(head.holderUnitId());
        return cases.people().employees(query, People.Scope.units(named), People.PAGE);
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
        CaseRepository.Head head = cases.access(user, caseId, Action.READ);
        if (!People.searchable(query)) {
            return List.of();
        }
        return cases.people().employees(query, cases.relayScope(head.childId()), People.PAGE);
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
    public void appointCoordinator(SignedInUser user, long caseId, CaseForms.Coordinator form) {
        if (!user.hasRole(Role.UNIT_LEADER)) {
            throw InvalidInputException.of("coordinatorEmployeeId", "coordinator.leader-only");
        }
        CaseRepository.Head head = cases.access(user, caseId, Action.READ);
        if (!head.open()) {
            throw InvalidInputException.of("case", "case.closed");
        }
        List<FieldProblem> problems = new ArrayList<>();
        Employee employee = cases.employee(form.coordinatorEmployeeId());
        Optional<Long> consent = Optional.empty();
        if (employee == null) {
            problems.add(new FieldProblem("coordinatorEmployeeId", "coordinator.required"));
        } else {
            consent = cases.consentFor(head.childId(), employee.unitId());
            if (consent.isEmpty()) {
                problems.add(new FieldProblem("coordinatorEmployeeId", "coordinator.no-consent"));
            }
        }
        Optional<BestInterestNote> note = BestInterestNote.check(problems, "coordinatorInterest",
                form.coordinatorInterest(), cases.childAge(user, head.childId()));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        OffsetDateTime now = cases.now();
        cases.admitIfNeeded(user, head.childId(), caseId, employee.unitId(), employee.id(), consent.get());
        cases.repository().setCoordinator(caseId, employee.id());
        if (cases.coordinatorHoldsRelay() && head.holderEmployeeId() != employee.id()) {
            cases.repository().pendingHandover(caseId).ifPresent(h -> cases.repository().answerHandover(h.id(), false, cases.now()));
            long offer = cases.repository().offerHandover(caseId, employee.id(), employee.unitId(), consent.get(),
                    "Barnekoordinator", user.employeeId(), cases.now(), false);
            cases.repository().answerHandover(offer, true, cases.now());
            cases.repository().setHolder(caseId, employee.id(), employee.unitId());
        }
        // the appointment stands on the leader's reading the case; a leader of a unit in it writes there too
        Action action = cases.repository().isParticipant(caseId, user.unitId()) ? Action.WRITE : Action.READ;
        cases.writeNote(user, head, action, Occasion.COORDINATOR, note.orElseThrow(), now);
        cases.remindHolder(caseId);
        log.info("Case {}: child coordinator appointed", caseId);
    }

    /** The individual plan as stored, or empty. */
    public Optional<CaseRepository.PlanRow> plan(SignedInUser user, long caseId) {
        cases.access(user, caseId, Action.READ);
        return cases.repository().plan(caseId);
    }

    /** Saves docs/domain.md rule 29's nine items; every item is required, the period must hold the revision date. */
    @Transactional
    public void savePlan(SignedInUser user, long caseId, CaseForms.Plan form) {
        CaseRepository.Head head = cases.access(user, caseId, Action.WRITE);
        List<FieldProblem> problems = new ArrayList<>();
        FieldRules.text(problems, "goalsNeeds", form.goalsNeeds(), 4000, "plan.goalsNeeds");
        FieldRules.text(problems, "whoTakesPart", form.whoTakesPart(), 2000, "plan.whoTakesPart");
        FieldRules.text(problems, "whoCoordinates", form.whoCoordinates(), 500, "plan.whoCoordinates");
        FieldRules.text(problems, "contributions", form.contributions(), 4000, "plan.contributions");
        FieldRules.text(problems, "measures", form.measures(), 4000, "plan.measures");
        FieldRules.text(problems, "howCarriedOut", form.howCarriedOut(), 4000, "plan.howCarriedOut");
        Optional<LocalDate> from = FieldRules.date(problems, "periodFrom", form.periodFrom(), "plan.periodFrom");
        Optional<LocalDate> to = FieldRules.date(problems, "periodTo", form.periodTo(), "plan.periodTo");
        if (from.isPresent() && to.isPresent() && to.get().isBefore(from.get())) {
            problems.add(new FieldProblem("periodTo", "plan.periodTo.before-start"));
        }
        Optional<LocalDate> revise = FieldRules.date(problems, "reviseOn", form.reviseOn(), "plan.reviseOn");
        if (revise.isPresent() && from.isPresent() && to.isPresent()
                && (revise.get().isBefore(from.get()) || revise.get().isAfter(to.get()))) {
            problems.add(new FieldProblem("reviseOn", "plan.reviseOn.outside"));
        }
        FieldRules.text(problems, "consents", form.consents(), 2000, "plan.consents");
        FieldRules.text(problems, "cooperation", form.cooperation(), 4000, "plan.cooperation");
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Integer version = FieldRules.blank(form.version()) ? null : Versions.parse(form.version());
        boolean existing = cases.repository().plan(caseId).isPresent();
        OffsetDateTime now = cases.now();
        if ((existing && version == null) || !cases.repository().savePlan(caseId, version, new CaseRepository.PlanRow(
                form.goalsNeeds().trim(), form.whoTakesPart().trim(), form.whoCoordinates().trim(),
                form.contributions().trim(), form.measures().trim(), form.howCarriedOut().trim(), from.get(), to.get(),
                revise.get(), form.consents().trim(), form.cooperation().trim(), 0), user.employeeId(), now)) {
            throw Versions.stale();
        }
        // The plan as saved, rendered once: the archive keeps every version as it read, never a later rendering.
        CaseRepository.PlanRow saved = cases.repository().plan(caseId).orElseThrow();
        no.laget.child.Child child = children.get(user, head.childId());
        events.publishEvent(new IndividualPlanRevised(caseId, head.childId(), child.fullName(), saved.version() + 1,
                !existing, user.unitId(), user.employeeId(), now, planPdf.render(saved, child, saved.version() + 1, now)));
        log.info("Case {}: individual plan saved", caseId);
    }
}
