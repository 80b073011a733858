package no.laget.platform.security;

import org.springframework.security.core.AuthenticationException;

/** Too many failed logins for this account or from this address. */
class LoginThrottledException extends AuthenticationException {

    LoginThrottledException() {
        super("Login throttled");
    }
}
