package no.laget.casework.internal;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import no.laget.casework.RelayCase;
import no.laget.interest.BestInterestForm;
import no.laget.platform.validation.FieldProblems;
import no.laget.platform.validation.FieldRules;

/**
 * What case workers type on the case pages, as strings, so a page can show what was typed and a letter in a number
 * field is a field message. Each form reads itself into its command ({@code toCommand()}) with {@link FieldProblems}:
 * every problem of the form at once, with the same fields and message keys as before; the service then checks what
 * needs the database or today's date, and the best-interest note (its rules are the interest module's, and it carries
 * the child's age).
 */
public final class CaseForms {

    private CaseForms() {}

    /**
     * Opening a case: level, relay holder (an employee id), the first goal (optional), the concern it continues. A case
     * opened at level 2 or 3 needs the best-interest note (page fields {@code openInterest.*}), as a move there does.
     */
    public record Open(String level, String holderEmployeeId, String goal, String concernId, BestInterestForm openInterest) {

        /** A case without the note's fields (level 1, or a caller that learns of the refusal). */
        public Open(String level, String holderEmployeeId, String goal, String concernId) {
            this(level, holderEmployeeId, goal, concernId, null);
        }

        public OpenCase toCommand() {
            FieldProblems problems = new FieldProblems();
            Integer level = CaseForms.level(problems, "level", level());
            Long holder = id(problems, "holderEmployeeId", "employee:", holderEmployeeId(), "case.holder.required",
                    "case.holder.unknown");
            String goal = problems.optionalText("goal", goal(), 2000, "case.goal");
            BestInterestForm note = openInterest();
            Long concern = FieldRules.blank(concernId()) ? null
                    : FieldProblems.parseNumber(concernId()).orElseGet(() -> problems.add("concernId", "case.concern.unusable"));
            return problems.command(() -> new OpenCase(level, holder, goal, concern, note));
        }
    }

    /** A move to level 2 or 3 needs the best-interest note (page fields {@code levelInterest.*}). */
    public record Level(String toLevel, String levelReason, String version, BestInterestForm levelInterest) {

        public ChangeLevel toCommand() {
            FieldProblems problems = new FieldProblems();
            Integer to = CaseForms.level(problems, "toLevel", toLevel());
            String reason = problems.text("levelReason", levelReason(), 1000, "case.levelReason");
            BestInterestForm note = levelInterest();
            return problems.command(() -> new ChangeLevel(to, reason, CaseForms.version(version()), note));
        }
    }

    /** Handing the relay on needs the best-interest note (page fields {@code handoverInterest.*}). */
    public record Handover(String employeeId, String handoverReason, BestInterestForm handoverInterest) {

        public OfferHandover toCommand() {
            FieldProblems problems = new FieldProblems();
            // blank: the service says so, with the note's problems (it checks both at once)
            Long to = FieldRules.blank(employeeId()) ? null
                    : id(problems, "employeeId", "employee:", employeeId(), "case.handover.required", "case.handover.unknown");
            String reason = problems.optionalText("handoverReason", handoverReason(), 1000, "case.handoverReason");
            BestInterestForm note = handoverInterest();
            return problems.command(() -> new OfferHandover(to, reason, note));
        }
    }

    /**
     * A unit or a person to take part: the picker sends one choice in {@code unitId} ("unit:ID", or "employee:ID" for
     * the person and their unit); the older form names a person of the unit in {@code participantEmployeeId}.
     */
    public record Participant(String unitId, String participantEmployeeId, String task) {

        public AddParticipant toCommand() {
            FieldProblems problems = new FieldProblems();
            Long unit = null;
            Long employee = null;
            if (FieldRules.blank(unitId())) {
                problems.add("unitId", "case.participant.unit.required");
            } else if (unitId().trim().startsWith("employee:")) {
                employee = id(problems, "unitId", "employee:", unitId(), "case.participant.unit.required",
                        "case.participant.unit.unknown");
            } else {
                unit = id(problems, "unitId", "unit:", unitId(), "case.participant.unit.required",
                        "case.participant.unit.unknown");
            }
            if (!FieldRules.blank(participantEmployeeId())) {
                employee = id(problems, "participantEmployeeId", "employee:", participantEmployeeId(),
                        "case.participant.employee.other-unit", "case.participant.employee.other-unit");
            }
            String task = problems.optionalText("task", task(), 500, "case.participant.task");
            Long unitId = unit;
            Long employeeId = employee;
            return problems.command(() -> new AddParticipant(unitId, employeeId, task));
        }
    }

