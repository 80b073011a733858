package no.laget.casework.internal;

/**
 * Who is responsible for a measure: a person ({@code employeeId}) or a unit ({@code unitId}) taking part in the case;
 * exactly one is set. The pages' choice reads "employee:ID" or "unit:ID".
 */
public record Responsible(Long employeeId, Long unitId) {

    public static Responsible employee(long employeeId) {
        return new Responsible(employeeId, null);
    }

    public static Responsible unit(long unitId) {
        return new Responsible(null, unitId);
    }
}
