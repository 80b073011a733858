package no.laget.casework;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import no.laget.access.Action;
import no.laget.casework.internal.CaseRepository;
import no.laget.casework.internal.MeetingInvitation;
import no.laget.access.InformationCategory;
import no.laget.consent.Consents;
import no.laget.organisation.Employee;
import no.laget.organisation.Organisation;
import no.laget.organisation.People;
import no.laget.organisation.Unit;
import no.laget.organisation.UnitType;
import no.laget.platform.security.SignedInUser;
import no.laget.platform.time.Oslo;
import no.laget.platform.validation.FieldProblem;
import no.laget.platform.validation.FieldRules;
import no.laget.platform.validation.InvalidInputException;
import no.laget.platform.validation.NotFoundException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
    public static final int DECISION_ROWS = 3;

    private final Cases cases;
    private final MeetingInvitation invitation;
    private final People people;
    private final Consents consents;
    private final Organisation organisation;

    Meetings(Cases cases, MeetingInvitation invitation, People people, Consents consents, Organisation organisation) {
        this.cases = cases;
        this.invitation = invitation;
        this.people = people;
        this.consents = consents;
        this.organisation = organisation;
    }

    @Transactional
    public long plan(SignedInUser user, long caseId, CaseForms.Meeting form) {
        CaseRepository.Head head = cases.access(user, caseId, Action.WRITE);
        List<FieldProblem> problems = new ArrayList<>();
        Times times = times(problems, form.meetingDate(), form.startTime(), form.endTime(), form.place(), form.videoLink());
        FieldRules.text(problems, "agenda", form.agenda(), 4000, "meeting.agenda");
        Map<Long, Long> consentByUnit = new LinkedHashMap<>();
        for (String value : form.unitIds()) {
            Unit unit = cases.unit(value);
            if (unit == null) {
                problems.add(new FieldProblem("unitIds", "meeting.unitIds.unknown"));
                break;
            }
            Optional<Long> consent = cases.consentFor(head.childId(), unit.id());
            if (consent.isEmpty()) {
                problems.add(new FieldProblem("unitIds", "meeting.unitIds.no-consent"));
                break;
            }
            consentByUnit.put(unit.id(), consent.get());
        }
        Map<Employee, Long> consentByEmployee = new LinkedHashMap<>();
        String participantProblem = null;
        for (String value : form.participants()) {
            String[] parts = value.trim().split(":", 2);
            Long id = parts.length == 2 ? Cases.number(parts[1]) : null;
            if (id != null && parts[0].equals("unit")) {
                Unit unit = cases.unit(parts[1]);
                Optional<Long> consent = unit == null ? Optional.empty() : cases.consentFor(head.childId(), unit.id());
                if (unit == null) {
                    participantProblem = participantProblem == null ? "meeting.participants.unknown" : participantProblem;
                } else if (consent.isEmpty()) {
                    participantProblem = participantProblem == null ? "meeting.participants.no-consent" : participantProblem;
                } else {
                    consentByUnit.put(unit.id(), consent.get());
                }
            } else if (id != null && parts[0].equals("employee")) {
                Employee employee = cases.employee(parts[1]);
                Optional<Long> consent = employee == null ? Optional.empty()
                        : cases.consentFor(head.childId(), employee.unitId());
                if (employee == null) {
                    participantProblem = participantProblem == null ? "meeting.participants.unknown" : participantProblem;
                } else if (consent.isEmpty()) {
                    participantProblem = participantProblem == null ? "meeting.participants.person.no-consent"
                            : participantProblem;
                } else {
                    consentByEmployee.put(employee, consent.get());
                }
            } else {
                participantProblem = participantProblem == null ? "meeting.participants.unknown" : participantProblem;
            }
        }
        if (participantProblem != null) {
            problems.add(new FieldProblem("participants", participantProblem));
        } else if (consentByUnit.isEmpty() && consentByEmployee.isEmpty() && !problems.stream()
                .anyMatch(p -> p.field().equals("unitIds"))) {
            problems.add(new FieldProblem("participants", "meeting.participants.required"));
        }
        List<String[]> family = new ArrayList<>();
        for (int row = 0; row < CaseForms.Meeting.FAMILY_ROWS; row++) {
            String name = form.familyName(row);
            String role = form.familyRole(row);
            if (FieldRules.blank(name) && FieldRules.blank(role)) {
                continue;
            }
            boolean named = FieldRules.text(problems, "familyName" + row, name, 120, "meeting.family.name");
            boolean roled = FieldRules.text(problems, "familyRole" + row, role, 60, "meeting.family.role");
            if (named && roled) {
                family.add(new String[] {name.trim(), role.trim()});
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        CaseRepository repository = cases.repository();
        long id = repository.addMeeting(caseId, times.startsAt(), times.endsAt(), FieldRules.trimToNull(form.place()),
                FieldRules.trimToNull(form.videoLink()), form.agenda().trim(), user.employeeId(), cases.now());
        consentByUnit.forEach((unit, consent) -> repository.addMeetingParticipant(id, unit, null, consent));
        consentByEmployee.forEach((employee, consent) ->
                repository.addMeetingParticipant(id, employee.unitId(), employee.id(), consent));
        family.forEach(member -> repository.addMeetingFamily(id, member[0], member[1]));
        repository.queueMeetingMail(id, consentByEmployee.keySet().stream().map(Employee::id).toList(), 0, "REQUEST",
                cases.now());
        log.info("Case {}: meeting {} planned with {} units, {} employees and {} family members", caseId, id,
                consentByUnit.size(), consentByEmployee.size(), family.size());
        return id;
    }

    /**
     * "Flytt møtet": a new time (and place); the sequence goes up and every employee invited gets the update, which
     * their calendar puts in place of the event it holds (same UID, higher SEQUENCE, METHOD:REQUEST).
     */
    @Transactional
    public void move(SignedInUser user, long caseId, long meetingId, CaseForms.MeetingMove form) {
        cases.access(user, caseId, Action.WRITE);
        RelayCase.Meeting meeting = meeting(caseId, meetingId);
        List<FieldProblem> problems = new ArrayList<>();
        if (meeting.cancelled()) {
            problems.add(new FieldProblem("meetingDate", "meeting.cancelled"));
        }
        Times times = times(problems, form.meetingDate(), form.startTime(), form.endTime(), form.place(), form.videoLink());
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Integer version = Versions.parse(form.version());
        if (version == null || !cases.repository().moveMeeting(caseId, meetingId, version, times.startsAt(),
                times.endsAt(), FieldRules.trimToNull(form.place()), FieldRules.trimToNull(form.videoLink()))) {
            throw Versions.stale();
        }
        cases.repository().queueMeetingMail(meetingId, meeting.invitedEmployees(), meeting.sequence() + 1, "REQUEST",
                cases.now());
        log.info("Case {}: meeting {} moved", caseId, meetingId);
    }

    /** "Avlys møtet": the sequence goes up and every employee invited gets a cancellation (METHOD:CANCEL). */
    @Transactional
    public void cancel(SignedInUser user, long caseId, long meetingId, String versionValue) {
        cases.access(user, caseId, Action.WRITE);
        RelayCase.Meeting meeting = meeting(caseId, meetingId);
        if (meeting.cancelled()) {
            throw InvalidInputException.of("meeting", "meeting.cancelled");
        }
        if (meeting.hasMinutes()) {
            throw InvalidInputException.of("meeting", "meeting.cancel.held");
        }
        Integer version = Versions.parse(versionValue);
        if (version == null || !cases.repository().cancelMeeting(caseId, meetingId, version, user.employeeId(),
                cases.now())) {
            throw Versions.stale();
        }
        cases.repository().queueMeetingMail(meetingId, meeting.invitedEmployees(), meeting.sequence() + 1, "CANCEL",
                cases.now());
        log.info("Case {}: meeting {} cancelled", caseId, meetingId);
    }

    /**
     * Who may be chosen for a meeting of this case (the picker's search): active units a live consent of the child
     * covers for RELAY_LOG, and the people who work with children in them, the same rule {@link #plan} checks on
     * submit. At most a page; nothing for a query shorter than two letters.
     */
    public List<People.Match> candidates(SignedInUser user, long caseId, String query) {
        CaseRepository.Head head = cases.access(user, caseId, Action.WRITE);
        if (!People.searchable(query)) {
            return List.of();
        }
        return people.search(query, scope(head.childId()), true);
    }

    /** Labels of what a form has chosen ("employee:ID" / "unit:ID"), in the order given; unknown values are left out. */
    public List<People.Match> describe(List<String> values) {
        List<People.Match> described = new ArrayList<>();
        for (String value : values) {
            String[] parts = value.trim().split(":", 2);
            Long id = parts.length == 2 ? Cases.number(parts[1]) : null;
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

    private People.Scope scope(long childId) {
        Consents.Receivers receivers = consents.liveReceivers(childId, InformationCategory.RELAY_LOG);
        return new People.Scope(receivers.unitIds(), receivers.unitTypes().stream().map(UnitType::parse)
                .flatMap(Optional::stream).collect(java.util.stream.Collectors.toSet()));
    }

    /** The invitation as iCalendar text; readable by anyone who may read the case, addressed to the user. */
    public String invitation(SignedInUser user, long caseId, long meetingId, String baseUrl) {
        RelayCase relayCase = cases.get(user, caseId);
        RelayCase.Meeting meeting = relayCase.meetings().stream().filter(m -> m.id() == meetingId).findFirst()
                .orElseThrow(() -> new NotFoundException("meeting"));
        String email = organisation.employee(user.employeeId()).map(Employee::email).orElse(null);
        return invitation.of(meeting, baseUrl + "/cases/" + caseId, email);
    }

    private RelayCase.Meeting meeting(long caseId, long meetingId) {
        return cases.repository().find(caseId).orElseThrow().meetings().stream().filter(m -> m.id() == meetingId)
                .findFirst().orElseThrow(() -> new NotFoundException("meeting"));
    }

    private record Times(OffsetDateTime startsAt, OffsetDateTime endsAt) {}

    private static Times times(List<FieldProblem> problems, String day, String from, String to, String place,
            String videoLink) {
        Optional<LocalDate> date = FieldRules.date(problems, "meetingDate", day, "meeting.date");
        LocalTime start = time(problems, "startTime", from, "meeting.startTime");
        LocalTime end = time(problems, "endTime", to, "meeting.endTime");
        if (start != null && end != null && !end.isAfter(start)) {
            problems.add(new FieldProblem("endTime", "meeting.endTime.before-start"));
        }
        if (FieldRules.blank(place) && FieldRules.blank(videoLink)) {
            problems.add(new FieldProblem("place", "meeting.place.required"));
        }
        FieldRules.optionalText(problems, "place", place, 300, "meeting.place");
        if (!FieldRules.blank(videoLink) && !videoLink.trim().matches("https://\\S+")) {
            problems.add(new FieldProblem("videoLink", "meeting.videoLink.malformed"));
        }
        if (date.isEmpty() || start == null || end == null) {
            return null;
        }
        return new Times(date.get().atTime(start).atZone(Oslo.ZONE).toOffsetDateTime()
                .withOffsetSameInstant(ZoneOffset.UTC), date.get().atTime(end).atZone(Oslo.ZONE).toOffsetDateTime()
                .withOffsetSameInstant(ZoneOffset.UTC));
    }

    @Transactional
    public void writeMinutes(SignedInUser user, long caseId, long meetingId, CaseForms.Minutes form) {
        CaseRepository.Head head = cases.access(user, caseId, Action.WRITE);
        RelayCase relayCase = cases.repository().find(caseId).orElseThrow();
        RelayCase.Meeting meeting = relayCase.meetings().stream().filter(m -> m.id() == meetingId).findFirst()
                .orElseThrow(() -> new NotFoundException("meeting"));
        if (meeting.cancelled()) {
            throw InvalidInputException.of("minutes", "meeting.cancelled");
        }
        List<FieldProblem> problems = new ArrayList<>();
        FieldRules.text(problems, "minutes", form.minutes(), 8000, "meeting.minutes");
        FieldRules.text(problems, "childVoice", form.childVoice(), 4000, "meeting.childVoice");
        List<CaseForms.Measure> decisions = new ArrayList<>();
        LocalDate meetingDay = meeting.startsAt().atZoneSameInstant(Oslo.ZONE).toLocalDate();
        for (int i = 0; i < DECISION_ROWS; i++) {
            String what = form.what(i);
            String responsible = form.responsible(i);
            String by = form.by(i);
            if (FieldRules.blank(what) && FieldRules.blank(responsible) && FieldRules.blank(by)) {
                continue;
            }
            if (FieldRules.blank(what)) {
                problems.add(new FieldProblem("decisionWhat" + i, "meeting.decision.what.required"));
            }
            if (FieldRules.blank(responsible)) {
                problems.add(new FieldProblem("decisionResponsible" + i, "meeting.decision.responsible.required"));
            }
            Optional<LocalDate> date = FieldRules.date(problems, "decisionBy" + i, by, "meeting.decision.by");
            if (date.filter(d -> d.isBefore(meetingDay)).isPresent()) {
                problems.add(new FieldProblem("decisionBy" + i, "meeting.decision.by.before-meeting"));
            }
            decisions.add(new CaseForms.Measure(what, responsible, meetingDay.toString(), by, null));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        List<Long> measures = new ArrayList<>();
        for (int i = 0; i < decisions.size(); i++) {
            List<FieldProblem> measureProblems = new ArrayList<>();
            long id = cases.addMeetingMeasure(user, head, relayCase, meetingId, decisions.get(i), measureProblems);
            if (!measureProblems.isEmpty()) {
                int row = i;
                throw new InvalidInputException(measureProblems.stream()
                        .map(p -> new FieldProblem(p.field().equals("responsible") ? "decisionResponsible" + row
                                : p.field().equals("evaluateOn") ? "decisionBy" + row : "decisionWhat" + row, p.messageKey()))
                        .toList());
            }
            measures.add(id);
        }
        Integer version = Versions.parse(form.version());
        if (version == null || !cases.repository().writeMinutes(caseId, meetingId, version, form.minutes().trim(),
                form.childVoice().trim(), user.employeeId(), cases.now())) {
            throw Versions.stale();
        }
        cases.minutesWritten(user, head.childId(), caseId, meetingId);
        log.info("Case {}: minutes of meeting {} written, {} measures", caseId, meetingId, measures.size());
    }

    private static LocalTime time(List<FieldProblem> problems, String field, String value, String prefix) {
        if (FieldRules.blank(value)) {
            problems.add(new FieldProblem(field, prefix + ".required"));
            return null;
        }
        try {
            return LocalTime.parse(value.trim().replace('.', ':').length() == 4 ? "0" + value.trim().replace('.', ':')
                    : value.trim().replace('.', ':'));
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem(field, prefix + ".malformed"));
            return null;
        }
    }
}
