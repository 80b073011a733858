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

import no.laget.access.AccessDoor;
import no.laget.access.Action;
import no.laget.casework.internal.CaseRepository;
import no.laget.casework.internal.MeetingInvitation;
import no.laget.organisation.Unit;
import no.laget.platform.security.SignedInUser;
import no.laget.platform.validation.FieldProblem;
import no.laget.platform.validation.FieldRules;
import no.laget.platform.validation.InvalidInputException;
import no.laget.platform.validation.NotFoundException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Meetings on a case (docs/domain.md rules 5-7): time in Europe/Oslo, place or video link, agenda, participant units
 * (each under a live consent covering RELAY_LOG), an iCalendar invitation without the child's name, and minutes
 * written into the log with the child's voice, where each "who does what by when" becomes a measure.
 */
@Service
public class Meetings {

    private static final Logger log = LoggerFactory.getLogger(Meetings.class);
    public static final int DECISION_ROWS = 3;

    private final Cases cases;
    private final MeetingInvitation invitation;

    Meetings(Cases cases, MeetingInvitation invitation) {
        this.cases = cases;
        this.invitation = invitation;
    }

    @Transactional
    public long plan(SignedInUser user, long caseId, CaseForms.Meeting form) {
        CaseRepository.Head head = cases.access(user, caseId, Action.WRITE);
        List<FieldProblem> problems = new ArrayList<>();
        Optional<LocalDate> date = FieldRules.date(problems, "meetingDate", form.meetingDate(), "meeting.date");
        LocalTime start = time(problems, "startTime", form.startTime(), "meeting.startTime");
        LocalTime end = time(problems, "endTime", form.endTime(), "meeting.endTime");
        if (start != null && end != null && !end.isAfter(start)) {
            problems.add(new FieldProblem("endTime", "meeting.endTime.before-start"));
        }
        if (FieldRules.blank(form.place()) && FieldRules.blank(form.videoLink())) {
            problems.add(new FieldProblem("place", "meeting.place.required"));
        }
        FieldRules.optionalText(problems, "place", form.place(), 300, "meeting.place");
        if (!FieldRules.blank(form.videoLink()) && !form.videoLink().trim().matches("https://\\S+")) {
            problems.add(new FieldProblem("videoLink", "meeting.videoLink.malformed"));
        }
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
        if (form.unitIds().isEmpty()) {
            problems.add(new FieldProblem("unitIds", "meeting.unitIds.required"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        OffsetDateTime startsAt = date.get().atTime(start).atZone(AccessDoor.OSLO).toOffsetDateTime()
                .withOffsetSameInstant(ZoneOffset.UTC);
        OffsetDateTime endsAt = date.get().atTime(end).atZone(AccessDoor.OSLO).toOffsetDateTime()
                .withOffsetSameInstant(ZoneOffset.UTC);
        CaseRepository repository = cases.repository();
        long id = repository.addMeeting(caseId, startsAt, endsAt, FieldRules.trimToNull(form.place()),
                FieldRules.trimToNull(form.videoLink()), form.agenda().trim(), user.employeeId(), cases.now());
        consentByUnit.forEach((unit, consent) -> repository.addMeetingParticipant(id, unit, null, consent));
        log.info("Case {}: meeting {} planned with {} units", caseId, id, consentByUnit.size());
        return id;
    }

    /** The invitation as iCalendar text; readable by anyone who may read the case. */
    public String invitation(SignedInUser user, long caseId, long meetingId, String baseUrl) {
        RelayCase relayCase = cases.get(user, caseId);
        RelayCase.Meeting meeting = relayCase.meetings().stream().filter(m -> m.id() == meetingId).findFirst()
                .orElseThrow(() -> new NotFoundException("meeting"));
        return invitation.of(meeting, baseUrl + "/cases/" + caseId);
    }

    @Transactional
    public void writeMinutes(SignedInUser user, long caseId, long meetingId, CaseForms.Minutes form) {
        CaseRepository.Head head = cases.access(user, caseId, Action.WRITE);
        RelayCase relayCase = cases.repository().find(caseId).orElseThrow();
        RelayCase.Meeting meeting = relayCase.meetings().stream().filter(m -> m.id() == meetingId).findFirst()
                .orElseThrow(() -> new NotFoundException("meeting"));
        List<FieldProblem> problems = new ArrayList<>();
        FieldRules.text(problems, "minutes", form.minutes(), 8000, "meeting.minutes");
        FieldRules.text(problems, "childVoice", form.childVoice(), 4000, "meeting.childVoice");
        List<CaseForms.Measure> decisions = new ArrayList<>();
        LocalDate meetingDay = meeting.startsAt().atZoneSameInstant(AccessDoor.OSLO).toLocalDate();
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
