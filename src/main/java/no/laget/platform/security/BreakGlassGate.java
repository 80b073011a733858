package no.laget.platform.security;

import java.util.Locale;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;
import org.slf4j.MarkerFactory;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

/**
 * With single sign-on on in production, the password form is closed to everyone but the break-glass account
 * ({@code LAGET_BREAK_GLASS_USERNAME}), and that account must be an administrator. Other usernames are refused
 * before any password is looked at (so the throttle has nothing to count); the break-glass account goes through the
 * throttle and the password check like any login, and each use is logged at WARN with the {@value #MARKER} marker.
 */
final class BreakGlassGate implements AuthenticationProvider {

    static final String MARKER = "BREAK_GLASS";
    private static final Marker BREAK_GLASS = MarkerFactory.getMarker(MARKER);
    private static final Logger log = LoggerFactory.getLogger(BreakGlassGate.class);

    private final AuthenticationManager passwords;
    private final String breakGlassUsername;
    private final Counter refused;

    BreakGlassGate(AuthenticationManager passwords, String breakGlassUsername, MeterRegistry meters) {
        this.passwords = passwords;
        this.breakGlassUsername = breakGlassUsername.toLowerCase(Locale.ROOT);
        this.refused = LoginFailures.counter(meters, "password_login_off");
    }

    @Override
    public Authentication authenticate(Authentication attempt) throws AuthenticationException {
        String username = attempt.getName() == null ? "" : attempt.getName().trim().toLowerCase(Locale.ROOT);
        if (breakGlassUsername.isEmpty() || !breakGlassUsername.equals(username)) {
            refused.increment();
            log.info("Password login refused: employees sign in through the municipality's identity provider");
            throw new BadCredentialsException("Password login is off");
        }
        Authentication result = passwords.authenticate(attempt);
        if (!(result.getPrincipal() instanceof SignedInUser user) || !user.hasRole(Role.ADMINISTRATOR)) {
            refused.increment();
            log.warn(BREAK_GLASS, "Break-glass password login refused: the account is no administrator");
            throw new BadCredentialsException("Password login is off");
        }
        log.warn(BREAK_GLASS, "Break-glass password login used by employee {} while single sign-on is on",
                user.employeeId());
        return result;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
