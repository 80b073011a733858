package no.laget.casework.internal;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * A meeting on a case: the day and times (Europe/Oslo), place or video link, agenda, the units and people invited
 * (each under a live consent for their unit) and family members by name and role. Units come as {@code unitIds} (the
 * API, problems on that field) or chosen in the picker with people ({@code invitedUnitIds}, {@code invitedEmployeeIds},
 * problems on {@code participants}).
 */
public record PlanMeeting(LocalDate day, LocalTime startTime, LocalTime endTime, String place, String videoLink,
        String agenda, List<Long> unitIds, List<Long> invitedUnitIds, List<Long> invitedEmployeeIds,
        List<FamilyMember> family) {

    public record FamilyMember(String name, String role) {}

    public PlanMeeting {
        unitIds = List.copyOf(unitIds);
        invitedUnitIds = List.copyOf(invitedUnitIds);
        invitedEmployeeIds = List.copyOf(invitedEmployeeIds);
        family = List.copyOf(family);
    }
}
