package no.laget.platform.security;

import java.io.IOException;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import no.laget.platform.LagetProperties;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.endpoint.RestClientAuthorizationCodeTokenResponseClient;
import org.springframework.security.oauth2.client.oidc.authentication.OidcAuthorizationCodeAuthenticationProvider;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import org.springframework.security.web.authentication.logout.SimpleUrlLogoutSuccessHandler;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Employees' single sign-on through the municipality's identity provider (OpenID Connect, authorization code with
 * PKCE), plugged into the page chain by {@link SecurityConfig}. Off while {@code LAGET_OIDC_ISSUER} is blank; a
 * half-configured setting stops the start. A login ends in the same {@link SignedInUser} as the password form (see
 * {@link EmployeeSignIn}); who may sign in, in which unit and with which roles, is decided in Laget only.
 */
@Component
@EnableConfigurationProperties(SingleSignOnProperties.class)
class SingleSignOn {

    static final String NOT_AN_EMPLOYEE_PAGE = "/login/ikke-registrert";
    static final String AUTHORIZATION_PATH = "/oauth2/authorization/" + IssuerRegistration.ID;
    private static final Logger log = LoggerFactory.getLogger(SingleSignOn.class);

    private final SingleSignOnProperties settings;
    private final LagetProperties laget;
    private final LinkedEmployees employees;
    private final MeterRegistry meters;
    private final IssuerRegistration registration;
    private final SecurityContextRepository contexts = new DelegatingSecurityContextRepository(
            new RequestAttributeSecurityContextRepository(), new HttpSessionSecurityContextRepository());
    private final Counter unknownIdentity;
    private final Counter failed;

    SingleSignOn(SingleSignOnProperties settings, LagetProperties laget, LinkedEmployees employees, MeterRegistry meters) {
        settings.check(); // before anything listens: a half-configured single sign-on stops the start here
        this.settings = settings;
        this.laget = laget;
        this.employees = employees;
        this.meters = meters;
        this.registration = settings.configured() ? new IssuerRegistration(settings) : null;
        this.unknownIdentity = LoginFailures.counter(meters, "unknown_identity");
        this.failed = LoginFailures.counter(meters, "single_sign_on_failed");
    }

    boolean configured() {
        return settings.configured();
    }

    /** Demo mode keeps the README's passwords; production with single sign-on keeps only the break-glass account. */
    boolean passwordFormForEveryone() {
        return !configured() || laget.demo();
    }

    /**
     * The page chain's logins: the given password manager (behind the break-glass gate when the form is closed) and,
     * with single sign-on, the authorization code login mapped to linked employees.
     */
    AuthenticationManager pageAuthentication(AuthenticationManager passwords) {
        if (!configured()) {
            return passwords;
        }
        AuthenticationProvider passwordLogins = passwordFormForEveryone() ? new PasswordsAsProvider(passwords)
                : new BreakGlassGate(passwords, settings.breakGlassUsername(), meters);
        OidcAuthorizationCodeAuthenticationProvider codes = new OidcAuthorizationCodeAuthenticationProvider(
                new RestClientAuthorizationCodeTokenResponseClient(),
                new LinkedEmployeeUserService(employees, settings.claim()));
        return new ProviderManager(passwordLogins, codes);
    }

    /** Adds the provider's login to the page chain when single sign-on is configured. */
    void configure(HttpSecurity http) throws Exception {
        if (!configured()) {
            return;
        }
        http.oauth2Login(login -> login
                .loginPage("/login")
                .clientRegistrationRepository(registration)
                .authorizedClientRepository(new NoAuthorizedClients())
                .securityContextRepository(contexts)
                .successHandler(signedIn())
                .failureHandler(refused())
                .withObjectPostProcessor(new ObjectPostProcessor<OAuth2AuthorizationRequestRedirectFilter>() {
                    @Override
                    public <O extends OAuth2AuthorizationRequestRedirectFilter> O postProcess(O button) {
                        // the provider unreachable (no discovery document): back to the login page, not a 500
                        button.setAuthenticationFailureHandler(refused());
                        return button;
                    }
                }));
    }

    /** The pages' policy, with the provider's end-session origin allowed for an employee signed in through it. */
    LogoutFormPolicy contentSecurityPolicy() {
        return new LogoutFormPolicy(signedIn -> configured() && signedIn instanceof EmployeeSignIn
                ? registration.endSessionOrigin() : java.util.Optional.empty());
    }

