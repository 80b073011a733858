package no.laget.platform.security;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import org.springframework.security.web.authentication.logout.SimpleUrlLogoutSuccessHandler;
import org.springframework.security.web.authentication.session.ChangeSessionIdAuthenticationStrategy;
import org.springframework.security.web.authentication.session.CompositeSessionAuthenticationStrategy;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;

/**
 * The family's door: its own chain under {@code /familie}, its own session key for the security context, its own
 * login through ID-porten (OpenID Connect, authorization code with PKCE; {@link FamilyLogin}) whose endpoints all lie
 * under {@code /familie}, its own idle timeout ({@link FamilyIdleTimeout}). An employee's login is stored under
 * Spring's default key and a family login under {@link #CONTEXT_KEY}, so neither chain ever loads the other's login;
 * a login at either door changes the session id and drops the other's login ({@link OneDoorPerSession}); ROLE_FAMILY
 * is the only authority a family login has.
 */
@Configuration(proxyBeanMethods = false)
class FamilySecurity {

    static final String CONTEXT_KEY = "LAGET_FAMILY_SECURITY_CONTEXT";
    static final String SAVED_REQUEST_KEY = "LAGET_FAMILY_SAVED_REQUEST";
    static final String LOGIN_PAGE = "/familie/logg-inn";
    static final String AUTHORIZATION_BASE = "/familie/oauth2/authorization";
    static final String REDIRECTION_BASE = "/familie/innlogget/*";
    static final String FAILED_PAGE = LOGIN_PAGE + "?feil";
    static final String ASSURANCE_TOO_LOW_PAGE = LOGIN_PAGE + "?feil=sikkerhetsniva";
    static final String LOGGED_OUT_PAGE = LOGIN_PAGE + "?utlogget";
    private static final Logger log = LoggerFactory.getLogger(FamilySecurity.class);

