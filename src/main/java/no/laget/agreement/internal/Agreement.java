package no.laget.agreement.internal;

import java.time.LocalDate;
import java.util.List;

/**
 * A cooperation agreement with what the page shows: parties, routines, the meetings held, the next meeting due of
 * each kind (null when none is promised), the annual evaluation due, the staff's input for it, past evaluations.
 */
public record Agreement(long id, String title, LocalDate validFrom, LocalDate validTo, int cooperationMeetingsPerYear,
        int anonymousMeetingsPerYear, LocalDate evaluationDueOn, LocalDate inputDueOn, List<Party> parties,
        List<String> routines, List<Meeting> meetings, LocalDate nextCooperationMeeting,
        LocalDate nextAnonymousMeeting, List<Input> inputs, List<Evaluation> evaluations, boolean myInputGiven) {

    public record Party(long id, long unitId, String unitName) {}

    public record Meeting(long id, MeetingKind kind, LocalDate heldOn, String minutes, String recordedByName) {}

    public record Input(long id, long employeeId, String unitName, String employeeName, String text, LocalDate roundDueOn) {}

    public record Evaluation(long id, LocalDate dueOn, LocalDate evaluatedOn, String summary, String recordedByName) {}

    /** Meetings of a kind held in the twelve months up to the day. */
    public long heldInYearBefore(MeetingKind kind, LocalDate day) {
        return meetings.stream().filter(m -> m.kind() == kind && m.heldOn().isAfter(day.minusYears(1))
                && !m.heldOn().isAfter(day)).count();
    }
}
