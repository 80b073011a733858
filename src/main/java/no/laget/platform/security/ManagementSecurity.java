package no.laget.platform.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import no.laget.platform.OperationsProperties;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/**
 * The actuator: health and probes are open (they say UP or DOWN, nothing more); the Prometheus metrics answer
 * only a request on the separate management port ({@code LAGET_MANAGEMENT_PORT}) or one carrying
 * {@code Authorization: Bearer <LAGET_MANAGEMENT_TOKEN>}. Without either setting the metrics are not reachable
 * (404), with a token and a wrong or missing one they answer 401.
 */
@Configuration(proxyBeanMethods = false)
class ManagementSecurity {

    @Bean
    @Order(0)
    SecurityFilterChain management(HttpSecurity http, OperationsProperties properties, ApplicationContext application,
            @Value("${management.server.port:}") Integer managementPort) throws Exception {
        boolean separatePort = managementPort != null;
        AuthorizationManager<RequestAuthorizationContext> metricsAccess = (authentication, context) ->
                new AuthorizationDecision(separatePort && onManagementPort(context.getRequest(), application)
                        || carriesToken(context.getRequest(), properties));
        http.securityMatcher("/actuator", "/actuator/**", "/livez", "/readyz")
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable()) // nothing here changes state, and no cookie is read
                .requestCache(cache -> cache.disable())
                // a signed-in employee is no scraper: the same answer as to anyone without the token
                .exceptionHandling(e -> e.authenticationEntryPoint((request, response, refused) -> refuse(response, properties))
                        .accessDeniedHandler((request, response, refused) -> refuse(response, properties)))
                .authorizeHttpRequests(authorize -> authorize
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/livez", "/readyz").permitAll()
                        .requestMatchers("/actuator/prometheus").access(metricsAccess)
                        .anyRequest().denyAll());
        return http.build();
    }

    private static void refuse(HttpServletResponse response, OperationsProperties properties) throws IOException {
        if (properties.hasManagementToken()) {
            response.setHeader("WWW-Authenticate", "Bearer realm=\"Laget metrics\"");
            response.sendError(HttpStatus.UNAUTHORIZED.value());
        } else {
            response.sendError(HttpStatus.NOT_FOUND.value()); // not reachable at all on this port
        }
    }

    /**
     * The management server is a child context on its own port; the application's port is read from its web server,
     * so a random port in a test works as a fixed one in production.
     */
    private static boolean onManagementPort(HttpServletRequest request, ApplicationContext application) {
        return application instanceof WebServerApplicationContext web && web.getWebServer() != null
                && request.getLocalPort() > 0 && request.getLocalPort() != web.getWebServer().getPort();
    }

    private static boolean carriesToken(HttpServletRequest request, OperationsProperties properties) {
        String header = request.getHeader("Authorization");
        if (!properties.hasManagementToken() || header == null || !header.startsWith("Bearer ")) {
            return false;
        }
        byte[] given = header.substring("Bearer ".length()).trim().getBytes(StandardCharsets.UTF_8);
        byte[] expected = properties.managementToken().getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(given, expected);
    }
}
