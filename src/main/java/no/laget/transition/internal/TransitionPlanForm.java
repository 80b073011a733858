package no.laget.transition.internal;

/**
 * The first meeting with NAV and the joint plan, as typed. {@code individualPlanDue} is "true" or "false";
 * {@code followUpUntil} is the day follow-up is planned to end (not after the 25th birthday).
 */
public record TransitionPlanForm(String meetingOn, String participants, String goals, String individualPlanDue,
        String individualPlanReason, String followUpUntil) {}
