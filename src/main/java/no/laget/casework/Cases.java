package no.laget.casework;

import no.laget.casework.internal.Versions;

import no.laget.casework.internal.CaseSummary;
import no.laget.casework.internal.ChangeLevel;
import no.laget.casework.internal.CloseCase;
import no.laget.casework.internal.Concern;
import no.laget.casework.internal.Concerns;
import no.laget.casework.internal.Handovers;
import no.laget.casework.internal.OpenCase;
import no.laget.casework.internal.RelayLog;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import no.laget.access.AccessDoor;
import no.laget.access.AccessGrants;
import no.laget.access.AccessedObject;
import no.laget.access.Action;
import no.laget.access.InformationCategory;
import no.laget.casework.internal.CaseAccess;
import no.laget.casework.internal.CaseNotes;
import no.laget.casework.internal.CaseRepository;
import no.laget.casework.internal.Participants;
import no.laget.child.Child;
import no.laget.child.Children;
import no.laget.consent.Consents;
import no.laget.interest.BestInterestNote;
import no.laget.interest.BestInterestNotes;
import no.laget.interest.Occasion;
import no.laget.organisation.Employee;
import no.laget.platform.security.SignedInUser;
import no.laget.platform.time.Oslo;
import no.laget.platform.validation.FieldProblem;
import no.laget.platform.validation.InvalidInputException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Cases at levels 1-3 and their relay log (docs/domain.md rules 1, 6-8, 10, 11). A case is created only under a live
 * consent that covers RELAY_LOG for the user's unit; every unit in it is admitted under such a consent and gets a
 * {@link no.laget.access.Basis#CASE_PARTICIPANT} grant tied to it. Reading a case needs the door (RELAY_LOG) and either taking part
 * in it or a live consent naming the unit (rule 8); writing needs taking part. Anything else is refused and logged.
 * Who may read and write is {@link CaseAccess}; the entries of the log are {@link RelayLog}; the holder's role moves
 * by {@link Handovers}; who takes part is {@link Participants}; meetings and transitions have their own services.
 */
@Service
public class Cases {

    private static final Logger log = LoggerFactory.getLogger(Cases.class);
    public static final String SOURCE = "relay_case";
    public static final String MEASURE_SOURCE = "case_measure";
    public static final String EVALUATION_KIND = "MEASURE_EVALUATION";
    private static final int LIST_LIMIT = 200;

    private final CaseRepository repository;
    private final CaseAccess access;
    private final Participants participants;
    private final CaseNotes caseNotes;
    private final Concerns concerns;
    private final AccessDoor door;
    private final AccessGrants grants;
    private final Clock clock;
    private final Children children;
    private final ApplicationEventPublisher events;

    Cases(CaseRepository repository, CaseAccess access, Participants participants, CaseNotes caseNotes, Concerns concerns,
            AccessDoor door, AccessGrants grants, Clock clock, Children children,
            ApplicationEventPublisher events) {
        this.repository = repository;
        this.access = access;
        this.participants = participants;
        this.caseNotes = caseNotes;
        this.concerns = concerns;
        this.door = door;
        this.grants = grants;
        this.clock = clock;
        this.children = children;
        this.events = events;
    }

    // ---------------------------------------------------------------- opening and reading

    /** The consent a new case would stand on, if there is one: the newest live consent covering RELAY_LOG for the unit. */
    public Optional<Long> consentFor(long childId, long unitId) {
        return access.consentFor(childId, unitId);
    }

    /**
     * Opens a case under a live consent for the user's unit; the holder must be an active employee in a unit a live
     * consent covers, and a concern it continues must be the child's, decided to level 1 or 2 and not yet continued.
     */
    @Transactional
    public long open(SignedInUser user, long childId, OpenCase command) {
        door.require(user, childId, InformationCategory.BASIC, Action.READ, AccessedObject.of(SOURCE));
        Optional<Long> consent = consentFor(childId, user.unitId());
        if (consent.isEmpty()) {
            throw InvalidInputException.of("consent", "case.consent.missing");
        }
        List<FieldProblem> problems = new ArrayList<>();
        int level = command.level();
        Employee holder = participants.employee(command.holderEmployeeId()).orElse(null);
        Long holderConsent = null;
        if (holder == null) {
            problems.add(new FieldProblem("holderEmployeeId", "case.holder.unknown"));
        } else {
            holderConsent = consentFor(childId, holder.unitId()).orElse(null);
            if (holderConsent == null) {
                problems.add(new FieldProblem("holderEmployeeId", "case.holder.no-consent"));
            }
        }
        // Opened at level 2 or 3: the same note as a move there (level 1 needs none).
        Occasion occasion = Occasion.ofLevel(level);
        Optional<BestInterestNote> note = occasion == null ? Optional.empty()
                : BestInterestNote.check(problems, "openInterest", command.interest(), childAge(user, childId));
        Long concernId = command.concernId();
        if (concernId != null) {
            Concern concern = concerns.loadFor(user, concernId, Action.READ);
            if (concern.childId() != childId || concern.caseId() != null
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
        participants.admit(user, childId, id, user.unitId(), null, null, consent.get(), now);
        if (holder.unitId() != user.unitId() || holder.id() != user.employeeId()) {
            participants.admit(user, childId, id, holder.unitId(), holder.id(), null, holderConsent, now);
        }
        if (command.goal() != null) {
            repository.addGoal(id, command.goal(), user.employeeId(), now);
        }
        if (concernId != null) {
            concerns.linkCase(concernId, id);
        }
        door.require(user, childId, InformationCategory.RELAY_LOG, Action.WRITE, AccessedObject.of(SOURCE, id));
        if (note.isPresent()) {
            caseNotes.write(user, repository.head(id).orElseThrow(), occasion, note.get(), now);
        }
        participants.remindHolder(id);
        log.info("Case {} opened at level {} for child {} by unit {}", id, level, childId, user.unitId());
        return id;
    }

    public RelayCase get(SignedInUser user, long caseId) {
        access.require(user, caseId, Action.READ);
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
        if (!user.worksWithChildren()) {
            return List.of();
        }
        List<CaseRepository.Row> rows = repository.forUnit(door.filter(user, InformationCategory.RELAY_LOG, Action.READ),
                user.unitId(), user.employeeId(), childId, LIST_LIMIT);
        door.recordListed(user, InformationCategory.RELAY_LOG, rows.stream().map(CaseRepository.Row::listed).toList(),
                "case_list");
        return rows.stream().map(CaseRepository.Row::summary).toList();
    }

    // ---------------------------------------------------------------- level

    /** One step at a time, with a reason (docs/domain.md rule 1). */
    @Transactional
    public void changeLevel(SignedInUser user, long caseId, ChangeLevel command) {
        CaseRepository.Head head = access.require(user, caseId, Action.WRITE);
        int to = command.toLevel();
        List<FieldProblem> problems = new ArrayList<>();
        if (to == head.level()) {
            problems.add(new FieldProblem("toLevel", "case.level.same"));
        } else if (Math.abs(to - head.level()) > 1) {
            problems.add(new FieldProblem("toLevel", "case.level.one-step"));
        }
        Occasion occasion = Occasion.ofLevel(to);
        Optional<BestInterestNote> note = occasion == null ? Optional.empty()
                : BestInterestNote.check(problems, "levelInterest", command.interest(), childAge(user, head.childId()));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Integer version = command.version();
        if (version == null || !repository.changeLevel(caseId, version, to)) {
            throw Versions.stale();
        }
        OffsetDateTime now = now();
        repository.recordLevelChange(caseId, head.level(), to, command.reason(), user.employeeId(), now);
        note.ifPresent(n -> caseNotes.write(user, head, occasion, n, now));
        log.info("Case {} moved from level {} to {}", caseId, head.level(), to);
    }

    // ---------------------------------------------------------------- closing

    /** Closes the case (goal met, or the guardians asked): every grant it gave and every open deadline end. */
    @Transactional
    public void close(SignedInUser user, long caseId, CloseCase command) {
        CaseRepository.Head head = access.require(user, caseId, Action.WRITE);
        RelayCase.CloseReason reason = command.reason();
        List<FieldProblem> problems = new ArrayList<>();
        Optional<BestInterestNote> note = BestInterestNote.check(problems, "closeInterest", command.interest(),
                childAge(user, head.childId()));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Integer version = command.version();
        OffsetDateTime now = now();
        if (version == null || !repository.close(caseId, version, reason.name(), command.note(), user.employeeId(), now)) {
            throw Versions.stale();
        }
        caseNotes.write(user, head, Occasion.CLOSE, note.orElseThrow(), now);
        repository.pendingHandover(caseId).ifPresent(h -> repository.answerHandover(h.id(), false, now));
        // The relay log as it reads at the close, read while the closer's grants still stand: the archive keeps it.
        Child child = children.get(user, head.childId());
        events.publishEvent(new CaseClosed(caseId, head.childId(), child.fullName(), user.unitId(), user.employeeId(), now,
                caseNotes.relayLogAsItReads(user, caseId, child)));
        grants.end(SOURCE, caseId);
        events.publishEvent(new MeasuresStopped(caseId, repository.measureIds(caseId)));
        log.info("Case {} closed ({})", caseId, reason);
    }

    // ---------------------------------------------------------------- the child's best interest

    /** The case's best-interest notes, oldest first; the case's rule first, then the door for each note. */
    public List<BestInterestNotes.Written> notes(SignedInUser user, long caseId) {
        access.require(user, caseId, Action.READ);
        return caseNotes.read(user, caseId);
    }

    /** The child's age today in whole years, for the note; null when the birth date is unknown. */
    public Integer childAge(SignedInUser user, long childId) {
        return caseNotes.childAge(user, childId);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock.withZone(ZoneOffset.UTC));
    }
}
