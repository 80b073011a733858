package no.laget.platform.security;

import java.io.IOException;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.micrometer.core.instrument.MeterRegistry;

import no.laget.platform.LagetProperties;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;

/**
 * Two chains: the API under /api (stateless, OAuth2 bearer tokens for other systems, HTTP Basic in demo mode only,
 * answers in problem+json) and the pages (form login, session in the database, CSRF on every form). The
 * municipality's OpenID Connect login ({@link SingleSignOn}) is another way into the page chain: it ends in a
 * {@link SignedInUser}, and nothing after it changes.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class SecurityConfig {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    @Bean
    PasswordEncoder passwordEncoder() {
        // {bcrypt} today; the prefix lets a stronger encoder take over without resetting anyone.
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    AuthenticationManager authenticationManager(UserDetailsService accounts, PasswordEncoder encoder,
            LoginThrottle throttle, MeterRegistry meters) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(accounts);
        passwords.setPasswordEncoder(encoder);
        return new ProviderManager(new ThrottlingAuthenticationProvider(passwords, throttle, meters));
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, LagetProperties properties, AuthenticationManager authentication,
            ApiBearerTokens bearer) throws Exception {
        // problem+json; WWW-Authenticate: Basic in demo mode, Bearer when tokens are configured (ApiBearerTokens)
        AuthenticationEntryPoint unauthorised = bearer.entryPoint(properties.demo());
        AccessDeniedHandler forbidden = bearer.accessDenied();
        http.securityMatcher("/api/**")
                .authenticationManager(authentication)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable()) // no cookies are accepted here, so there is nothing to forge
                .headers(SecurityConfig::strictHeaders)
                .exceptionHandling(e -> e.authenticationEntryPoint(unauthorised).accessDeniedHandler(forbidden))
                .authorizeHttpRequests(authorize -> authorize
                        .requestMatchers(HttpMethod.GET, "/api/v1/units", "/api/v1/units/*").authenticated()
                        // the measures catalogue is public ("Hvem kan hjelpe?"); municipal staff edit it
                        .requestMatchers(HttpMethod.GET, "/api/v1/measures", "/api/v1/measures/**").permitAll()
                        .requestMatchers("/api/v1/measures", "/api/v1/measures/**", "/api/v1/indicators",
                                "/api/v1/indicators/**").hasRole(Role.MUNICIPAL_STAFF.name())
                        // plan follow-up: the plan module also checks that a unit leader's unit owns the action
                        .requestMatchers("/api/v1/plans", "/api/v1/plans/**")
                                .hasAnyRole(Role.MUNICIPAL_STAFF.name(), Role.UNIT_LEADER.name())
                        .requestMatchers("/api/v1/units/**", "/api/v1/employees/**", "/api/v1/employees",
                                "/api/v1/system-clients", "/api/v1/system-clients/**",
                                "/api/v1/access-log/check").hasRole(Role.ADMINISTRATOR.name())
                        .anyRequest().authenticated());
        if (properties.demo()) {
            http.httpBasic(basic -> basic.authenticationEntryPoint(unauthorised));
        }
        // the municipality's other systems: OAuth2 bearer tokens, in production and (when configured) in demo mode
        bearer.configure(http, unauthorised, forbidden);
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pages(HttpSecurity http, AuthenticationManager authentication, SingleSignOn singleSignOn,
            LagetProperties properties) throws Exception {
        // with single sign-on: the provider's login too, and the password form only for the break-glass account
        http.authenticationManager(singleSignOn.pageAuthentication(authentication))
                .headers(headers -> {
                    strictHeadersButThePolicy(headers);
                    headers.addHeaderWriter(singleSignOn.contentSecurityPolicy());
                })
                // a new session id at login, and any family login in the session is dropped (FamilySecurity)
                .sessionManagement(session -> session.sessionAuthenticationStrategy(FamilySecurity.newSessionAtLogin(
                        OneDoorPerSession.employeeLogin(properties.session().idleTimeout()))))
                .formLogin(form -> form
                        .loginPage("/login")
                        .failureHandler(new LoginFailureHandler())
                        .defaultSuccessUrl("/", false)
                        .permitAll())
                .logout(logout -> logout
                        .logoutUrl("/logout")
                        .logoutSuccessHandler(singleSignOn.logoutSuccess())
                        .deleteCookies("SESSION", "JSESSIONID"))
                .exceptionHandling(e -> e.authenticationEntryPoint(new HtmxAwareEntryPoint("/login")))
                .authorizeHttpRequests(authorize -> authorize
                        .requestMatchers("/login", "/vendor/**", "/css/**", "/js/**", "/favicon.ico", "/error",
                                "/actuator/health/**", "/v3/api-docs", "/v3/api-docs/**").permitAll()
                        // signed in at the identity provider but not a linked, active employee: the 403 page says whom to ask
                        .requestMatchers(SingleSignOn.NOT_AN_EMPLOYEE_PAGE).permitAll()
                        .requestMatchers("/hvem-kan-hjelpe", "/hvem-kan-hjelpe/**").permitAll()
                        // the family's feedback form: no login, the random link is the only key (CSRF stays on)
                        .requestMatchers("/tilbakemelding/**").permitAll()
                        .requestMatchers("/feedback/results", "/feedback/results/**")
                                .hasRole(Role.MUNICIPAL_STAFF.name())
                        .requestMatchers("/admin/**").hasRole(Role.ADMINISTRATOR.name())
                        .requestMatchers("/catalogue/**", "/statistics/**").hasRole(Role.MUNICIPAL_STAFF.name())
                        // a unit leader reads and updates the status of their own unit's plan actions (checked in the module)
                        .requestMatchers(HttpMethod.GET, "/plan/actions/*")
                                .hasAnyRole(Role.MUNICIPAL_STAFF.name(), Role.UNIT_LEADER.name())
                        .requestMatchers(HttpMethod.POST, "/plan/actions/*/status")
                                .hasAnyRole(Role.MUNICIPAL_STAFF.name(), Role.UNIT_LEADER.name())
                        .requestMatchers("/plan", "/plan/**").hasRole(Role.MUNICIPAL_STAFF.name())
                        .requestMatchers("/emergency-reviews/**", "/emergency-reviews").hasRole(Role.UNIT_LEADER.name())
                        .requestMatchers("/tilgangslogg").hasRole(Role.AUDITOR.name())
                        .requestMatchers("/intake", "/intake/**").hasRole(Role.CHILD_WELFARE_INTAKE.name())
                        // an employee, however signed in: never a family login, should one ever reach this chain
                        .anyRequest().access(SecurityConfig::employee));
        singleSignOn.configure(http);
        return http.build();
    }

    private static AuthorizationDecision employee(Supplier<? extends Authentication> authentication,
            RequestAuthorizationContext request) {
        Authentication signedIn = authentication.get();
        return new AuthorizationDecision(signedIn != null && signedIn.isAuthenticated()
                && signedIn.getPrincipal() instanceof SignedInUser);
    }

    static void strictHeaders(
            org.springframework.security.config.annotation.web.configurers.HeadersConfigurer<HttpSecurity> headers) {
        headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY));
        strictHeadersButThePolicy(headers);
    }

    /** Every strict header but the Content-Security-Policy, for a chain that writes its own ({@link LogoutFormPolicy}). */
    static void strictHeadersButThePolicy(
            org.springframework.security.config.annotation.web.configurers.HeadersConfigurer<HttpSecurity> headers) {
        headers.frameOptions(frame -> frame.deny())
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))
                .httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000))
                .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy",
                        "camera=(), microphone=(), geolocation=(), payment=(), usb=()"))
                .addHeaderWriter(new StaticHeadersWriter("Cross-Origin-Opener-Policy", "same-origin"));
    }

    /** An expired session under htmx must load the whole login page, not swap it into a fragment. */
    static final class HtmxAwareEntryPoint extends LoginUrlAuthenticationEntryPoint {

        HtmxAwareEntryPoint(String loginPage) {
            super(loginPage);
        }

        @Override
        public void commence(HttpServletRequest request, HttpServletResponse response,
                org.springframework.security.core.AuthenticationException e) throws IOException,
                jakarta.servlet.ServletException {
            if ("true".equals(request.getHeader("HX-Request"))) {
                response.setHeader("HX-Redirect", request.getContextPath() + "/login");
                response.setStatus(HttpStatus.UNAUTHORIZED.value());
                return;
            }
            super.commence(request, response, e);
        }
    }
}
