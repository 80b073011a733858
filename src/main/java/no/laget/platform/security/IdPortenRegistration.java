package no.laget.platform.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.oauth2.client.registration.ClientRegistration;

/**
 * The family's one client registration ({@value #ID}), read from ID-porten's discovery document the first time a
 * family member presses the button: the employees' Laget must start while ID-porten is down. Authorization code with
 * PKCE (and nonce), scopes {@code openid profile}; the redirection lies under {@code /familie/innlogget/}, inside the
 * family's chain.
 */
final class IdPortenRegistration extends DiscoveredRegistration {

    static final String ID = "idporten";
    static final String REDIRECT_URI = "{baseUrl}/familie/innlogget/{registrationId}";
    private static final Logger log = LoggerFactory.getLogger(IdPortenRegistration.class);

    private final String issuer;
    private final String clientId;
    private final String clientSecret;
    private final String clientAuth;

    IdPortenRegistration(String issuer, String clientId, String clientSecret, String clientAuth) {
        super(ID);
        this.issuer = issuer;
        this.clientId = clientId;
        this.clientSecret = clientSecret;
        this.clientAuth = clientAuth;
    }

    @Override
    ClientRegistration discover() {
        try {
            return fromIssuer(issuer, clientId, clientSecret, clientAuth, REDIRECT_URI).scope("openid", "profile").build();
        } catch (RuntimeException e) {
            // no stack trace with the document in it; the exception's class says what went wrong
            log.warn("ID-porten: the discovery document could not be read ({})", e.getClass().getSimpleName());
            return null;
        }
    }
}
