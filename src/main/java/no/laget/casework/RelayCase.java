package no.laget.casework;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A case at level 1-3 with its relay log (stafettlogg, docs/domain.md rules 6-8): the holder, the participants, goals,
 * measures, evaluations, meetings, the level history and hand-overs. {@code consentWithdrawnAt} is when a consent a
 * unit of the case stood on for the relay log was withdrawn (the case stays open), or null. {@code familyWords} are
 * the family's own words ("barnets stemme"), written through the family's door, oldest first.
 */
public record RelayCase(long id, long childId, int level, long holderEmployeeId, String holderName, long holderUnitId,
        String holderUnitName, OffsetDateTime openedAt, OffsetDateTime closedAt, CloseReason closeReason,
        String closeNote, Long coordinatorEmployeeId, String coordinatorName, Long concernId, int version,
        List<Participant> participants, List<Goal> goals, List<Measure> measures, List<Evaluation> evaluations,
        List<LevelChange> levelChanges, List<Handover> handovers, List<Meeting> meetings,
        OffsetDateTime consentWithdrawnAt, List<FamilyWords> familyWords) {

    public enum CloseReason {
        GOAL_MET, GUARDIANS_ASKED;

        public String labelKey() {
            return "case.close.reason." + name();
        }
    }

    public enum Outcome {
        BETTER, UNCHANGED, WORSE;

        public String labelKey() {
            return "case.evaluation.outcome." + name();
        }
    }

    public record Participant(long id, long unitId, String unitName, Long employeeId, String employeeName, String task,
            long consentId, OffsetDateTime addedAt) {}

    public record Goal(long id, String text, int version) {}

    public record Measure(long id, String what, Long responsibleEmployeeId, String responsibleEmployeeName,
            Long responsibleUnitId, String responsibleUnitName, LocalDate startsOn, LocalDate evaluateOn,
            Long meetingId, int version) {

        public String responsible() {
            return responsibleEmployeeName != null ? responsibleEmployeeName : responsibleUnitName;
        }

        public String responsibleValue() {
            return responsibleEmployeeId != null ? "employee:" + responsibleEmployeeId : "unit:" + responsibleUnitId;
        }
    }

    public record Evaluation(long id, long measureId, Outcome outcome, String text, String childVoice,
            LocalDate evaluatedOn, String byName) {}

    public record LevelChange(Integer fromLevel, int toLevel, String reason, String byName, OffsetDateTime at) {}

    public record Handover(long id, long toEmployeeId, String toEmployeeName, long toUnitId, String toUnitName,
            String reason, String offeredByName, OffsetDateTime offeredAt, OffsetDateTime answeredAt, Boolean accepted,
            boolean transition) {

        public boolean pending() {
            return answeredAt == null;
        }
    }

    /**
     * A meeting. {@code sequence} is its iCalendar SEQUENCE, raised by every move and by the cancellation;
     * {@code participants} are units and employees (a row with an employee is that person), {@code family} the
     * family members by name and role.
     */
    public record Meeting(long id, OffsetDateTime startsAt, OffsetDateTime endsAt, String place, String videoLink,
            String agenda, String minutes, String childVoice, int version, List<MeetingParticipant> participants,
            int sequence, OffsetDateTime cancelledAt, List<FamilyParticipant> family) {

        public boolean hasMinutes() {
            return minutes != null;
        }

        public boolean cancelled() {
            return cancelledAt != null;
        }

        /** The employees invited by name: each gets the invitation and its updates. */
        public List<Long> invitedEmployees() {
            return participants.stream().map(MeetingParticipant::employeeId).filter(java.util.Objects::nonNull)
                    .distinct().toList();
        }
    }

    /** A unit (employeeId null) or one of its employees taking part in a meeting. */
    public record MeetingParticipant(long id, long unitId, String unitName, Long employeeId, String employeeName) {

        public boolean person() {
            return employeeId != null;
        }

        /** "Kari Nordmann, Tusenfryd barnehage" or the unit's name. */
        public String label() {
            return employeeId != null ? employeeName + ", " + unitName : unitName;
        }
    }

    /**
     * The family's own words in the log ("barnets stemme"): who wrote them by relation only (a guardian or the young
     * person), never by name or number.
     */
    public record FamilyWords(long id, no.laget.access.FamilyRelation writtenAs, String text, OffsetDateTime writtenAt) {

        @Override
        public String toString() {
            return "FamilyWords[" + id + "]";
        }
    }

    /** A family member at a meeting, by name and role ("Mor", "Far", "Eleven"). */
    public record FamilyParticipant(long id, String name, String role) {}

    public boolean open() {
        return closedAt == null;
    }

    public java.util.Optional<Handover> pendingHandover() {
        return handovers.stream().filter(Handover::pending).findFirst();
    }

    public List<Evaluation> evaluationsOf(long measureId) {
        return evaluations.stream().filter(e -> e.measureId() == measureId).toList();
    }

    public boolean participates(long unitId) {
        return participants.stream().anyMatch(p -> p.unitId() == unitId);
    }

    @Override
    public String toString() {
        return "RelayCase[" + id + "]";
    }
}
