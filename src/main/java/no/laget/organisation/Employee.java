package no.laget.organisation;

import java.util.Set;

/** Someone who works in a unit. Never deleted: deactivated employees stay for the history. */
public record Employee(long id, String username, String displayName, String email, long unitId, String unitName,
        Set<Role> roles, boolean active) {

    public Employee {
        roles = Set.copyOf(roles);
    }
}
