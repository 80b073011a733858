package no.laget.platform.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.oauth2.client.registration.ClientRegistration;

/**
 * The employees' one client registration ({@value #ID}), read from the issuer's discovery document the first time
 * someone uses it: a node must start, and the break-glass account must work, while the identity provider is down.
 */
final class IssuerRegistration extends DiscoveredRegistration {

    static final String ID = "kommunen";
    private static final Logger log = LoggerFactory.getLogger(IssuerRegistration.class);

    private final SingleSignOnProperties settings;

    IssuerRegistration(SingleSignOnProperties settings) {
        super(ID);
        this.settings = settings;
    }

    @Override
    ClientRegistration discover() {
        try {
            return fromIssuer(settings.issuer(), settings.clientId(), settings.clientSecret(), settings.clientAuth(),
                    "{baseUrl}/login/oauth2/code/{registrationId}")
                    // only what identifies the person: Entra ID sends its oid claim only with the profile scope
                    .scope("sub".equals(settings.claim()) ? new String[] {"openid"} : new String[] {"openid", "profile"})
                    .build();
        } catch (RuntimeException e) {
            // no stack trace with the document in it; the exception's class says what went wrong
            log.warn("Single sign-on: the discovery document of {} could not be read ({})", settings.issuerHost(),
                    e.getClass().getSimpleName());
            return null;
        }
    }
}