    public record Goal(String goalText, String version) {

        public AddGoal toCommand() {
            FieldProblems problems = new FieldProblems();
            String text = problems.text("goalText", goalText(), 2000, "case.goal");
            return problems.command(() -> new AddGoal(text, CaseForms.version(version())));
        }
    }

    /** {@code responsible} is "employee:ID" or "unit:ID". */
    public record Measure(String what, String responsible, String startsOn, String evaluateOn, String version) {

        public AddMeasure toCommand() {
            FieldProblems problems = new FieldProblems();
            String text = problems.text("what", what(), 2000, "case.measure.what");
            Responsible who = CaseForms.responsible(problems, "responsible", responsible());
            LocalDate starts = problems.date("startsOn", startsOn(), "case.measure.startsOn");
            LocalDate evaluate = problems.date("evaluateOn", evaluateOn(), "case.measure.evaluateOn");
            if (starts != null && evaluate != null && evaluate.isBefore(starts)) {
                problems.add("evaluateOn", "case.measure.evaluateOn.before-start");
            }
            return problems.command(() -> new AddMeasure(text, who, starts, evaluate, CaseForms.version(version())));
        }
    }

    public record Evaluation(String measureId, String outcome, String evaluationText, String childVoice, String evaluatedOn,
            String nextEvaluateOn) {

        public EvaluateMeasure toCommand() {
            FieldProblems problems = new FieldProblems();
            Long measure = FieldProblems.parseNumber(measureId())
                    .orElseGet(() -> problems.add("measureId", "case.evaluation.measure.required"));
            RelayCase.Outcome effect = problems.choice("outcome", outcome(), RelayCase.Outcome.class,
                    "case.evaluation.outcome");
            String text = problems.text("evaluationText", evaluationText(), 4000, "case.evaluation.text");
            String voice = problems.text("childVoice", childVoice(), 4000, "case.evaluation.childVoice");
            LocalDate on = problems.date("evaluatedOn", evaluatedOn(), "case.evaluation.evaluatedOn");
            LocalDate next = problems.optionalDate("nextEvaluateOn", nextEvaluateOn(), "case.evaluation.nextEvaluateOn");
            return problems.command(() -> new EvaluateMeasure(measure, effect, text, voice, on, next));
        }
    }

    /** Closing needs the best-interest note (page fields {@code closeInterest.*}). */
    public record Close(String closeReason, String closeNote, String version, BestInterestForm closeInterest) {

        public CloseCase toCommand() {
            FieldProblems problems = new FieldProblems();
            RelayCase.CloseReason reason = problems.choice("closeReason", closeReason(), RelayCase.CloseReason.class,
                    "case.close.reason");
            String note = problems.text("closeNote", closeNote(), 2000, "case.close.note");
            BestInterestForm interest = closeInterest();
            return problems.command(() -> new CloseCase(reason, note, CaseForms.version(version()), interest));
        }
    }

