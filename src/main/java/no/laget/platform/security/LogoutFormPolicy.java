package no.laget.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.header.HeaderWriter;

/**
 * The pages' Content-Security-Policy, except that a person signed in through an identity provider may have the logout
 * form go on to that provider's end-session endpoint: {@code form-action} also covers the redirects after a form is
 * sent, and a browser that enforces it there would stop the logout at Laget's page, leaving the provider's session
 * open on a shared computer.
 */
final class LogoutFormPolicy implements HeaderWriter {

    private final Function<Authentication, Optional<String>> endSessionOrigin;

    /** {@code endSessionOrigin} gives the origin to allow for the one signed in, or nothing. */
    LogoutFormPolicy(Function<Authentication, Optional<String>> endSessionOrigin) {
        this.endSessionOrigin = endSessionOrigin;
    }

    @Override
    public void writeHeaders(HttpServletRequest request, HttpServletResponse response) {
        if (response.containsHeader("Content-Security-Policy")) {
            return;
        }
        Authentication signedIn = SecurityContextHolder.getContextHolderStrategy().getContext().getAuthentication();
        String policy = SecurityConfig.CONTENT_SECURITY_POLICY;
        Optional<String> origin = signedIn == null ? Optional.empty() : endSessionOrigin.apply(signedIn);
        if (origin.isPresent()) {
            policy = policy.replace("form-action 'self'", "form-action 'self' " + origin.get());
        }
        response.setHeader("Content-Security-Policy", policy);
    }
}
