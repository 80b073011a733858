package no.laget.platform.security;

import java.time.Duration;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/**
 * At a login, forgets the other door's login in the same session: a family login drops an employee's, an employee's
 * drops a family's, so neither can be upgraded into the other. Runs with the change of session id (fixation
 * protection) and sets the session's idle limit to the door's own.
 */
record OneDoorPerSession(String otherContextKey, String otherActivityKey, Duration idleLimit)
        implements SessionAuthenticationStrategy {

    static OneDoorPerSession familyLogin(Duration familyIdle) {
        return new OneDoorPerSession(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, null, familyIdle);
    }

    static OneDoorPerSession employeeLogin(Duration employeeIdle) {
        return new OneDoorPerSession(FamilySecurity.CONTEXT_KEY, FamilyIdleTimeout.LAST_ACTIVITY, employeeIdle);
    }

    @Override
    public void onAuthentication(Authentication authentication, HttpServletRequest request,
            HttpServletResponse response) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return;
        }
        session.removeAttribute(otherContextKey);
        if (otherActivityKey != null) {
            session.removeAttribute(otherActivityKey);
        }
        session.setMaxInactiveInterval((int) idleLimit.toSeconds());
    }
}
