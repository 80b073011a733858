package no.laget.platform.security;

import java.util.Optional;

/** The registered systems, looked up by the client id a bearer token carries (the organisation module keeps them). */
public interface SystemClients {

    Optional<SystemClient> findByClientId(String clientId);
}
