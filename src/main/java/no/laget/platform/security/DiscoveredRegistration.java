package no.laget.platform.security;

import java.net.URI;
import java.util.Optional;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;

/**
 * One client registration built from the provider's discovery document the first time someone uses it, then kept;
 * a failed discovery (null) is tried again on the next login. Not at start: a node must start while the provider is
 * down. Shared by the employees' single sign-on and the family's ID-porten.
 */
abstract class DiscoveredRegistration implements ClientRegistrationRepository {

    private final String id;
    private volatile ClientRegistration registration;

    DiscoveredRegistration(String id) {
        this.id = id;
    }

    @Override
    public final ClientRegistration findByRegistrationId(String registrationId) {
        if (!id.equals(registrationId)) {
            return null;
        }
        ClientRegistration known = registration;
        if (known == null) {
            synchronized (this) {
                if (registration == null) {
                    registration = discover();
                }
                known = registration;
            }
        }
        return known;
    }

    /**
     * The scheme, host and port of the provider's end-session endpoint, where a logout form is redirected (see
     * {@link LogoutFormPolicy}). Reads the discovery document if it has not been read yet.
     */
    final Optional<String> endSessionOrigin() {
        ClientRegistration known = findByRegistrationId(id);
        Object endpoint = known == null ? null
                : known.getProviderDetails().getConfigurationMetadata().get("end_session_endpoint");
        if (endpoint == null) {
            return Optional.empty();
        }
        try {
            URI uri = URI.create(endpoint.toString());
            if (uri.getScheme() == null || uri.getHost() == null || !uri.getScheme().matches("https?")) {
                return Optional.empty();
            }
            return Optional.of(uri.getScheme() + "://" + uri.getHost() + (uri.getPort() == -1 ? "" : ":" + uri.getPort()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Reads the discovery document; null when it cannot be read (say why in the log, without the document). */
    abstract ClientRegistration discover();

    /** What both logins share: the authorization code with PKCE, the subject as user name, the client's secret. */
    final ClientRegistration.Builder fromIssuer(String issuer, String clientId, String clientSecret, String clientAuth,
            String redirectUri) {
        return ClientRegistrations.fromOidcIssuerLocation(issuer)
                .registrationId(id)
                .clientId(clientId)
                .clientSecret(clientSecret)
                .clientAuthenticationMethod(SingleSignOnProperties.CLIENT_SECRET_POST.equals(clientAuth)
                        ? ClientAuthenticationMethod.CLIENT_SECRET_POST : ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .redirectUri(redirectUri)
                .userNameAttributeName("sub")
                .clientSettings(ClientRegistration.ClientSettings.builder().requireProofKey(true).build());
    }
}
