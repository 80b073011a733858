package no.laget.platform.security;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Puts the login throttle in front of the password check, for the login form and HTTP Basic alike.
 * A throttled attempt is refused before the password is looked at, so guessing gains nothing.
 */
class ThrottlingAuthenticationProvider implements AuthenticationProvider {

    private final AuthenticationProvider passwords;
    private final LoginThrottle throttle;
    private final Counter throttled;
    private final Counter refused;

    ThrottlingAuthenticationProvider(AuthenticationProvider passwords, LoginThrottle throttle, MeterRegistry meters) {
        this.passwords = passwords;
        this.throttle = throttle;
        // no username and no address: a metric is about the service, the throttle's log is about the account
        this.throttled = failures(meters, "throttled");
        this.refused = failures(meters, "bad_credentials");
    }

    private static Counter failures(MeterRegistry meters, String reason) {
        return LoginFailures.counter(meters, reason);
    }

    @Override
    public Authentication authenticate(Authentication attempt) throws AuthenticationException {
        String username = attempt.getName();
        String address = attempt.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : "";
        if (throttle.isThrottled(username, address)) {
            throttled.increment();
            throw new LoginThrottledException();
        }
        try {
            Authentication result = passwords.authenticate(attempt);
            throttle.recordSuccess(username);
            return withoutCredentials(result);
        } catch (AuthenticationException failure) {
            throttle.recordFailure(username, address);
            refused.increment();
            // Disabled, locked and unknown accounts all look like a wrong password from outside.
            throw new BadCredentialsException("Bad credentials");
        }
    }

    private static Authentication withoutCredentials(Authentication result) {
        if (result.getPrincipal() instanceof SignedInUser user) {
            UsernamePasswordAuthenticationToken token = UsernamePasswordAuthenticationToken.authenticated(
                    user.withoutCredentials(), null, user.getAuthorities());
            token.setDetails(result.getDetails());
            return token;
        }
        return result;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return passwords.supports(authentication);
    }
}
