package no.laget.platform.web;

import java.io.IOException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A request that found no free database connection outside a controller (reading or saving the session, signing in)
 * answers 503 with Retry-After, through the error page ({@link ErrorPages}: problem+json under /api, the bokmål page
 * elsewhere), not 500. Inside a controller {@link ApiProblems} and {@link PageErrorHandler} answer the same.
 */
class DatabaseBusyFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(DatabaseBusyFilter.class);

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | IOException | RuntimeException e) {
            if (!DatabaseBusy.causedBy(e) || response.isCommitted()) {
                throw e;
            }
            log.warn("No database connection for a request within the pool's timeout: 503");
            response.reset();
            response.setHeader(HttpHeaders.RETRY_AFTER, DatabaseBusy.RETRY_AFTER_SECONDS);
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        }
    }
}