    /**
     * A meeting: date, start and end time (Europe/Oslo), place or video link, agenda, participants: unit ids
     * ({@code unitIds}, the older form and the API) and chosen people or units ({@code participants}, "employee:ID" or
     * "unit:ID", from the picker), and up to {@link #FAMILY_ROWS} family members by name and role.
     */
    public record Meeting(String meetingDate, String startTime, String endTime, String place, String videoLink, String agenda,
            List<String> unitIds, List<String> participants, String familyName0, String familyRole0, String familyName1,
            String familyRole1, String familyName2, String familyRole2) {

        public static final int FAMILY_ROWS = 3;

        public Meeting {
            unitIds = unitIds == null ? List.of() : unitIds.stream().filter(v -> v != null && !v.isBlank()).toList();
            participants = participants == null ? List.of()
                    : participants.stream().filter(v -> v != null && !v.isBlank()).distinct().toList();
        }

        public Meeting(String meetingDate, String startTime, String endTime, String place, String videoLink, String agenda,
                List<String> unitIds) {
            this(meetingDate, startTime, endTime, place, videoLink, agenda, unitIds, List.of(), "", "", "", "", "", "");
        }

        /** The same meeting with other chosen participants (what a search adds or a re-render keeps). */
        public Meeting withParticipants(List<String> chosen) {
            return new Meeting(meetingDate, startTime, endTime, place, videoLink, agenda, unitIds, chosen, familyName0,
                    familyRole0, familyName1, familyRole1, familyName2, familyRole2);
        }

        public String familyName(int row) {
            return switch (row) { case 0 -> familyName0; case 1 -> familyName1; case 2 -> familyName2; default -> null; };
        }

        public String familyRole(int row) {
            return switch (row) { case 0 -> familyRole0; case 1 -> familyRole1; case 2 -> familyRole2; default -> null; };
        }

        public PlanMeeting toCommand() {
            FieldProblems problems = new FieldProblems();
            Times times = times(problems, meetingDate(), startTime(), endTime(), place(), videoLink());
            String agenda = problems.text("agenda", agenda(), 4000, "meeting.agenda");
            List<Long> asked = new ArrayList<>();
            for (String value : unitIds()) {
                Optional<Long> id = FieldProblems.parseNumber(value.trim().startsWith("unit:") ? value.trim().substring(5) : value);
                if (id.isEmpty()) {
                    problems.add("unitIds", "meeting.unitIds.unknown");
                    break;
                }
                asked.add(id.get());
            }
            List<Long> units = new ArrayList<>();
            List<Long> employees = new ArrayList<>();
            for (String value : participants()) {
                String[] parts = value.trim().split(":", 2);
                Optional<Long> id = parts.length == 2 ? FieldProblems.parseNumber(parts[1]) : Optional.empty();
                if (id.isPresent() && parts[0].equals("unit")) {
                    units.add(id.get());
                } else if (id.isPresent() && parts[0].equals("employee")) {
                    employees.add(id.get());
                } else {
                    problems.add("participants", "meeting.participants.unknown");
                    break;
                }
            }
            if (asked.isEmpty() && units.isEmpty() && employees.isEmpty() && !problems.has("unitIds")
                    && !problems.has("participants")) {
                problems.add("participants", "meeting.participants.required");
            }
            List<PlanMeeting.FamilyMember> family = new ArrayList<>();
            for (int row = 0; row < FAMILY_ROWS; row++) {
                if (FieldRules.blank(familyName(row)) && FieldRules.blank(familyRole(row))) {
                    continue;
                }
                String name = problems.text("familyName" + row, familyName(row), 120, "meeting.family.name");
                String role = problems.text("familyRole" + row, familyRole(row), 60, "meeting.family.role");
                if (name != null && role != null) {
                    family.add(new PlanMeeting.FamilyMember(name, role));
                }
            }
            return problems.command(() -> new PlanMeeting(times.day(), times.start(), times.end(),
                    FieldRules.trimToNull(place()), FieldRules.trimToNull(videoLink()), agenda,
                    asked.stream().distinct().toList(), units.stream().distinct().toList(),
                    employees.stream().distinct().toList(), family));
        }
    }

    /** Moving a meeting ("Flytt møtet"): a new date and time, and the place, against the version the user saw. */
    public record MeetingMove(String meetingDate, String startTime, String endTime, String place, String videoLink,
            String version) {

        public MoveMeeting toCommand() {
            FieldProblems problems = new FieldProblems();
            Times times = times(problems, meetingDate(), startTime(), endTime(), place(), videoLink());
            return problems.command(() -> new MoveMeeting(times.day(), times.start(), times.end(),
                    FieldRules.trimToNull(place()), FieldRules.trimToNull(videoLink()), CaseForms.version(version())));
        }
    }

    /** The rows of decisions the minutes form offers. */
    public static final int DECISION_ROWS = 3;

