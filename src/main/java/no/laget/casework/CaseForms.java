package no.laget.casework;

import java.util.List;

/** What case workers type, as strings, so a letter in a number field is a field message, not a binding error. */
public final class CaseForms {

    private CaseForms() {}

    /** Opening a case: level, relay holder (an employee id), the first goal (optional), the concern it continues. */
    public record Open(String level, String holderEmployeeId, String goal, String concernId) {}

    public record Level(String toLevel, String levelReason, String version) {}

    public record Handover(String employeeId, String handoverReason) {}

    public record Participant(String unitId, String participantEmployeeId, String task) {}

    public record Goal(String goalText, String version) {}

    /** {@code responsible} is "employee:ID" or "unit:ID". */
    public record Measure(String what, String responsible, String startsOn, String evaluateOn, String version) {}

    public record Evaluation(String measureId, String outcome, String evaluationText, String childVoice, String evaluatedOn,
            String nextEvaluateOn) {}

    public record Close(String closeReason, String closeNote, String version) {}

    /** A meeting: date, start and end time (Europe/Oslo), place or video link, agenda, participant unit ids. */
    public record Meeting(String date, String startTime, String endTime, String place, String videoLink, String agenda,
            List<String> unitIds) {

        public Meeting {
            unitIds = unitIds == null ? List.of() : List.copyOf(unitIds);
        }
    }

    /**
     * Minutes of a meeting: what was agreed, the child's voice, and up to three decisions "who does what by when",
     * each becoming a measure with its evaluation deadline.
     */
    public record Minutes(String minutes, String childVoice, List<String> decisionWhat, List<String> decisionResponsible,
            List<String> decisionBy, String version) {

        public Minutes {
            decisionWhat = decisionWhat == null ? List.of() : List.copyOf(decisionWhat);
            decisionResponsible = decisionResponsible == null ? List.of() : List.copyOf(decisionResponsible);
            decisionBy = decisionBy == null ? List.of() : List.copyOf(decisionBy);
        }
    }

    /** A transition: the receiving unit and the employee there who becomes relay holder. */
    public record Transition(String unitId, String employeeId, String reason) {}

    public record Coordinator(String employeeId) {}

    /** DOMAIN.md rule 29's nine items, with the plan period and revision date. */
    public record Plan(String goalsNeeds, String whoTakesPart, String whoCoordinates, String contributions,
            String measures, String howCarriedOut, String periodFrom, String periodTo, String reviseOn,
            String consents, String cooperation, String version) {}
}
