package no.laget.casework.internal;

/**
 * A unit to take part in a case, or a person in it: {@code unitId} names the unit, or is null when the person
 * ({@code employeeId}) is chosen and their own unit comes along; an optional task.
 */
public record AddParticipant(Long unitId, Long employeeId, String task) {

    public static AddParticipant unit(long unitId) {
        return new AddParticipant(unitId, null, null);
    }
}
