package no.laget.platform.security;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import no.laget.platform.ApiTokenProperties;
import no.laget.platform.StartupChecks;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * OAuth2 bearer tokens (JWT) for the municipality's other systems on /api/v1. A token is taken when it is signed by
 * the configured issuer's keys, is within its lifetime by Laget's clock, names the configured audience, and its
 * client (the {@code azp}, {@code client_id} or, for client credentials, {@code sub} claim) is a registered and active
 * system. The request then runs as the system's {@link SignedInUser}; its scopes, intersected with the registration's,
 * decide which endpoints it may call ({@link ApiScopes}). Every refusal is problem+json with a
 * {@code WWW-Authenticate: Bearer} header (RFC 6750).
 */
@Component
public class ApiBearerTokens {

    private static final Logger log = LoggerFactory.getLogger(ApiBearerTokens.class);

    /** Why a token was refused: the OAuth error description (English, in the header) and the bokmål detail. */
    enum Refusal {
        EXPIRED("The token has expired or is not yet valid", "Tokenet er utløpt eller ennå ikke gyldig. Hent et nytt."),
        WRONG_ISSUER("The token is from an issuer Laget does not trust",
                "Tokenet er utstedt av en utsteder Laget ikke stoler på."),
        WRONG_AUDIENCE("The token is not meant for Laget's API", "Tokenet er ikke utstedt for Lagets API."),
        UNKNOWN_CLIENT("The client is not registered with Laget or is deactivated",
                "Systemet er ikke registrert i Laget, eller det er deaktivert."),
        INVALID("The token is not valid", "Tokenet er ikke gyldig.");

        final String description;
        final String detail;

        Refusal(String description, String detail) {
            this.description = description;
            this.detail = detail;
        }