    /** Logout ends Laget's session, and then, when the provider offers one, the provider's session too. */
    LogoutSuccessHandler logoutSuccess() {
        SimpleUrlLogoutSuccessHandler local = new SimpleUrlLogoutSuccessHandler();
        local.setDefaultTargetUrl("/login?utlogget");
        if (!configured()) {
            return local;
        }
        OidcClientInitiatedLogoutSuccessHandler provider = new OidcClientInitiatedLogoutSuccessHandler(registration);
        provider.setPostLogoutRedirectUri("{baseUrl}/login?utlogget");
        provider.setDefaultTargetUrl("/login?utlogget");
        return (request, response, authentication) -> {
            if (authentication instanceof EmployeeSignIn signIn) {
                // the standard handler reads the id token (for id_token_hint) from an OidcUser principal
                provider.onLogoutSuccess(request, response, new OAuth2AuthenticationToken(
                        new DefaultOidcUser(Set.of(), signIn.idToken()), Set.of(), signIn.registrationId()));
            } else {
                local.onLogoutSuccess(request, response, authentication);
            }
        };
    }

    /**
     * Replaces the provider's user by the employee, so the session holds a {@link SignedInUser} and is named by the
     * username (deactivation finds it), then goes where the employee was going.
     */
    private AuthenticationSuccessHandler signedIn() {
        SavedRequestAwareAuthenticationSuccessHandler onwards = new SavedRequestAwareAuthenticationSuccessHandler();
        onwards.setDefaultTargetUrl("/");
        SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();
        return (request, response, authentication) -> {
            if (!(authentication instanceof OAuth2AuthenticationToken token
                    && token.getPrincipal() instanceof LinkedEmployeeUserService.LinkedEmployee linked)) {
                throw new IllegalStateException("A single sign-on login without a linked employee");
            }
            EmployeeSignIn signIn = new EmployeeSignIn(linked.employee(), token.getAuthorizedClientRegistrationId(),
                    linked.getIdToken());
            signIn.setDetails(token.getDetails());
            SecurityContext context = holder.createEmptyContext();
            context.setAuthentication(signIn);
            holder.setContext(context);
            contexts.saveContext(context, request, response);
            log.info("Employee {} signed in through the identity provider", linked.employee().employeeId());
            onwards.onAuthenticationSuccess(request, response, signIn);
        };
    }

    private AuthenticationFailureHandler refused() {
        return (HttpServletRequest request, HttpServletResponse response, AuthenticationException exception) -> {
            // not an OAuth2 error: the authorization request could not be made (the provider did not answer discovery)
            String code = exception instanceof OAuth2AuthenticationException oauth ? oauth.getError().getErrorCode()
                    : "authorization_request_failed";
            if (LinkedEmployeeUserService.NOT_AN_EMPLOYEE.equals(code)) {
                unknownIdentity.increment();
                log.warn("Single sign-on from {} refused: unknown identity (no linked, active employee)",
                        settings.issuerHost());
                response.sendRedirect(request.getContextPath() + NOT_AN_EMPLOYEE_PAGE);
                return;
            }
            failed.increment();
            // the code may come from the callback's query string: only a plain error code is written down
            log.warn("Single sign-on from {} failed: {}", settings.issuerHost(),
                    code != null && code.matches("[a-z_]{1,40}") ? code : "other");
            response.sendRedirect(request.getContextPath() + "/login?innlogging-feilet");
        };
    }

    /** Laget calls no API with the employee's tokens, so it keeps none (and no node keeps any in memory). */
    static final class NoAuthorizedClients implements OAuth2AuthorizedClientRepository {

        @Override
        public <T extends OAuth2AuthorizedClient> T loadAuthorizedClient(String registrationId, Authentication principal,
                HttpServletRequest request) {
            return null;
        }

        @Override
        public void saveAuthorizedClient(OAuth2AuthorizedClient client, Authentication principal,
                HttpServletRequest request, HttpServletResponse response) {
            // nothing to keep
        }

        @Override
        public void removeAuthorizedClient(String registrationId, Authentication principal, HttpServletRequest request,
                HttpServletResponse response) {
            // nothing kept
        }
    }

    /** The password manager as one provider among others in the page chain. */
    private record PasswordsAsProvider(AuthenticationManager passwords) implements AuthenticationProvider {

        @Override
        public Authentication authenticate(Authentication attempt) throws AuthenticationException {
            return passwords.authenticate(attempt);
        }

        @Override
        public boolean supports(Class<?> authentication) {
            return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
        }
    }
}
