package no.laget.platform.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import no.laget.platform.InvalidSettingException;
import no.laget.platform.MissingSettingsException;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The family's login through ID-porten (prefix {@code laget.idporten}); the environment variables that feed them are
 * in application.properties and README.md. All three of issuer, client id and secret blank: in production the family
 * door is closed (its login page says so), in demo mode Laget starts its own mock ID-porten ({@link DemoIdPorten}).
 * Some but not all of them: the start stops, naming what is missing.
 *
 * @param issuer            ID-porten's issuer ({@code LAGET_IDPORTEN_ISSUER}), e.g. {@code https://idporten.no}; its
 *                          discovery document gives the endpoints
 * @param clientId          Laget's client id in Digdir's self-service ({@code LAGET_IDPORTEN_CLIENT_ID})
 * @param clientSecret      its secret ({@code LAGET_IDPORTEN_CLIENT_SECRET})
 * @param clientAuth        {@code client_secret_basic} (default) or {@code client_secret_post}
 *                          ({@code LAGET_IDPORTEN_CLIENT_AUTH})
 * @param minimumAssurance  the lowest {@code acr} accepted: {@code idporten-loa-high} (default) or
 *                          {@code idporten-loa-substantial} ({@code LAGET_IDPORTEN_MINIMUM_ASSURANCE})
 * @param demoPort          the local port of the demo's mock ID-porten; 0 (default): any free port
 */
@ConfigurationProperties("laget.idporten")
public record IdPortenProperties(
        String issuer,
        String clientId,
        String clientSecret,
        @DefaultValue("client_secret_basic") String clientAuth,
        @DefaultValue(IdPortenProperties.HIGH) String minimumAssurance,
        @DefaultValue("0") int demoPort) {

    static final String HIGH = "idporten-loa-high";
    static final String SUBSTANTIAL = "idporten-loa-substantial";

    /** ID-porten's assurance levels, lowest first; the old names (Level3, Level4) still come from some test setups. */
    private static final Map<String, Integer> LEVELS = Map.of(SUBSTANTIAL, 3, "Level3", 3, HIGH, 4, "Level4", 4);

    public IdPortenProperties {
        issuer = IssuerAddress.trimmed(issuer);
        clientId = IssuerAddress.trimmed(clientId);
        clientSecret = clientSecret == null ? "" : clientSecret;
        clientAuth = IssuerAddress.trimmed(clientAuth).isEmpty() ? SingleSignOnProperties.CLIENT_SECRET_BASIC
                : IssuerAddress.trimmed(clientAuth).toLowerCase(Locale.ROOT);
        minimumAssurance = IssuerAddress.trimmed(minimumAssurance).isEmpty() ? HIGH : IssuerAddress.trimmed(minimumAssurance);
    }

    /** Issuer, client id and secret are all given: Laget logs families in with the real ID-porten. */
    public boolean configured() {
        return !issuer.isEmpty() && !clientId.isEmpty() && !clientSecret.isBlank();
    }

    /** None of them is given. */
    boolean blank() {
        return issuer.isEmpty() && clientId.isEmpty() && clientSecret.isBlank();
    }

    /** Whether an {@code acr} from ID-porten meets the minimum; an unknown or missing one never does. */
    boolean meetsMinimum(String acr) {
        Integer level = acr == null ? null : LEVELS.get(acr);
        return level != null && level >= LEVELS.get(minimumAssurance);
    }

    /**
     * A half-configured family door stops the start at once, naming what to set or correct: some of issuer, client id
     * and secret without the others, an issuer that is no https address, an unknown client authentication or level.
     */
    public void check() {
        if (!minimumAssurance.equals(HIGH) && !minimumAssurance.equals(SUBSTANTIAL)) {
            throw new InvalidSettingException("LAGET_IDPORTEN_MINIMUM_ASSURANCE",
                    "must be idporten-loa-high (the default) or idporten-loa-substantial");
        }
        if (blank()) {
            return;
        }
        List<String> missing = new ArrayList<>();
        if (issuer.isEmpty()) missing.add("LAGET_IDPORTEN_ISSUER");
        if (clientId.isEmpty()) missing.add("LAGET_IDPORTEN_CLIENT_ID");
        if (clientSecret.isBlank()) missing.add("LAGET_IDPORTEN_CLIENT_SECRET");
        if (!missing.isEmpty()) {
            List<String> named = missing.stream()
                    .map(name -> name + " (the family's login with ID-porten needs issuer, client id and secret)")
                    .toList();
            throw new MissingSettingsException(named);
        }
        if (!IssuerAddress.valid(issuer)) {
            throw new InvalidSettingException("LAGET_IDPORTEN_ISSUER",
                    "must be ID-porten's https address, e.g. https://idporten.no (http only for localhost)");
        }
        if (!clientAuth.equals(SingleSignOnProperties.CLIENT_SECRET_BASIC)
                && !clientAuth.equals(SingleSignOnProperties.CLIENT_SECRET_POST)) {
            throw new InvalidSettingException("LAGET_IDPORTEN_CLIENT_AUTH",
                    "must be client_secret_basic (the default) or client_secret_post");
        }
    }

    /** The issuer's host, for logs: it names the provider and no person. */
    String issuerHost() {
        return IssuerAddress.host(issuer);
    }
}
