package no.laget.transition.internal;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import java.time.LocalDate;
import java.util.Set;

import io.swagger.v3.oas.annotations.media.Schema;

import no.laget.platform.validation.FieldProblems;
import no.laget.platform.web.UnreadableFields;

/**
 * The first meeting with NAV and the joint plan: the day, who took part, the goals, whether an individual plan is due
 * and why, and the day follow-up is planned to end (not after the 25th birthday, which the service checks). Also the
 * API's request body.
 */
public record SavePlan(@Schema(requiredMode = REQUIRED) LocalDate meetingOn,
        @Schema(requiredMode = REQUIRED) String participants, @Schema(requiredMode = REQUIRED) String goals,
        @Schema(requiredMode = REQUIRED) Boolean individualPlanDue,
        @Schema(requiredMode = REQUIRED) String individualPlanReason, LocalDate followUpUntil) {

    public SavePlan read() {
        return read(new FieldProblems(), Set.of(), meetingOn, participants, goals, individualPlanDue,
                individualPlanReason, followUpUntil);
    }

    static SavePlan read(FieldProblems problems, Set<String> unreadable, LocalDate meetingOn, String participants,
            String goals, Boolean individualPlanDue, String individualPlanReason, LocalDate followUpUntil) {
        UnreadableFields.required(problems, unreadable, "meetingOn", meetingOn, "nav.plan.meetingOn");
        String readParticipants = problems.text("participants", participants, 1000, "nav.plan.participants");
        String readGoals = problems.text("goals", goals, 4000, "nav.plan.goals");
        if (individualPlanDue == null) {
            problems.add("individualPlanDue", "nav.plan.individualPlanDue.required");
        }
        String reason = problems.text("individualPlanReason", individualPlanReason, 1000, "nav.plan.individualPlanReason");
        UnreadableFields.optional(problems, unreadable, "followUpUntil", "nav.plan.followUpUntil");
        return problems.command(() -> new SavePlan(meetingOn, readParticipants, readGoals, individualPlanDue, reason,
                followUpUntil));
    }
}
