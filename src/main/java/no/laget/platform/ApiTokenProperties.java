package no.laget.platform;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The bearer tokens the API accepts from the municipality's other systems (prefix {@code laget.api}); the
 * environment variables that feed them are in application.properties and README.md. Both blank: the API takes no
 * bearer tokens (in production it then answers 401 to everything). One of them alone refuses the start
 * ({@link StartupChecks#requireApiTokenSettings}).
 *
 * @param issuer   the identity provider's issuer URL, exactly as in the tokens' {@code iss} claim; its
 *                 {@code /.well-known/openid-configuration} names the keys
 * @param audience the value the tokens' {@code aud} claim must hold: the name the identity provider gives Laget's API
 */
@ConfigurationProperties("laget.api")
public record ApiTokenProperties(String issuer, String audience) {

    public ApiTokenProperties {
        issuer = issuer == null ? "" : issuer.trim();
        audience = audience == null ? "" : audience.trim();
    }

    public boolean configured() {
        return !issuer.isEmpty() && !audience.isEmpty();
    }
}
