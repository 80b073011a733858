package no.laget.transition.internal;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;

/**
 * A young person's transition from child welfare to NAV, with the joint plan. {@code aftercareLimit} is the 25th
 * birthday; {@code remainingAftercare} the time left until it, {@code remainingFollowUp} until the planned end.
 */
public record Transition(long id, long childId, String childName, LocalDate birthDate, long childWelfareUnitId,
        String childWelfareUnitName, long navUnitId, String navUnitName, long consentId, LocalDate startedOn,
        LocalDate meetingOn, String meetingParticipants, String goals, Boolean individualPlanDue,
        String individualPlanReason, LocalDate followUpUntil, List<TransitionMeasure> measures,
        LocalDate eighteenthBirthday, LocalDate aftercareLimit, Period remainingAftercare, Period remainingFollowUp,
        boolean mayEdit) {}
