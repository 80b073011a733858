package no.laget.platform;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings for running Laget in a municipality's operations (prefix {@code laget.operations}); the environment
 * variables that feed them are in application.properties and README.md.
 *
 * @param logFormat       {@code json} (one JSON object per line, the production default) or {@code text}
 * @param trustedProxies  the addresses of the TLS-terminating proxies whose X-Forwarded-* headers are believed;
 *                        empty: none, the headers are ignored
 * @param managementToken the bearer token that opens /actuator/prometheus; blank: only the management port does
 */
@ConfigurationProperties("laget.operations")
public record OperationsProperties(
        @DefaultValue("json") String logFormat,
        @DefaultValue List<String> trustedProxies,
        String managementToken) {

    public OperationsProperties {
        trustedProxies = trustedProxies == null ? List.of()
                : trustedProxies.stream().map(String::trim).filter(address -> !address.isEmpty()).toList();
    }

    public boolean hasManagementToken() {
        return managementToken != null && !managementToken.isBlank();
    }
}
