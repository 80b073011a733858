package no.laget.platform.security;

import java.util.Set;

/**
 * Another of the municipality's systems, registered by an administrator, as the API sees it when a bearer token
 * names it. {@code account} is the system's own account: its unit and roles are what the access door weighs, exactly
 * as for an employee.
 *
 * @param name     the system's name, also written in the access log's client column
 * @param clientId the identity provider's client id ({@code azp}, {@code client_id} or {@code sub} of the token)
 * @param scopes   what the administrator allows the system; a token's own scopes can only narrow this
 */
public record SystemClient(String name, String clientId, SignedInUser account, Set<String> scopes, boolean active) {

    public SystemClient {
        scopes = Set.copyOf(scopes);
    }
}
