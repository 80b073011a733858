package no.laget.organisation.internal;

import java.util.List;
import java.util.Set;

import no.laget.platform.security.Role;

/**
 * A registered system as administrators see it. {@code accountId} is the system's account in the employee table: the
 * id the access log and every "done by" column carry for what the system did.
 */
public record SystemClientView(long id, String name, String clientId, long unitId, String unitName, Set<Role> roles,
        List<String> scopes, boolean active, long accountId) {

    public SystemClientView {
        roles = Set.copyOf(roles);
        scopes = List.copyOf(scopes);
    }
}