    @Bean
    @Order(1)
    SecurityFilterChain family(HttpSecurity http, FamilyLogin door, IdPortenProperties settings, FamilyLogins families,
            Clock clock, MeterRegistry meters, @Value("${laget.family.idle-timeout:15m}") Duration idle,
            @Value("${laget.session.touch-interval:1m}") Duration touchInterval)
            throws Exception {
        HttpSessionSecurityContextRepository sessions = new HttpSessionSecurityContextRepository();
        sessions.setSpringSecurityContextKey(CONTEXT_KEY);
        SecurityContextRepository contexts = new DelegatingSecurityContextRepository(
                new RequestAttributeSecurityContextRepository(), sessions);
        HttpSessionRequestCache requests = new HttpSessionRequestCache();
        requests.setSessionAttrName(SAVED_REQUEST_KEY); // an employee's saved page never becomes a family's next page
        http.securityMatcher("/familie", "/familie/**")
                .securityContext(context -> context.securityContextRepository(contexts))
                .requestCache(cache -> cache.requestCache(requests))
                .sessionManagement(session -> session.sessionAuthenticationStrategy(
                        newSessionAtLogin(OneDoorPerSession.familyLogin(idle))))
                .headers(headers -> {
                    SecurityConfig.strictHeadersButThePolicy(headers);
                    headers.addHeaderWriter(new LogoutFormPolicy(signedIn -> door.open()
                            && signedIn instanceof FamilySignIn ? door.registration().endSessionOrigin()
                            : java.util.Optional.empty()));
                })
                .exceptionHandling(e -> e.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint(LOGIN_PAGE)))
                .addFilterAfter(new FamilyIdleTimeout(clock, idle, touchInterval), SecurityContextHolderFilter.class)
                .logout(logout -> logout
                        .logoutUrl("/familie/logg-ut")
                        .logoutSuccessHandler(loggedOut(door))
                        .deleteCookies("SESSION", "JSESSIONID"))
                .authorizeHttpRequests(authorize -> authorize
                        .requestMatchers(LOGIN_PAGE, "/familie/sprak").permitAll()
                        .anyRequest().hasRole(FamilySignIn.ROLE));
        if (door.open()) {
            AuthenticationFailureHandler refused = refused(settings, meters);
            DefaultOAuth2AuthorizationRequestResolver authorizationRequests = new DefaultOAuth2AuthorizationRequestResolver(
                    door.registration(), AUTHORIZATION_BASE);
            // ask ID-porten for the level Laget requires (the answer's acr is checked all the same)
            authorizationRequests.setAuthorizationRequestCustomizer(request -> request.additionalParameters(
                    parameters -> parameters.put("acr_values", settings.minimumAssurance())));
            http.oauth2Login(login -> login
                    .loginPage(LOGIN_PAGE)
                    .clientRegistrationRepository(door.registration())
                    .authorizedClientRepository(new SingleSignOn.NoAuthorizedClients())
                    .authorizationEndpoint(endpoint -> endpoint.baseUri(AUTHORIZATION_BASE)
                            .authorizationRequestResolver(authorizationRequests))
                    .redirectionEndpoint(endpoint -> endpoint.baseUri(REDIRECTION_BASE))
                    .userInfoEndpoint(user -> user.oidcUserService(new IdPortenUserService(settings, families)))
                    .securityContextRepository(contexts)
                    .successHandler(signedIn(contexts, requests, clock))
                    .failureHandler(refused)
                    .withObjectPostProcessor(new ObjectPostProcessor<OAuth2AuthorizationRequestRedirectFilter>() {
                        @Override
                        public <O extends OAuth2AuthorizationRequestRedirectFilter> O postProcess(O button) {
                            // ID-porten unreachable (no discovery document): back to the login page, not a 500
                            button.setAuthenticationFailureHandler(refused);
                            return button;
                        }
                    }));
        }
        return http.build();
    }

    /** A login changes the session id (fixation) and forgets the other door's login in the session. */
    static SessionAuthenticationStrategy newSessionAtLogin(OneDoorPerSession forgetTheOther) {
        return new CompositeSessionAuthenticationStrategy(
                List.of(forgetTheOther, new ChangeSessionIdAuthenticationStrategy()));
    }

    /**
     * Replaces ID-porten's user by the family member, so the session holds a {@link FamilySignIn} (and the number only
     * inside it), starts the idle clock, then goes where the member was going, or to {@code /familie}.
     */
    private static AuthenticationSuccessHandler signedIn(SecurityContextRepository contexts,
            HttpSessionRequestCache requests, Clock clock) {
        SavedRequestAwareAuthenticationSuccessHandler onwards = new SavedRequestAwareAuthenticationSuccessHandler();
        onwards.setRequestCache(requests);
        onwards.setDefaultTargetUrl("/familie");
        SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();
        return (request, response, authentication) -> {
            if (!(authentication instanceof OAuth2AuthenticationToken token
                    && token.getPrincipal() instanceof IdPortenUserService.SignedInFamilyMember user)) {
                throw new IllegalStateException("An ID-porten login without a family member");
            }
            FamilySignIn signIn = new FamilySignIn(user.member(), user.getIdToken());
            SecurityContext context = holder.createEmptyContext();
            context.setAuthentication(signIn);
            holder.setContext(context);
            contexts.saveContext(context, request, response);
            HttpSession session = request.getSession();
            session.setAttribute(FamilyIdleTimeout.LAST_ACTIVITY, clock.millis());
            log.info("Family member {} signed in through ID-porten", user.member().memberId());
            onwards.onAuthenticationSuccess(request, response, signIn);
        };
    }

    /**
     * Back to the login page with a message: too low an assurance level has its own. Logged with the error code only
     * when it is a plain code (it may come from the callback's query string), never with a claim.
     */
    private static AuthenticationFailureHandler refused(IdPortenProperties settings, MeterRegistry meters) {
        Counter tooLow = LoginFailures.counter(meters, "assurance_too_low");
        Counter failed = LoginFailures.counter(meters, "family_login_failed");
        return (HttpServletRequest request, HttpServletResponse response, AuthenticationException exception) -> {
            String code = exception instanceof OAuth2AuthenticationException oauth ? oauth.getError().getErrorCode()
                    : "authorization_request_failed";
            if (IdPortenUserService.ASSURANCE_TOO_LOW.equals(code)) {
                tooLow.increment();
                log.warn("Family login refused: the assurance level is below {}", settings.minimumAssurance());
                response.sendRedirect(request.getContextPath() + ASSURANCE_TOO_LOW_PAGE);
                return;
            }
            failed.increment();
            log.warn("Family login through ID-porten failed: {}",
                    code != null && code.matches("[a-z_]{1,40}") ? code : "other");
            response.sendRedirect(request.getContextPath() + FAILED_PAGE);
        };
    }

    /** Logout ends Laget's session, then ID-porten's (RP-initiated logout with the id token as hint). */
    private static LogoutSuccessHandler loggedOut(FamilyLogin door) {
        SimpleUrlLogoutSuccessHandler local = new SimpleUrlLogoutSuccessHandler();
        local.setDefaultTargetUrl(LOGGED_OUT_PAGE);
        if (!door.open()) {
            return local;
        }
        OidcClientInitiatedLogoutSuccessHandler idPorten = new OidcClientInitiatedLogoutSuccessHandler(
                door.registration());
        idPorten.setPostLogoutRedirectUri("{baseUrl}" + LOGGED_OUT_PAGE);
        idPorten.setDefaultTargetUrl(LOGGED_OUT_PAGE);
        return (request, response, authentication) -> {
            if (authentication instanceof FamilySignIn signIn && signIn.idToken() != null) {
                // the standard handler reads the id token (for id_token_hint) from an OidcUser principal
                idPorten.onLogoutSuccess(request, response, new OAuth2AuthenticationToken(
                        new DefaultOidcUser(java.util.Set.of(), signIn.idToken()), java.util.Set.of(),
                        IdPortenRegistration.ID));
            } else {
                local.onLogoutSuccess(request, response, authentication);
            }
        };
    }
}
