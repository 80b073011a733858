package no.laget.transition.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import no.laget.platform.security.NavCooperation;
import no.laget.access.AccessDoor;
import no.laget.access.AccessRefusedException;
import no.laget.access.AccessedObject;
import no.laget.access.Action;
import no.laget.access.InformationCategory;
import no.laget.access.Reason;
import no.laget.consent.Consents;
import no.laget.organisation.Organisation;
import no.laget.organisation.People;
import no.laget.organisation.Unit;
import no.laget.organisation.UnitType;
import no.laget.platform.security.SignedInUser;
import no.laget.platform.time.Oslo;
import no.laget.platform.validation.FieldProblems;
import no.laget.platform.validation.FieldProblem;
import no.laget.platform.validation.InvalidInputException;
import no.laget.transition.TransitionMeasureAdded;
import no.laget.transition.TransitionPlanChanged;
import no.laget.transition.TransitionReminderSet;
import no.laget.transition.TransitionStarted;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The transition at 18 (docs/domain.md rules 30-31). Child welfare records the young person's measures, which puts a
 * reminder {@code laget.nav.transition-months-before-18} months before the 18th birthday on the child welfare unit;
 * it starts the transition only with the young person's live written consent to share child welfare information
 * with the NAV unit; then it keeps the first meeting and the joint plan, whose measures each have a responsible,
 * a time limit and an evaluation date (a deadline, kept by the deadline module from this module's events), up to the 25th birthday at the latest. Everything is
 * CHILD_WELFARE information: child welfare writes it as the serving unit, NAV reads it through the door, which
 * allows it only on the young person's consent.
 */
@Service
public class TransitionsToAdulthood {

    private static final Logger log = LoggerFactory.getLogger(TransitionsToAdulthood.class);

    private final TransitionRepository repository;
    private final AccessDoor door;
    private final Consents consents;
    private final Organisation organisation;
    private final People people;
    private final Clock clock;
    private final int monthsBefore18;
    private final TransitionPdf pdf;
    private final ApplicationEventPublisher events;

    TransitionsToAdulthood(TransitionRepository repository, AccessDoor door, Consents consents,
            Organisation organisation, People people, Clock clock,
            @Value("${laget.nav.transition-months-before-18:6}") int monthsBefore18, TransitionPdf pdf,
            ApplicationEventPublisher events) {
        this.pdf = pdf;
        this.events = events;
        if (monthsBefore18 < 1 || monthsBefore18 > 24) {
            throw new IllegalStateException("laget.nav.transition-months-before-18 must be between 1 and 24");
        }
        this.repository = repository;
        this.door = door;
        this.consents = consents;
        this.organisation = organisation;
        this.people = people;
        this.clock = clock;
        this.monthsBefore18 = monthsBefore18;
    }

    public int monthsBefore18() {
        return monthsBefore18;
    }

    /** The list: child welfare sees the young people it has recorded measures for, NAV the transitions it may read. */
    public List<TransitionOverview> list(SignedInUser user) {
        NavCooperation.requireChildWelfareOrNav(user);
        var filter = door.filter(user, InformationCategory.CHILD_WELFARE, Action.READ);
        List<TransitionRepository.Listed> rows = NavCooperation.childWelfare(user)
                ? repository.childWelfareList(user.unitId(), filter)
                : repository.navList(user.unitId(), filter);
        door.recordListed(user, InformationCategory.CHILD_WELFARE, rows.stream().map(TransitionRepository.Listed::listed)
                .toList(), "transition_list");
        return rows.stream().map(row -> new TransitionOverview(row.childId(), row.givenName() + " " + row.familyName(),
                row.birthDate(),
                row.birthDate() == null ? null : TransitionDates.birthday(row.birthDate(), TransitionDates.ADULT),
                row.birthDate() == null ? null : TransitionDates.transitionReminder(row.birthDate(), monthsBefore18),
                row.birthDate() == null ? null : TransitionDates.aftercareLimit(row.birthDate()),
                row.transitionId(), row.navUnitName())).toList();
    }

    public List<ChildWelfareMeasure> measures(SignedInUser user, long childId) {
        NavCooperation.requireChildWelfare(user);
        door.require(user, childId, InformationCategory.CHILD_WELFARE, Action.READ,
                AccessedObject.of("child_welfare_measures", childId));
        return repository.measures(childId);
    }

    /** The child's transition started by the user's unit, if any (after the door, as for the measures). */
    public Optional<Long> transitionOf(SignedInUser user, long childId) {
        NavCooperation.requireChildWelfare(user);
        door.require(user, childId, InformationCategory.CHILD_WELFARE, Action.READ,
                AccessedObject.of("transition", childId));
        return repository.transitionOf(childId, user.unitId());
    }

    /** The reminder day for the child, when its birth date is known. */
    public Optional<LocalDate> reminderFor(LocalDate birthDate) {
        return Optional.ofNullable(birthDate).map(born -> TransitionDates.transitionReminder(born, monthsBefore18));
    }

    /**
     * Child welfare records a measure (not after the 25th birthday). While the young person is under 18 and a measure
     * lasts until the reminder day or longer, the reminder is (re)scheduled on the unit.
     */
    @Transactional
    public long recordMeasure(SignedInUser user, long childId, RecordMeasure command) {
        NavCooperation.requireChildWelfare(user);
        door.require(user, childId, InformationCategory.CHILD_WELFARE, Action.WRITE,
                AccessedObject.of("child_welfare_measure"));
        Optional<LocalDate> born = repository.birthDate(childId);
        if (born.isPresent() && command.endsOn() != null
                && command.endsOn().isAfter(TransitionDates.aftercareLimit(born.get()))) {
            throw new InvalidInputException(List.of(new FieldProblem("endsOn", "nav.cwmeasure.endsOn.after-25")));
        }
        long id = repository.insertMeasure(childId, user.unitId(), command.description(), command.startsOn(),
                command.endsOn(), user.employeeId(), now());
        born.ifPresent(birthDate -> scheduleReminder(user.unitId(), childId, birthDate, command.endsOn()));
        log.info("Child welfare measure {} recorded for child {} by unit {}", id, childId, user.unitId());
        return id;
    }

    private void scheduleReminder(long unitId, long childId, LocalDate born, LocalDate measureEnds) {
        LocalDate reminder = TransitionDates.transitionReminder(born, monthsBefore18);
        boolean under18 = today().isBefore(TransitionDates.birthday(born, TransitionDates.ADULT));
        boolean lastsToReminder = measureEnds == null || !measureEnds.isBefore(reminder);
        if (under18 && lastsToReminder && repository.transitionOf(childId, unitId).isEmpty()) {
            events.publishEvent(new TransitionReminderSet(childId, unitId, reminder));
        }
    }

    /**
     * Starts the transition with a NAV unit. Needs a measure recorded by the user's unit and the young person's
     * live written consent that lets the NAV unit read child welfare information.
     */
    @Transactional
    public long start(SignedInUser user, long childId, StartTransition command) {
        NavCooperation.requireChildWelfare(user);
        door.require(user, childId, InformationCategory.CHILD_WELFARE, Action.WRITE, AccessedObject.of("transition"));
        List<FieldProblem> problems = new ArrayList<>();
        Optional<Unit> nav = Optional.ofNullable(command.navUnitId()).flatMap(organisation::unit)
                .filter(unit -> unit.active() && unit.type() == UnitType.NAV);
        Optional<Long> consent = Optional.empty();
        if (nav.isEmpty()) {
            problems.add(new FieldProblem("navUnitId", "nav.transition.navUnitId.required"));
        } else {
            consent = consents.liveWrittenConsentOfYoungPerson(childId, InformationCategory.CHILD_WELFARE,
                    nav.get().id(), today());
            if (consent.isEmpty()) {
                problems.add(new FieldProblem("navUnitId", "nav.transition.consent.missing"));
            }
        }
        if (repository.measures(childId).stream().noneMatch(m -> m.unitId() == user.unitId())) {
            problems.add(new FieldProblem("navUnitId", "nav.transition.no-measures"));
        }
        if (repository.transitionOf(childId, user.unitId()).isPresent()) {
            problems.add(new FieldProblem("navUnitId", "nav.transition.already-started"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        long id = repository.insertTransition(childId, user.unitId(), nav.orElseThrow().id(), consent.orElseThrow(),
                today(), user.employeeId(), now());
        events.publishEvent(new TransitionStarted(id, childId, user.unitId(), nav.orElseThrow().id(), today()));
        log.info("Transition {} started for child {} by unit {}", id, childId, user.unitId());
        return id;
    }

    /**
     * The NAV offices the transition may start with (the picker's search): active NAV units whose name matches, that
     * the young person's live written consent lets read child welfare information, the rule {@link #start} checks.
     * One search, then one consent look-up per match: at most {@link People#PAGE} + 1 statements, however many
     * units there are.
     */
    public List<People.Match> navCandidates(SignedInUser user, long childId, String query) {
        NavCooperation.requireChildWelfare(user);
        door.require(user, childId, InformationCategory.CHILD_WELFARE, Action.READ, AccessedObject.of("transition", childId));
        if (!People.searchable(query)) {
            return List.of();
        }
        LocalDate today = today();
        return people.units(query, new People.Scope(java.util.Set.of(), java.util.Set.of(UnitType.NAV)), People.PAGE)
                .stream().filter(m -> consents.liveWrittenConsentOfYoungPerson(childId, InformationCategory.CHILD_WELFARE,
                        m.id(), today).isPresent()).toList();
    }

    /** A chosen NAV office with its name for the picker ("unit:ID" or the id); empty for anything else. */
    public List<People.Match> describeNav(String chosen) {
        return Optional.ofNullable(TransitionStartForm.unitId(chosen)).flatMap(organisation::unit)
                .filter(u -> u.type() == UnitType.NAV)
                .map(u -> List.of(new People.Match(People.Kind.UNIT, u.id(), u.name(), u.id(), u.name())))
                .orElse(List.of());
    }

    /** The plan: child welfare as the serving unit, NAV on the young person's consent, anyone else refused. */
    public Transition plan(SignedInUser user, long transitionId) {
        NavCooperation.requireChildWelfareOrNav(user);
        TransitionRepository.Row row = repository.transition(transitionId)
                .orElseThrow(() -> new AccessRefusedException(Reason.NO_CONSENT));
        door.require(user, row.childId(), InformationCategory.CHILD_WELFARE, Action.READ,
                AccessedObject.of("transition_plan", transitionId));
        return view(user, row);
    }

    /** The first meeting and the joint plan (follow-up not after the 25th birthday); only the unit that started writes. */
    @Transactional
    public void savePlan(SignedInUser user, long transitionId, SavePlan command) {
        TransitionRepository.Row row = forWriting(user, transitionId, "transition_plan");
        List<FieldProblem> problems = new ArrayList<>();
        checkNotAfter25(problems, row, Optional.ofNullable(command.followUpUntil()), "followUpUntil",
                "nav.plan.followUpUntil.after-25");
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        OffsetDateTime now = now();
        repository.updatePlan(transitionId, command.meetingOn(), command.participants(), command.goals(),
                command.individualPlanDue(), command.individualPlanReason(), command.followUpUntil(), now);
        planChanged(user, transitionId, row.meetingOn() == null, now);
        log.info("Transition {} plan saved by unit {}", transitionId, user.unitId());
    }

    /** A measure of the joint plan (not after the 25th birthday), its evaluation date scheduled for child welfare. */
    @Transactional
    public long addMeasure(SignedInUser user, long transitionId, AddPlanMeasure command) {
        TransitionRepository.Row row = forWriting(user, transitionId, "transition_measure");
        List<FieldProblem> problems = new ArrayList<>();
        checkNotAfter25(problems, row, Optional.of(command.timeLimit()), "timeLimit", "nav.tmeasure.timeLimit.after-25");
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        OffsetDateTime now = now();
        long id = repository.insertPlanMeasure(transitionId, command.description(), command.responsible(),
                command.timeLimit(), command.evaluationOn(), now);
        planChanged(user, transitionId, false, now);
        LocalDate evaluationOn = command.evaluationOn();
        events.publishEvent(new TransitionMeasureAdded(id, transitionId, row.childId(), row.childWelfareUnitId(),
                evaluationOn));
        log.info("Transition {} measure {} added by unit {}", transitionId, id, user.unitId());
        return id;
    }

    /** The whole plan as it reads now, rendered once for the archive (made: the first meeting and plan saved). */
    private void planChanged(SignedInUser user, long transitionId, boolean made, OffsetDateTime now) {
        Transition plan = view(user, repository.transition(transitionId).orElseThrow());
        events.publishEvent(new TransitionPlanChanged(transitionId, plan.childId(), plan.childName(), made,
                user.unitId(), user.employeeId(), now, pdf.transitionPlan(plan, now)));
    }

    private TransitionRepository.Row forWriting(SignedInUser user, long transitionId, String object) {
        NavCooperation.requireChildWelfare(user);
        TransitionRepository.Row row = repository.transition(transitionId)
                .orElseThrow(() -> new AccessRefusedException(Reason.NO_CONSENT));
        door.require(user, row.childId(), InformationCategory.CHILD_WELFARE, Action.WRITE,
                AccessedObject.of(object, transitionId));
        if (row.childWelfareUnitId() != user.unitId()) {
            throw new NavCooperation.Refused("nav.refused.not-party");
        }
        return row;
    }

    private static void checkNotAfter25(List<FieldProblem> problems, TransitionRepository.Row row,
            Optional<LocalDate> day, String field, String key) {
        if (row.birthDate() != null && day.filter(d -> d.isAfter(TransitionDates.aftercareLimit(row.birthDate())))
                .isPresent()) {
            problems.add(new FieldProblem(field, key));
        }
    }

    private Transition view(SignedInUser user, TransitionRepository.Row row) {
        LocalDate today = today();
        LocalDate born = row.birthDate();
        LocalDate limit = born == null ? null : TransitionDates.aftercareLimit(born);
        return new Transition(row.id(), row.childId(), row.givenName() + " " + row.familyName(), born,
                row.childWelfareUnitId(), row.childWelfareUnitName(), row.navUnitId(), row.navUnitName(),
                row.consentId(), row.startedOn(), row.meetingOn(), row.participants(), row.goals(),
                row.individualPlanDue(), row.individualPlanReason(), row.followUpUntil(),
                repository.planMeasures(row.id()),
                born == null ? null : TransitionDates.birthday(born, TransitionDates.ADULT), limit,
                limit == null ? null : TransitionDates.remaining(today, limit),
                row.followUpUntil() == null ? null : TransitionDates.remaining(today, row.followUpUntil()),
                NavCooperation.childWelfare(user) && row.childWelfareUnitId() == user.unitId());
    }

    /** Today in Norway, the day the commands' dates are read against. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(Oslo.ZONE));
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock.withZone(ZoneOffset.UTC));
    }
}
