package no.laget.casework.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import no.laget.access.AccessGrants;
import no.laget.access.Action;
import no.laget.access.InformationCategory;
import no.laget.casework.Cases;
import no.laget.casework.RelayCase;
import no.laget.casework.RelayHolderSet;
import no.laget.organisation.Employee;
import no.laget.organisation.Organisation;
import no.laget.organisation.People;
import no.laget.organisation.Unit;
import no.laget.platform.security.SignedInUser;
import no.laget.platform.validation.FieldProblem;
import no.laget.platform.validation.InvalidInputException;
import no.laget.platform.validation.NotFoundException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who takes part in a case (docs/domain.md rules 7 and 8): units, and people in them, each admitted under a live
 * consent covering RELAY_LOG for the unit, with a {@link no.laget.access.Basis#CASE_PARTICIPANT} grant tied to it.
 */
@Service
public class Participants {

    private static final Logger log = LoggerFactory.getLogger(Participants.class);
    private static final String SOURCE = Cases.SOURCE;

    private final CaseRepository repository;
    private final CaseAccess access;
    private final AccessGrants grants;
    private final ApplicationEventPublisher events;
    private final Organisation organisation;
    private final People people;
    private final Clock clock;

    Participants(CaseRepository repository, CaseAccess access, AccessGrants grants, ApplicationEventPublisher events,
            Organisation organisation, People people, Clock clock) {
        this.repository = repository;
        this.access = access;
        this.grants = grants;
        this.events = events;
        this.organisation = organisation;
        this.people = people;
        this.clock = clock;
    }

    /** Admits a unit (and optionally one of its employees) under a live consent covering RELAY_LOG for it. */
    @Transactional
    public void add(SignedInUser user, long caseId, AddParticipant command) {
        CaseRepository.Head head = access.require(user, caseId, Action.WRITE);
        List<FieldProblem> problems = new ArrayList<>();
        Employee employee = command.employeeId() == null ? null : employee(command.employeeId()).orElse(null);
        Unit unit = command.unitId() != null ? unit(command.unitId()).orElse(null)
                : employee == null ? null : unit(employee.unitId()).orElse(null);
        Long consent = null;
        if (unit == null) {
            problems.add(new FieldProblem("unitId", command.unitId() == null && command.employeeId() == null
                    ? "case.participant.unit.required" : "case.participant.unit.unknown"));
        } else {
            consent = access.consentFor(head.childId(), unit.id()).orElse(null);
            if (consent == null) {
                problems.add(new FieldProblem("unitId", "case.participant.no-consent"));
            }
        }
        if (command.unitId() != null && command.employeeId() != null
                && (employee == null || unit == null || employee.unitId() != unit.id())) {
            problems.add(new FieldProblem("participantEmployeeId", "case.participant.employee.other-unit"));
        }
        if (problems.isEmpty() && employee == null && repository.isParticipant(caseId, unit.id())) {
            problems.add(new FieldProblem("unitId", "case.participant.already"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        admit(user, head.childId(), caseId, unit.id(), employee == null ? null : employee.id(), command.task(), consent,
                now());
        remindHolder(caseId);
        log.info("Case {}: unit {} admitted", caseId, unit.id());
    }

    /** Removes a participant; when the unit has no one left in the case its grants end. The holder's unit stays. */
    @Transactional
    public void remove(SignedInUser user, long caseId, long participantId) {
        CaseRepository.Head head = access.require(user, caseId, Action.WRITE);
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

    /**
     * Who may be added to the case (the participant picker's search): units a live consent of the child covers for
     * RELAY_LOG and the people who work in them, employees first, the rule {@link #add} checks.
     */
    public List<People.Match> candidates(SignedInUser user, long caseId, String query) {
        CaseRepository.Head head = access.require(user, caseId, Action.WRITE);
        if (!People.searchable(query)) {
            return List.of();
        }
        return people.search(query, access.relayScope(head.childId()), true);
    }

    /** People of the units taking part, to appoint as holder, responsible or meeting participant. */
    public List<CaseRepository.Person> people(RelayCase relayCase) {
        return repository.employeesOf(relayCase.participants().stream().map(RelayCase.Participant::unitId).distinct().toList());
    }

    /** Colleagues in the given units, e.g. the user's own for appointing a holder. */
    public List<CaseRepository.Person> employeesOf(List<Long> unitIds) {
        return repository.employeesOf(unitIds);
    }

    /** Admits a unit that is not yet in the case (a coordinator's unit), under the consent given. */
    public void admitIfNeeded(SignedInUser user, long childId, long caseId, long unitId, Long employeeId, long consentId) {
        if (!repository.isParticipant(caseId, unitId)) {
            admit(user, childId, caseId, unitId, employeeId, null, consentId, now());
        }
    }

    /** Adds a unit (or one of its people) to the case; the unit's grants are given the first time it is let in. */
    public void admit(SignedInUser user, long childId, long caseId, long unitId, Long employeeId, String task,
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

    /**
     * docs/domain.md rule 15: the relay holder is the one warned when a consent the case stands on runs out. Every consent
     * a unit of the case was admitted under has its expiry moved to the holder (person and unit); called when a case
     * opens, a unit joins it and the holder changes. A consent several open cases stand on follows the case that
     * changed last.
     */
    public void remindHolder(long caseId) {
        CaseRepository.Head head = repository.head(caseId).orElseThrow(() -> new NotFoundException("case"));
        events.publishEvent(new RelayHolderSet(caseId, head.holderUnitId(), head.holderEmployeeId(),
                repository.consentIds(caseId)));
    }

    /** An active employee. */
    public Optional<Employee> employee(long id) {
        return organisation.employee(id).filter(Employee::active);
    }

    /** An active unit. */
    public Optional<Unit> unit(long id) {
        return organisation.unit(id).filter(Unit::active);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock.withZone(ZoneOffset.UTC));
    }
}