        static Refusal from(AuthenticationException e) {
            if (e instanceof UnknownClientException) {
                return UNKNOWN_CLIENT;
            }
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof JwtValidationException invalid) {
                    for (OAuth2Error error : invalid.getErrors()) {
                        for (Refusal refusal : values()) {
                            if (refusal.description.equals(error.getDescription())) {
                                return refusal;
                            }
                        }
                    }
                }
            }
            return INVALID;
        }
    }

    static final class UnknownClientException extends InvalidBearerTokenException {
        UnknownClientException() {
            super(Refusal.UNKNOWN_CLIENT.description);
        }
    }

    private final ApiTokenProperties settings;
    private final SystemClients clients;
    private final Clock clock;

    ApiBearerTokens(ApiTokenProperties settings, SystemClients clients, Clock clock) {
        StartupChecks.requireApiTokenSettings(settings);
        this.settings = settings;
        this.clients = clients;
        this.clock = clock;
    }

    public boolean enabled() {
        return settings.configured();
    }

    /**
     * Adds the resource server to the API chain when the settings name an issuer and an audience. The keys are
     * fetched from the issuer on the first token, so Laget starts while the identity provider is away.
     */
    void configure(HttpSecurity http, AuthenticationEntryPoint unauthorised, AccessDeniedHandler forbidden)
            throws Exception {
        if (!enabled()) {
            return;
        }
        JwtAuthenticationProvider provider = new JwtAuthenticationProvider(new SupplierJwtDecoder(this::decoder));
        provider.setJwtAuthenticationConverter(this::authenticate);
        http.oauth2ResourceServer(server -> server
                        .authenticationEntryPoint(unauthorised)
                        .accessDeniedHandler(forbidden)
                        .jwt(jwt -> jwt.authenticationManager(new ProviderManager(provider))))
                .addFilterAfter(new ScopeFilter(), BearerTokenAuthenticationFilter.class);
    }

    private JwtDecoder decoder() {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withIssuerLocation(settings.issuer()).build();
        JwtTimestampValidator lifetime = new JwtTimestampValidator(Duration.ofSeconds(60));
        lifetime.setClock(clock);
        lifetime.setAllowEmptyExpiryClaim(false);
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
                named(lifetime, Refusal.EXPIRED),
                named(new JwtIssuerValidator(settings.issuer()), Refusal.WRONG_ISSUER),
                named(jwt -> jwt.getAudience() != null && jwt.getAudience().contains(settings.audience())
                        ? OAuth2TokenValidatorResult.success()
                        : OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token")), Refusal.WRONG_AUDIENCE)));
        return decoder;
    }

    private static OAuth2TokenValidator<Jwt> named(OAuth2TokenValidator<Jwt> validator, Refusal refusal) {
        return jwt -> validator.validate(jwt).hasErrors()
                ? OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token", refusal.description, null))
                : OAuth2TokenValidatorResult.success();
    }

    /** The token's client must be a registered, active system; the request then runs as that system's account. */
    private SystemClientAuthentication authenticate(Jwt jwt) {
        String clientId = clientId(jwt);
        SystemClient system = Optional.ofNullable(clientId).flatMap(clients::findByClientId)
                .filter(SystemClient::active)
                .orElseThrow(() -> {
                    log.info("Bearer token refused: its client is not a registered, active system");
                    return new UnknownClientException();
                });
        Set<String> scopes = new LinkedHashSet<>(tokenScopes(jwt));
        scopes.retainAll(system.scopes());
        return new SystemClientAuthentication(system.account(), system.name(), scopes, jwt);
    }

    static String clientId(Jwt jwt) {
        for (String claim : List.of("azp", "client_id", "sub")) {
            String value = jwt.getClaimAsString(claim);
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return null;
    }

    /** {@code scope} as a space-separated string (RFC 8693, Keycloak, ID-porten) or {@code scp} as a list (Entra ID). */
    private static Set<String> tokenScopes(Jwt jwt) {
        Set<String> scopes = new LinkedHashSet<>();
        for (String claim : List.of("scope", "scp")) {
            Object value = jwt.getClaim(claim);
            if (value instanceof String text) {
                scopes.addAll(List.of(text.trim().split("\\s+")));
            } else if (value instanceof Collection<?> list) {
                list.forEach(item -> scopes.add(String.valueOf(item)));
            }
        }
        scopes.remove("");
        return scopes;
    }

    /** 401 for the API: Basic in demo mode, Bearer when tokens are configured, with the reason a token was refused. */
    AuthenticationEntryPoint entryPoint(boolean basic) {
        return (request, response, e) -> {
            boolean bearerRefused = enabled() && e instanceof org.springframework.security.oauth2.core.OAuth2AuthenticationException;
            if (bearerRefused) { // the caller chose a token: the answer is about that token alone
                Refusal refusal = Refusal.from(e);
                response.addHeader("WWW-Authenticate", "Bearer realm=\"Laget\", error=\"invalid_token\", "
                        + "error_description=\"" + refusal.description + "\"");
                writeProblem(response, HttpStatus.UNAUTHORIZED, "Tokenet ble ikke godtatt", refusal.detail,
                        "invalid_token");
                return;
            }
            if (basic) {
                response.addHeader("WWW-Authenticate", "Basic realm=\"Laget\", charset=\"UTF-8\"");
            }
            if (enabled()) {
                response.addHeader("WWW-Authenticate", "Bearer realm=\"Laget\"");
            }
            writeProblem(response, HttpStatus.UNAUTHORIZED, "Du må logge inn", "Forespørselen mangler gyldig innlogging.",
                    null);
        };
    }

    /** 403 for the API; a system also learns that its token lacks what the endpoint needs. */
    AccessDeniedHandler accessDenied() {
        return (request, response, e) -> {
            if (SystemClientAuthentication.currentSystemName().isPresent()) {
                response.addHeader("WWW-Authenticate", "Bearer realm=\"Laget\", error=\"insufficient_scope\", "
                        + "error_description=\"The system's roles do not open this endpoint\"");
            }
            writeProblem(response, HttpStatus.FORBIDDEN, "Du har ikke tilgang", "Rollen din gir ikke tilgang til dette.",
                    null);
        };
    }

    /** A system calls only what a scope of both its token and its registration opens. */
    private static final class ScopeFilter extends OncePerRequestFilter {

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            if (org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication()
                    instanceof SystemClientAuthentication system && !ApiScopes.isPublic(request)) {
                Optional<String> needed = ApiScopes.required(request);
                if (needed.isEmpty() || !system.scopes().contains(needed.get())) {
                    String scopeParameter = needed.map(scope -> ", scope=\"" + scope + "\"").orElse("");
                    response.addHeader("WWW-Authenticate", "Bearer realm=\"Laget\", error=\"insufficient_scope\", "
                            + "error_description=\"" + (needed.isPresent() ? "The token lacks the scope this endpoint needs"
                            : "This endpoint is not open to other systems") + "\"" + scopeParameter);
                    writeProblem(response, HttpStatus.FORBIDDEN, "Systemet har ikke tilgang",
                            needed.map(scope -> "Tokenet mangler omfanget (scope) " + scope + ", som dette endepunktet krever.")
                                    .orElse("Dette endepunktet er ikke åpent for andre systemer."),
                            "insufficient_scope");
                    return;
                }
            }
            chain.doFilter(request, response);
        }
    }

    static void writeProblem(HttpServletResponse response, HttpStatus status, String title, String detail, String error)
            throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + json(title) + "\",\"status\":"
                + status.value() + ",\"detail\":\"" + json(detail) + "\""
                + (error == null ? "" : ",\"error\":\"" + json(error) + "\"") + "}");
    }

    private static String json(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
