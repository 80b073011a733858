package no.laget.platform.security;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The family's own idle timeout ({@code laget.family.idle-timeout}, 15 minutes), independent of the employees': each
 * request of a signed-in family member records the time in the session; a request after a longer pause ends the
 * session and goes to the login page, which says why. Uses the application's {@link Clock}.
 * <p>
 * The time is written to the session only when {@code laget.session.touch-interval} (1 minute) has passed since the
 * one stored, so most requests write nothing: a session then ends between 15 minutes less that interval and 15 minutes
 * after the last request, never later.
 */
final class FamilyIdleTimeout extends OncePerRequestFilter {

    static final String LAST_ACTIVITY = "LAGET_FAMILY_LAST_ACTIVITY";
    static final String TIMED_OUT_PAGE = FamilySecurity.LOGIN_PAGE + "?tidsavbrudd";
    private static final Logger log = LoggerFactory.getLogger(FamilyIdleTimeout.class);

    private final Clock clock;
    private final Duration idle;
    private final Duration touchInterval;

    FamilyIdleTimeout(Clock clock, Duration idle, Duration touchInterval) {
        this.clock = clock;
        this.idle = idle;
        this.touchInterval = touchInterval;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        Authentication signedIn = SecurityContextHolder.getContextHolderStrategy().getContext().getAuthentication();
        if (session != null && signedIn instanceof FamilySignIn family) {
            long now = clock.millis();
            Object stored = session.getAttribute(LAST_ACTIVITY);
            if (stored instanceof Long last && now - last > idle.toMillis()) {
                session.invalidate();
                SecurityContextHolder.getContextHolderStrategy().clearContext();
                log.info("Family session of {} ended after more than {} minutes without activity",
                        family.getName(), idle.toMinutes());
                String target = request.getContextPath() + TIMED_OUT_PAGE;
                if ("true".equals(request.getHeader("HX-Request"))) {
                    response.setHeader("HX-Redirect", target); // a whole page, not a fragment swapped into the old one
                    response.setStatus(HttpStatus.UNAUTHORIZED.value());
                } else {
                    response.sendRedirect(target);
                }
                return;
            }
            if (!(stored instanceof Long last) || now - last >= touchInterval.toMillis()) {
                session.setAttribute(LAST_ACTIVITY, now);
            }
        }
        chain.doFilter(request, response);
    }
}
