package no.laget.platform.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;

/**
 * The one client registration ({@value #ID}), built from the issuer's discovery document the first time someone
 * uses it and then kept. Not at start: a node must start, and the break-glass account must work, while the identity
 * provider is down. A failed discovery is tried again on the next login.
 */
final class IssuerRegistration implements ClientRegistrationRepository {

    static final String ID = "kommunen";
    private static final Logger log = LoggerFactory.getLogger(IssuerRegistration.class);

    private final SingleSignOnProperties settings;
    private volatile ClientRegistration registration;

    IssuerRegistration(SingleSignOnProperties settings) {
        this.settings = settings;
    }

    @Override
    public ClientRegistration findByRegistrationId(String registrationId) {
        if (!ID.equals(registrationId)) {
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
     * The origin of the provider's end-session endpoint, which an employee's logout form is redirected to. Reads the
     * discovery document if it has not been read yet.
     */
    java.util.Optional<String> endSessionOrigin() {
        return LogoutFormPolicy.endSessionOrigin(findByRegistrationId(ID));
    }

    private ClientRegistration discover() {
        try {
            return ClientRegistrations.fromOidcIssuerLocation(settings.issuer())
                    .registrationId(ID)
                    .clientId(settings.clientId())
                    .clientSecret(settings.clientSecret())
                    .clientAuthenticationMethod(SingleSignOnProperties.CLIENT_SECRET_POST.equals(settings.clientAuth())
                            ? ClientAuthenticationMethod.CLIENT_SECRET_POST
                            : ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                    .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                    // only what identifies the person: Entra ID sends its oid claim only with the profile scope
                    .scope("sub".equals(settings.claim()) ? new String[] {"openid"} : new String[] {"openid", "profile"})
                    .userNameAttributeName("sub")
                    .clientSettings(ClientRegistration.ClientSettings.builder().requireProofKey(true).build())
                    .build();
        } catch (RuntimeException e) {
            // no stack trace with the document in it; the exception's class says what went wrong
            log.warn("Single sign-on: the discovery document of {} could not be read ({})", settings.issuerHost(),
                    e.getClass().getSimpleName());
            return null;
        }
    }
}
