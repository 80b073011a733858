package no.laget.transition.internal;

import java.time.LocalDate;

/** One young person on the transition list: the birthday dates, the reminder, and the transition if started. */
public record TransitionOverview(long childId, String childName, LocalDate birthDate, LocalDate eighteenthBirthday,
        LocalDate reminderOn, LocalDate aftercareLimit, Long transitionId, String navUnitName) {}
