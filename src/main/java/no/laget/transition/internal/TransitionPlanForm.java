package no.laget.transition.internal;

import java.util.HashSet;
import java.util.Set;

import no.laget.platform.validation.FieldProblems;
import no.laget.platform.web.UnreadableFields;

/**
 * The first meeting with NAV and the joint plan, as typed. {@code individualPlanDue} is "true" or "false";
 * {@code followUpUntil} is the day follow-up is planned to end (not after the 25th birthday).
 */
public record TransitionPlanForm(String meetingOn, String participants, String goals, String individualPlanDue,
        String individualPlanReason, String followUpUntil) {

    public SavePlan toCommand() {
        Set<String> unreadable = new HashSet<>();
        Boolean due = "true".equals(individualPlanDue) ? Boolean.TRUE
                : "false".equals(individualPlanDue) ? Boolean.FALSE : null;
        return SavePlan.read(new FieldProblems(), unreadable, UnreadableFields.date(unreadable, "meetingOn", meetingOn),
                participants, goals, due, individualPlanReason,
                UnreadableFields.date(unreadable, "followUpUntil", followUpUntil));
    }
}
