package no.laget.organisation;

import java.util.Set;

import no.laget.platform.security.Role;

/**
 * Someone who works in a unit. Never deleted: deactivated employees stay for the history. {@code externalIdentity}
 * is the value the municipality's identity provider sends for this person (null: not linked, no single sign-on).
 */
public record Employee(long id, String username, String displayName, String email, long unitId, String unitName,
        Set<Role> roles, boolean active, String externalIdentity) {

    public Employee {
        roles = Set.copyOf(roles);
    }
}