    /**
     * Minutes of a meeting: what was agreed, the child's voice, and up to three decisions "who does what by when"
     * (fields {@code decisionWhat0..2}, {@code decisionResponsible0..2}, {@code decisionBy0..2}), each becoming a
     * measure with its evaluation deadline. The command holds the decisions filled in, as a list.
     */
    public record Minutes(String minutes, String childVoice,
            String decisionWhat0, String decisionResponsible0, String decisionBy0,
            String decisionWhat1, String decisionResponsible1, String decisionBy1,
            String decisionWhat2, String decisionResponsible2, String decisionBy2, String version) {

        public static Minutes of(String minutes, String childVoice, String version) {
            return new Minutes(minutes, childVoice, "", "", "", "", "", "", "", "", "", version);
        }

        public String what(int row) {
            return switch (row) { case 0 -> decisionWhat0; case 1 -> decisionWhat1; case 2 -> decisionWhat2; default -> null; };
        }

        public String responsible(int row) {
            return switch (row) {
                case 0 -> decisionResponsible0; case 1 -> decisionResponsible1; case 2 -> decisionResponsible2; default -> null;
            };
        }

        public String by(int row) {
            return switch (row) { case 0 -> decisionBy0; case 1 -> decisionBy1; case 2 -> decisionBy2; default -> null; };
        }

        public WriteMinutes toCommand() {
            FieldProblems problems = new FieldProblems();
            String text = problems.text("minutes", minutes(), 8000, "meeting.minutes");
            String voice = problems.text("childVoice", childVoice(), 4000, "meeting.childVoice");
            List<WriteMinutes.Decision> decisions = new ArrayList<>();
            for (int i = 0; i < DECISION_ROWS; i++) {
                if (FieldRules.blank(what(i)) && FieldRules.blank(responsible(i)) && FieldRules.blank(by(i))) {
                    continue;
                }
                String what = FieldRules.blank(what(i)) ? problems.add("decisionWhat" + i, "meeting.decision.what.required")
                        : problems.text("decisionWhat" + i, what(i), 2000, "case.measure.what");
                Responsible who = FieldRules.blank(responsible(i))
                        ? problems.add("decisionResponsible" + i, "meeting.decision.responsible.required")
                        : CaseForms.responsible(problems, "decisionResponsible" + i, responsible(i));
                LocalDate by = problems.date("decisionBy" + i, by(i), "meeting.decision.by");
                decisions.add(new WriteMinutes.Decision(what, who, by));
            }
            return problems.command(() -> new WriteMinutes(text, voice, decisions, CaseForms.version(version())));
        }
    }

    /**
     * A transition: the receiving unit and the employee there who becomes relay holder. A hand-over between services,
     * so it needs the best-interest note (page fields {@code transitionInterest.*}).
     */
    public record Transition(String transitionUnitId, String transitionEmployeeId, String transitionReason,
            BestInterestForm transitionInterest) {

        public OfferTransition toCommand() {
            FieldProblems problems = new FieldProblems();
            Long unit = FieldRules.blank(transitionUnitId()) ? null
                    : id(problems, "transitionUnitId", "unit:", transitionUnitId(), "transition.unit.required",
                            "transition.unit.required");
            Long employee = FieldRules.blank(transitionEmployeeId()) ? null
                    : id(problems, "transitionEmployeeId", "employee:", transitionEmployeeId(),
                            "transition.employee.required", "transition.employee.required");
            String reason = problems.optionalText("transitionReason", transitionReason(), 1000, "case.handoverReason");
            BestInterestForm note = transitionInterest();
            return problems.command(() -> new OfferTransition(unit, employee, reason, note));
        }
    }

    /**
     * Appointing a child coordinator ("employee:ID" or the id) needs the best-interest note (page fields
     * {@code coordinatorInterest.*}): a decision about the child, and by default a hand-over of the relay.
     */
    public record Coordinator(String coordinatorEmployeeId, BestInterestForm coordinatorInterest) {

        public AppointCoordinator toCommand() {
            FieldProblems problems = new FieldProblems();
            Long employee = FieldRules.blank(coordinatorEmployeeId()) ? null
                    : id(problems, "coordinatorEmployeeId", "employee:", coordinatorEmployeeId(), "coordinator.required",
                            "coordinator.required");
            BestInterestForm note = coordinatorInterest();
            return problems.command(() -> new AppointCoordinator(employee, note));
        }
    }

