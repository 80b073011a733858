package no.laget.casework.internal;

import no.laget.casework.RelayCase;
import no.laget.casework.MinutesWritten;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import no.laget.access.Action;
import no.laget.child.Child;
import no.laget.child.Children;
import no.laget.organisation.Employee;
import no.laget.organisation.Organisation;
import no.laget.organisation.People;
import no.laget.organisation.Unit;
import no.laget.platform.security.SignedInUser;
import no.laget.platform.time.Oslo;
import no.laget.platform.validation.FieldProblem;
import no.laget.platform.validation.FieldProblems;
import no.laget.platform.validation.InvalidInputException;
import no.laget.platform.validation.NotFoundException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Meetings on a case (docs/domain.md rules 5-7): time in Europe/Oslo, place or video link, agenda, participants
 * (units and named employees, each under a live consent covering RELAY_LOG for the unit, and family members by name
 * and role), an iCalendar invitation without the child's name that each employee invited also gets by e-mail (and
 * again when the meeting is moved or cancelled), and minutes written into the log with the child's voice, where each
 * "who does what by when" becomes a measure.
 */
@Service
public class Meetings {

    private static final Logger log = LoggerFactory.getLogger(Meetings.class);

    private final CaseRepository repository;
    private final CaseAccess access;
    private final Participants participants;
    private final RelayLog relayLog;
    private final CaseNotes notes;
    private final MeetingInvitation invitation;
    private final People people;
    private final Organisation organisation;
    private final Children children;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Meetings(CaseRepository repository, CaseAccess access, Participants participants, RelayLog relayLog, CaseNotes notes,
            MeetingInvitation invitation, People people, Organisation organisation, Children children,
            ApplicationEventPublisher events, Clock clock) {
        this.repository = repository;
        this.access = access;
        this.participants = participants;
        this.relayLog = relayLog;
        this.notes = notes;
        this.invitation = invitation;
        this.people = people;
        this.organisation = organisation;
        this.children = children;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Plans a meeting: every unit invited, and the unit of every person invited, must be covered by a live consent of
     * the child for RELAY_LOG; each invited employee gets the invitation by e-mail.
     */
    @Transactional
    public long plan(SignedInUser user, long caseId, PlanMeeting command) {
        CaseRepository.Head head = access.require(user, caseId, Action.WRITE);
        Map<Long, Long> consentByUnit = new LinkedHashMap<>();
        for (long unitId : command.unitIds()) {
            Unit unit = participants.unit(unitId).orElseThrow(() -> InvalidInputException.of("unitIds",
                    "meeting.unitIds.unknown"));
            long consent = access.consentFor(head.childId(), unit.id()).orElseThrow(() -> InvalidInputException.of(
                    "unitIds", "meeting.unitIds.no-consent"));
            consentByUnit.put(unit.id(), consent);
        }
        String participantProblem = null;
        for (long unitId : command.invitedUnitIds()) {
            Unit unit = participants.unit(unitId).orElse(null);
            Optional<Long> consent = unit == null ? Optional.empty() : access.consentFor(head.childId(), unit.id());
            if (unit == null) {
                participantProblem = participantProblem == null ? "meeting.participants.unknown" : participantProblem;
            } else if (consent.isEmpty()) {
                participantProblem = participantProblem == null ? "meeting.participants.no-consent" : participantProblem;
            } else {
                consentByUnit.put(unit.id(), consent.get());
            }
        }
        Map<Employee, Long> consentByEmployee = new LinkedHashMap<>();
        for (long employeeId : command.invitedEmployeeIds()) {
            Employee employee = participants.employee(employeeId).orElse(null);
            Optional<Long> consent = employee == null ? Optional.empty()
                    : access.consentFor(head.childId(), employee.unitId());
            if (employee == null) {
                participantProblem = participantProblem == null ? "meeting.participants.unknown" : participantProblem;
            } else if (consent.isEmpty()) {
                participantProblem = participantProblem == null ? "meeting.participants.person.no-consent"
                        : participantProblem;
            } else {
                consentByEmployee.put(employee, consent.get());
            }
        }
        if (participantProblem != null) {
            throw InvalidInputException.of("participants", participantProblem);
        }
        long id = repository.addMeeting(caseId, utc(command.day(), command.startTime()),
                utc(command.day(), command.endTime()), command.place(), command.videoLink(), command.agenda(),
                user.employeeId(), now());
        consentByUnit.forEach((unit, consent) -> repository.addMeetingParticipant(id, unit, null, consent));
        consentByEmployee.forEach((employee, consent) ->
                repository.addMeetingParticipant(id, employee.unitId(), employee.id(), consent));
        command.family().forEach(member -> repository.addMeetingFamily(id, member.name(), member.role()));
        repository.queueMeetingMail(id, consentByEmployee.keySet().stream().map(Employee::id).toList(), 0, "REQUEST",
                now());
        log.info("Case {}: meeting {} planned with {} units, {} employees and {} family members", caseId, id,
                consentByUnit.size(), consentByEmployee.size(), command.family().size());
        return id;
    }

    /**
     * "Flytt møtet": a new time (and place); the sequence goes up and every employee invited gets the update, which
     * their calendar puts in place of the event it holds (same UID, higher SEQUENCE, METHOD:REQUEST).
     */
    @Transactional
    public void move(SignedInUser user, long caseId, long meetingId, MoveMeeting command) {
        access.require(user, caseId, Action.WRITE);
        RelayCase.Meeting meeting = meeting(caseId, meetingId);
        if (meeting.cancelled()) {
            throw InvalidInputException.of("meetingDate", "meeting.cancelled");
        }
        Integer version = command.version();
        if (version == null || !repository.moveMeeting(caseId, meetingId, version, utc(command.day(), command.startTime()),
                utc(command.day(), command.endTime()), command.place(), command.videoLink())) {
            throw Versions.stale();
        }
        repository.queueMeetingMail(meetingId, meeting.invitedEmployees(), meeting.sequence() + 1, "REQUEST", now());
        log.info("Case {}: meeting {} moved", caseId, meetingId);
    }

    /** "Avlys møtet": the sequence goes up and every employee invited gets a cancellation (METHOD:CANCEL). */
    @Transactional
    public void cancel(SignedInUser user, long caseId, long meetingId, Integer version) {
        access.require(user, caseId, Action.WRITE);
        RelayCase.Meeting meeting = meeting(caseId, meetingId);
        if (meeting.cancelled()) {
            throw InvalidInputException.of("meeting", "meeting.cancelled");
        }
        if (meeting.hasMinutes()) {
            throw InvalidInputException.of("meeting", "meeting.cancel.held");
        }
        if (version == null || !repository.cancelMeeting(caseId, meetingId, version, user.employeeId(), now())) {
            throw Versions.stale();
        }
        repository.queueMeetingMail(meetingId, meeting.invitedEmployees(), meeting.sequence() + 1, "CANCEL", now());
        log.info("Case {}: meeting {} cancelled", caseId, meetingId);
    }

    /**
     * Who may be chosen for a meeting of this case (the picker's search): active units a live consent of the child
     * covers for RELAY_LOG, and the people who work with children in them, the same rule {@link #plan} checks on
     * submit. At most a page; nothing for a query shorter than two letters.
     */
    public List<People.Match> candidates(SignedInUser user, long caseId, String query) {
        CaseRepository.Head head = access.require(user, caseId, Action.WRITE);
        if (!People.searchable(query)) {
            return List.of();
        }
        return people.search(query, access.relayScope(head.childId()), true);
    }

    /** Labels of what a form has chosen ("employee:ID" / "unit:ID"), in the order given; unknown values are left out. */
    public List<People.Match> describe(List<String> values) {
        List<People.Match> described = new ArrayList<>();
        for (String value : values) {
            String[] parts = value.trim().split(":", 2);
            Long id = parts.length == 2 ? FieldProblems.parseNumber(parts[1]).orElse(null) : null;
            if (id == null) {
                continue;
            }
            if (parts[0].equals("employee")) {
                organisation.employee(id).ifPresent(e -> described.add(new People.Match(People.Kind.EMPLOYEE, e.id(),
                        e.displayName(), e.unitId(), e.unitName())));
            } else if (parts[0].equals("unit")) {
                organisation.unit(id).ifPresent(u -> described.add(new People.Match(People.Kind.UNIT, u.id(), u.name(),
                        u.id(), u.name())));
            }
        }
        return described;
    }

    /** The invitation as iCalendar text; readable by anyone who may read the case, addressed to the user. */
    public String invitation(SignedInUser user, long caseId, long meetingId, String baseUrl) {
        access.require(user, caseId, Action.READ);
        RelayCase relayCase = repository.find(caseId).orElseThrow();
        RelayCase.Meeting meeting = relayCase.meetings().stream().filter(m -> m.id() == meetingId).findFirst()
                .orElseThrow(() -> new NotFoundException("meeting"));
        String email = organisation.employee(user.employeeId()).map(Employee::email).orElse(null);
        return invitation.of(meeting, baseUrl + "/cases/" + caseId, email);
    }

    private RelayCase.Meeting meeting(long caseId, long meetingId) {
        return repository.find(caseId).orElseThrow().meetings().stream().filter(m -> m.id() == meetingId)
                .findFirst().orElseThrow(() -> new NotFoundException("meeting"));
    }

    /** A day and a time of day in Europe/Oslo, as stored (UTC). */
    private static OffsetDateTime utc(LocalDate day, LocalTime time) {
        return day.atTime(time).atZone(Oslo.ZONE).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
    }

    /**
     * Writes the minutes into the log; each decision becomes a measure from the meeting's day, to be done (and
     * evaluated) by its date, which may not be before the meeting.
     */
    @Transactional
    public void writeMinutes(SignedInUser user, long caseId, long meetingId, WriteMinutes command) {
        CaseRepository.Head head = access.require(user, caseId, Action.WRITE);
        RelayCase relayCase = repository.find(caseId).orElseThrow();
        RelayCase.Meeting meeting = relayCase.meetings().stream().filter(m -> m.id() == meetingId).findFirst()
                .orElseThrow(() -> new NotFoundException("meeting"));
        if (meeting.cancelled()) {
            throw InvalidInputException.of("minutes", "meeting.cancelled");
        }
        LocalDate meetingDay = meeting.startsAt().atZoneSameInstant(Oslo.ZONE).toLocalDate();
        List<FieldProblem> problems = new ArrayList<>();
        for (int i = 0; i < command.decisions().size(); i++) {
            if (command.decisions().get(i).by().isBefore(meetingDay)) {
                problems.add(new FieldProblem("decisionBy" + i, "meeting.decision.by.before-meeting"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        List<Long> measures = new ArrayList<>();
        for (int i = 0; i < command.decisions().size(); i++) {
            measures.add(relayLog.addMeetingMeasure(user, head, relayCase, meetingId, meetingDay,
                    command.decisions().get(i), i));
        }
        Integer version = command.version();
        if (version == null || !repository.writeMinutes(caseId, meetingId, version, command.minutes(),
                command.childVoice(), user.employeeId(), now())) {
            throw Versions.stale();
        }
        minutesWritten(user, head.childId(), caseId, meetingId);
        log.info("Case {}: minutes of meeting {} written, {} measures", caseId, meetingId, measures.size());
    }

    /** Tells the archive (and anyone listening) that a meeting's minutes were written, with the relay log as it reads now. */
    private void minutesWritten(SignedInUser user, long childId, long caseId, long meetingId) {
        Child child = children.get(user, childId);
        events.publishEvent(new MinutesWritten(caseId, meetingId, childId, child.fullName(), user.unitId(),
                user.employeeId(), now(), notes.relayLogAsItReads(user, caseId, child)));
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock.withZone(ZoneOffset.UTC));
    }
}
