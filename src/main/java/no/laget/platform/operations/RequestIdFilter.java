package no.laget.platform.operations;

import java.io.IOException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.MDC;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Every request gets an id: the caller's {@code X-Request-Id} when it is a short token of safe characters (a
 * proxy's or another system's id, so one request can be followed across systems), otherwise a new one. It is
 * echoed in the response and sits in the log context as {@code requestId} while the request runs. An id with eleven
 * digits in a row is replaced: it could be an identity number, and the log holds none (docs/domain.md rule 35).
 * New ids are 128 random bits in base64url, which almost never hold a run of digits.
 */
public class RequestIdFilter extends OncePerRequestFilter {

    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";
    private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._-]{8,64}");
    private static final Pattern DIGIT_RUN = Pattern.compile("[0-9]{11}");
    private static final SecureRandom RANDOM = new SecureRandom();

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String given = request.getHeader(HEADER);
        String id = given != null && ACCEPTED.matcher(given).matches() && !DIGIT_RUN.matcher(given).find() ? given
                : newId();
        response.setHeader(HEADER, id);
        MDC.put(MDC_KEY, id);
        try {
            chain.doFilter(request, response);
        } finally {
            MDC.remove(MDC_KEY);
        }
    }

    static String newId() {
        byte[] bits = new byte[16];
        RANDOM.nextBytes(bits);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bits);
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false; // the error page's log lines belong to the same request
    }
}
