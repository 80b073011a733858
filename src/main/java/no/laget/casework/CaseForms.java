package no.laget.casework;

import java.util.List;

import no.laget.interest.BestInterestForm;

/** What case workers type, as strings, so a letter in a number field is a field message, not a binding error. */
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
    }

    /** A move to level 2 or 3 needs the best-interest note (page fields {@code levelInterest.*}). */
    public record Level(String toLevel, String levelReason, String version, BestInterestForm levelInterest) {}

    /** Handing the relay on needs the best-interest note (page fields {@code handoverInterest.*}). */
    public record Handover(String employeeId, String handoverReason, BestInterestForm handoverInterest) {}

    public record Participant(String unitId, String participantEmployeeId, String task) {}

    public record Goal(String goalText, String version) {}

    /** {@code responsible} is "employee:ID" or "unit:ID". */
    public record Measure(String what, String responsible, String startsOn, String evaluateOn, String version) {}

    public record Evaluation(String measureId, String outcome, String evaluationText, String childVoice, String evaluatedOn,
            String nextEvaluateOn) {}

    /** Closing needs the best-interest note (page fields {@code closeInterest.*}). */
    public record Close(String closeReason, String closeNote, String version, BestInterestForm closeInterest) {}

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
    }

    /** Moving a meeting ("Flytt møtet"): a new date and time, and the place, against the version the user saw. */
    public record MeetingMove(String meetingDate, String startTime, String endTime, String place, String videoLink,
            String version) {}

    /**
     * Minutes of a meeting: what was agreed, the child's voice, and up to three decisions "who does what by when",
     * each becoming a measure with its evaluation deadline.
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
    }

    /**
     * A transition: the receiving unit and the employee there who becomes relay holder. A hand-over between services,
     * so it needs the best-interest note (page fields {@code transitionInterest.*}).
     */
    public record Transition(String transitionUnitId, String transitionEmployeeId, String transitionReason,
            BestInterestForm transitionInterest) {}

    /**
     * Appointing a child coordinator ("employee:ID" or the id) needs the best-interest note (page fields
     * {@code coordinatorInterest.*}): a decision about the child, and by default a hand-over of the relay.
     */
    public record Coordinator(String coordinatorEmployeeId, BestInterestForm coordinatorInterest) {}

    /** docs/domain.md rule 29's nine items, with the plan period and revision date. */
    public record Plan(String goalsNeeds, String whoTakesPart, String whoCoordinates, String contributions,
            String measures, String howCarriedOut, String periodFrom, String periodTo, String reviseOn,
            String consents, String cooperation, String version) {}
}
