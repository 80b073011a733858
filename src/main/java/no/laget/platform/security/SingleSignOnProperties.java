package no.laget.platform.security;

import java.util.Locale;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Single sign-on for employees through the municipality's identity provider (prefix {@code laget.oidc}); the
 * environment variables that feed them are in application.properties and README.md. Nothing is configured while
 * the issuer is blank.
 *
 * @param issuer             the OpenID Connect issuer ({@code LAGET_OIDC_ISSUER}); its discovery document gives the rest
 * @param clientId           Laget's client id at the provider ({@code LAGET_OIDC_CLIENT_ID})
 * @param clientSecret       its secret ({@code LAGET_OIDC_CLIENT_SECRET})
 * @param clientAuth         {@code client_secret_basic} (default) or {@code client_secret_post} ({@code LAGET_OIDC_CLIENT_AUTH})
 * @param claim              the id token claim that identifies the employee, {@code sub} by default, {@code oid} for
 *                           Entra ID ({@code LAGET_OIDC_CLAIM})
 * @param breakGlassUsername the one administrator account that may still use the password form when single sign-on
 *                           is on in production ({@code LAGET_BREAK_GLASS_USERNAME}); blank: none
 */
@ConfigurationProperties("laget.oidc")
public record SingleSignOnProperties(
        String issuer,
        String clientId,
        String clientSecret,
        @DefaultValue("client_secret_basic") String clientAuth,
        @DefaultValue("sub") String claim,
        String breakGlassUsername) {

    static final String CLIENT_SECRET_BASIC = "client_secret_basic";
    static final String CLIENT_SECRET_POST = "client_secret_post";

    public SingleSignOnProperties {
        issuer = IssuerAddress.trimmed(issuer);
        clientId = IssuerAddress.trimmed(clientId);
        clientSecret = clientSecret == null ? "" : clientSecret;
        clientAuth = IssuerAddress.trimmed(clientAuth).isEmpty() ? CLIENT_SECRET_BASIC : IssuerAddress.trimmed(clientAuth).toLowerCase(Locale.ROOT);
        claim = IssuerAddress.trimmed(claim).isEmpty() ? "sub" : IssuerAddress.trimmed(claim);
        breakGlassUsername = IssuerAddress.trimmed(breakGlassUsername);
    }

    public boolean configured() {
        return !issuer.isEmpty();
    }

    public boolean hasBreakGlassAccount() {
        return !breakGlassUsername.isEmpty();
    }

    /**
     * A half-configured single sign-on stops the start at once, naming the setting: an issuer without a client, a
     * client without an issuer, an unknown client authentication, an issuer that is no https address.
     */
    public void check() {
        if (!configured()) {
            if (!clientId.isEmpty()) {
                throw new SingleSignOnSettingsException("LAGET_OIDC_ISSUER",
                        "is missing, but LAGET_OIDC_CLIENT_ID is set. Give the identity provider's issuer address, "
                                + "or remove LAGET_OIDC_CLIENT_ID to turn single sign-on off");
            }
            return;
        }
        if (!IssuerAddress.valid(issuer)) {
            throw new SingleSignOnSettingsException("LAGET_OIDC_ISSUER",
                    "must be the identity provider's https address (http only for localhost)");
        }
        if (clientId.isEmpty()) {
            throw new SingleSignOnSettingsException("LAGET_OIDC_CLIENT_ID",
                    "is missing: single sign-on (LAGET_OIDC_ISSUER is set) needs Laget's client id at the identity provider");
        }
        if (clientSecret.isBlank()) {
            throw new SingleSignOnSettingsException("LAGET_OIDC_CLIENT_SECRET",
                    "is missing: single sign-on (LAGET_OIDC_ISSUER is set) needs the client's secret");
        }
        if (!clientAuth.equals(CLIENT_SECRET_BASIC) && !clientAuth.equals(CLIENT_SECRET_POST)) {
            throw new SingleSignOnSettingsException("LAGET_OIDC_CLIENT_AUTH",
                    "must be client_secret_basic (the default) or client_secret_post");
        }
        if (!claim.matches("[A-Za-z0-9_:.-]{1,100}")) {
            throw new SingleSignOnSettingsException("LAGET_OIDC_CLAIM",
                    "must be the name of one claim in the id token, such as sub or oid");
        }
    }

    /** The issuer's host, for logs: it names the provider and no person. */
    String issuerHost() {
        return IssuerAddress.host(issuer);
    }
}
