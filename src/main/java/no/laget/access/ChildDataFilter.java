package no.laget.access;

import java.util.Map;

/**
 * The door's rule as SQL, for lists and searches. Add {@link #join(String)} to the FROM clause and bind
 * {@link #parameters()} as named parameters: only rows the door would allow survive the join, and each
 * carries its basis in the columns {@code access.basis}, {@code access.consent_id} and
 * {@code access.emergency_id}, so the list can log what it showed. It calls the same database function the
 * door uses for one child, so a list never shows a row the door would refuse.
 */
public record ChildDataFilter(Map<String, Object> parameters) {

    /** @param childIdColumn the column holding the child's id in the caller's query, e.g. {@code c.id} */
    public String join(String childIdColumn) {
        return " cross join lateral access_basis(" + childIdColumn + ", :accessEmployee, :accessUnit, "
                + "cast(:accessRoles as varchar[]), :accessCategory, :accessAction, :accessToday, :accessNow) access\n";
    }
}
