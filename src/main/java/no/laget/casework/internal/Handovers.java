package no.laget.casework.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import no.laget.access.AccessDoor;
import no.laget.access.AccessedObject;
import no.laget.access.Action;
import no.laget.access.InformationCategory;
import no.laget.interest.BestInterestNote;
import no.laget.interest.Occasion;
import no.laget.organisation.Employee;
import no.laget.organisation.People;
import no.laget.platform.security.SignedInUser;
import no.laget.platform.validation.FieldProblem;
import no.laget.platform.validation.InvalidInputException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Handing the relay on (docs/domain.md rule 6): the holder offers the role to a named colleague in a unit a live
 * consent covers, and stays holder until the colleague accepts; the colleague may decline.
 */
@Service
public class Handovers {

    private static final Logger log = LoggerFactory.getLogger(Handovers.class);

    private final CaseRepository repository;
    private final CaseAccess access;
    private final Participants participants;
    private final CaseNotes notes;
    private final AccessDoor door;
    private final People people;
    private final Clock clock;

    Handovers(CaseRepository repository, CaseAccess access, Participants participants, CaseNotes notes, AccessDoor door,
            People people, Clock clock) {
        this.repository = repository;
        this.access = access;
        this.participants = participants;
        this.notes = notes;
        this.door = door;
        this.people = people;
        this.clock = clock;
    }

    /** The holder offers the role to a named colleague; until they accept, the holder stays (rule 6). */
    @Transactional
    public void offer(SignedInUser user, long caseId, OfferHandover command) {
        CaseRepository.Head head = access.require(user, caseId, Action.WRITE);
        List<FieldProblem> problems = new ArrayList<>();
        Employee to = command.employeeId() == null ? null : participants.employee(command.employeeId()).orElse(null);
        Long consent = null;
        if (head.holderEmployeeId() != user.employeeId()) {
            problems.add(new FieldProblem("employeeId", "case.handover.not-holder"));
        } else if (command.employeeId() == null) {
            problems.add(new FieldProblem("employeeId", "case.handover.required"));
        } else if (to == null) {
            problems.add(new FieldProblem("employeeId", "case.handover.unknown"));
        } else if (to.id() == head.holderEmployeeId()) {
            problems.add(new FieldProblem("employeeId", "case.handover.same"));
        } else if (repository.pendingHandover(caseId).isPresent()) {
            problems.add(new FieldProblem("employeeId", "case.handover.pending"));
        } else {
            consent = access.consentFor(head.childId(), to.unitId()).orElse(null);
            if (consent == null) {
                problems.add(new FieldProblem("employeeId", "case.handover.no-consent"));
            }
        }
        Optional<BestInterestNote> note = BestInterestNote.check(problems, "handoverInterest", command.interest(),
                notes.childAge(user, head.childId()));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        OffsetDateTime now = now();
        repository.offerHandover(caseId, to.id(), to.unitId(), consent, command.reason(), user.employeeId(), now, false);
        notes.write(user, head, Occasion.HANDOVER, note.orElseThrow(), now);
        log.info("Case {}: relay holder role offered", caseId);
    }

    /** The colleague the role was offered to accepts: from now on they hold the relay. */
    @Transactional
    public void accept(SignedInUser user, long caseId) {
        // A case that does not exist answers like one with no offer to the user: the id tells nothing.
        CaseRepository.Head head = repository.head(caseId)
                .orElseThrow(() -> InvalidInputException.of("handover", "case.handover.none"));
        CaseRepository.PendingHandover offer = repository.pendingHandover(caseId)
                .filter(h -> h.toEmployeeId() == user.employeeId())
                .orElseThrow(() -> InvalidInputException.of("handover", "case.handover.none"));
        if (!head.open()) {
            throw InvalidInputException.of("case", "case.closed");
        }
        Long consent = access.consentFor(head.childId(), offer.toUnitId()).orElse(null);
        if (consent == null) {
            throw InvalidInputException.of("handover", "case.handover.no-consent");
        }
        OffsetDateTime now = now();
        participants.admit(user, head.childId(), caseId, offer.toUnitId(), user.employeeId(), null, consent, now);
        door.require(user, head.childId(), InformationCategory.RELAY_LOG, Action.WRITE,
                AccessedObject.of("relay_case_handover", caseId));
        repository.answerHandover(offer.id(), true, now);
        repository.setHolder(caseId, user.employeeId(), offer.toUnitId());
        participants.remindHolder(caseId);
        log.info("Case {}: relay holder role accepted{}", caseId, offer.transition() ? " (transition)" : "");
    }

    @Transactional
    public void decline(SignedInUser user, long caseId) {
        CaseRepository.PendingHandover offer = repository.pendingHandover(caseId)
                .filter(h -> h.toEmployeeId() == user.employeeId())
                .orElseThrow(() -> InvalidInputException.of("handover", "case.handover.none"));
        repository.answerHandover(offer.id(), false, now());
        log.info("Case {}: relay holder role declined", caseId);
    }

    /**
     * Who the holder may offer the relay to (the hand-over picker's search): active employees who work with children
     * in a unit a live consent of the child covers for RELAY_LOG, the rule {@link #offer} checks; never the holder. At
     * most a page.
     */
    public List<People.Match> candidates(SignedInUser user, long caseId, String query) {
        CaseRepository.Head head = access.require(user, caseId, Action.WRITE);
        if (!People.searchable(query)) {
            return List.of();
        }
        return people.employees(query, access.relayScope(head.childId()), People.PAGE + 1).stream()
                .filter(m -> m.id() != head.holderEmployeeId()).limit(People.PAGE).toList();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock.withZone(ZoneOffset.UTC));
    }
}
