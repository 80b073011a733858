package no.laget.platform.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;

/**
 * The family's one client registration ({@value #ID}), built from ID-porten's discovery document the first time a
 * family member presses the button, then kept; a failed discovery is tried again on the next login. Not at start: the
 * employees' Laget must start while ID-porten is down. Authorization code with PKCE (and nonce), scopes
 * {@code openid profile}; the redirection lies under {@code /familie/innlogget/}, inside the family's chain.
 */
final class IdPortenRegistration implements ClientRegistrationRepository {

    static final String ID = "idporten";
    static final String REDIRECT_URI = "{baseUrl}/familie/innlogget/{registrationId}";
    private static final Logger log = LoggerFactory.getLogger(IdPortenRegistration.class);

    private final String issuer;
    private final String clientId;
    private final String clientSecret;
    private final boolean post;
    private volatile ClientRegistration registration;

    IdPortenRegistration(String issuer, String clientId, String clientSecret, String clientAuth) {
        this.issuer = issuer;
        this.clientId = clientId;
        this.clientSecret = clientSecret;
        this.post = SingleSignOnProperties.CLIENT_SECRET_POST.equals(clientAuth);
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
     * The origin of ID-porten's end-session endpoint, which the family's logout form is redirected to. Reads the
     * discovery document if it has not been read yet.
     */
    java.util.Optional<String> endSessionOrigin() {
        return LogoutFormPolicy.endSessionOrigin(findByRegistrationId(ID));
    }

    private ClientRegistration discover() {
        try {
            return ClientRegistrations.fromOidcIssuerLocation(issuer)
                    .registrationId(ID)
                    .clientId(clientId)
                    .clientSecret(clientSecret)
                    .clientAuthenticationMethod(post ? ClientAuthenticationMethod.CLIENT_SECRET_POST
                            : ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                    .redirectUri(REDIRECT_URI)
                    .scope("openid", "profile")
                    .userNameAttributeName("sub")
                    .clientSettings(ClientRegistration.ClientSettings.builder().requireProofKey(true).build())
                    .build();
        } catch (RuntimeException e) {
            // no stack trace with the document in it; the exception's class says what went wrong
            log.warn("ID-porten: the discovery document could not be read ({})", e.getClass().getSimpleName());
            return null;
        }
    }
}
