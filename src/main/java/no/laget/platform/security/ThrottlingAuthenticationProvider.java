package no.laget.platform.security;

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

    ThrottlingAuthenticationProvider(AuthenticationProvider passwords, LoginThrottle throttle) {
        this.passwords = passwords;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication attempt) throws AuthenticationException {
        String username = attempt.getName();
        String address = attempt.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : "";
        if (throttle.isThrottled(username, address)) {
            throw new LoginThrottledException();
        }
        try {
            Authentication result = passwords.authenticate(attempt);
            throttle.recordSuccess(username);
            return withoutCredentials(result);
        } catch (AuthenticationException failure) {
            throttle.recordFailure(username, address);
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