    /** docs/domain.md rule 29's nine items, with the plan period and revision date. */
    public record Plan(String goalsNeeds, String whoTakesPart, String whoCoordinates, String contributions,
            String measures, String howCarriedOut, String periodFrom, String periodTo, String reviseOn,
            String consents, String cooperation, String version) {

        public SavePlan toCommand() {
            FieldProblems problems = new FieldProblems();
            String goals = problems.text("goalsNeeds", goalsNeeds(), 4000, "plan.goalsNeeds");
            String who = problems.text("whoTakesPart", whoTakesPart(), 2000, "plan.whoTakesPart");
            String coordinates = problems.text("whoCoordinates", whoCoordinates(), 500, "plan.whoCoordinates");
            String contributes = problems.text("contributions", contributions(), 4000, "plan.contributions");
            String planned = problems.text("measures", measures(), 4000, "plan.measures");
            String how = problems.text("howCarriedOut", howCarriedOut(), 4000, "plan.howCarriedOut");
            LocalDate from = problems.date("periodFrom", periodFrom(), "plan.periodFrom");
            LocalDate to = problems.date("periodTo", periodTo(), "plan.periodTo");
            if (from != null && to != null && to.isBefore(from)) {
                problems.add("periodTo", "plan.periodTo.before-start");
            }
            LocalDate revise = problems.date("reviseOn", reviseOn(), "plan.reviseOn");
            if (revise != null && from != null && to != null && (revise.isBefore(from) || revise.isAfter(to))) {
                problems.add("reviseOn", "plan.reviseOn.outside");
            }
            String consent = problems.text("consents", consents(), 2000, "plan.consents");
            String cooperate = problems.text("cooperation", cooperation(), 4000, "plan.cooperation");
            return problems.command(() -> new SavePlan(goals, who, coordinates, contributes, planned, how, from, to,
                    revise, consent, cooperate, CaseForms.version(version())));
        }
    }

    // ---------------------------------------------------------------- reading helpers

    /** The version the user saw; null when missing or not a number (the service answers that as stale). */
    static Integer version(String typed) {
        return FieldProblems.parseNumber(typed).filter(v -> v >= 0 && v <= Integer.MAX_VALUE).map(Long::intValue)
                .orElse(null);
    }

    /** A level 1-3; {@code case.level.required} otherwise. */
    static Integer level(FieldProblems problems, String field, String typed) {
        Optional<Long> level = FieldProblems.parseNumber(typed).filter(l -> l >= 1 && l <= 3);
        return level.isPresent() ? level.get().intValue() : problems.add(field, "case.level.required");
    }

    /** An id as a picker sends it ("employee:ID" with {@code kind} "employee:") or bare; two keys for blank and bad. */
    static Long id(FieldProblems problems, String field, String kind, String typed, String requiredKey, String unknownKey) {
        if (FieldRules.blank(typed)) {
            return problems.add(field, requiredKey);
        }
        String value = typed.trim().startsWith(kind) ? typed.trim().substring(kind.length()) : typed;
        return FieldProblems.parseNumber(value).orElseGet(() -> problems.add(field, unknownKey));
    }

    /** "employee:ID" or "unit:ID"; {@code case.measure.responsible.required} or {@code .unknown}. */
    static Responsible responsible(FieldProblems problems, String field, String typed) {
        if (FieldRules.blank(typed)) {
            return problems.add(field, "case.measure.responsible.required");
        }
        String[] parts = typed.trim().split(":", 2);
        Optional<Long> id = parts.length == 2 ? FieldProblems.parseNumber(parts[1]) : Optional.empty();
        if (id.isPresent() && parts[0].equals("unit")) {
            return Responsible.unit(id.get());
        }
        if (id.isPresent() && parts[0].equals("employee")) {
            return Responsible.employee(id.get());
        }
        return problems.add(field, "case.measure.responsible.unknown");
    }

    record Times(LocalDate day, LocalTime start, LocalTime end) {}

    static Times times(FieldProblems problems, String day, String from, String to, String place, String videoLink) {
        LocalDate date = problems.date("meetingDate", day, "meeting.date");
        LocalTime start = problems.time("startTime", from, "meeting.startTime");
        LocalTime end = problems.time("endTime", to, "meeting.endTime");
        if (start != null && end != null && !end.isAfter(start)) {
            problems.add("endTime", "meeting.endTime.before-start");
        }
        if (FieldRules.blank(place) && FieldRules.blank(videoLink)) {
            problems.add("place", "meeting.place.required");
        }
        problems.optionalText("place", place, 300, "meeting.place");
        if (!FieldRules.blank(videoLink) && !videoLink.trim().matches("https://\\S+")) {
            problems.add("videoLink", "meeting.videoLink.malformed");
        }
        return new Times(date, start, end);
    }
}
