package no.laget.platform.security;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpMethod;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * What another system may call with a bearer token: each scope opens a few endpoints, and an endpoint no scope
 * names (administration, the access log, serving claims, plans) is closed to systems whatever their roles. The
 * access door still decides which children's data a permitted call returns.
 */
public final class ApiScopes {

    public static final String CHILDREN_READ = "children.read";
    public static final String CHILDREN_WRITE = "children.write";
    public static final String CONSENTS_READ = "consents.read";
    public static final String CASES_READ = "cases.read";
    public static final String REPORTS_READ = "reports.read";
    public static final String REPORTS_WRITE = "reports.write";
    public static final String UNITS_READ = "units.read";

    /** Every scope an administrator can give a system, in the order the admin page lists them. */
    public static final List<String> ALL = List.of(CHILDREN_READ, CHILDREN_WRITE, CONSENTS_READ, CASES_READ,
            REPORTS_READ, REPORTS_WRITE, UNITS_READ);

    private record Opening(RequestMatcher matcher, String scope) {}

    private static final PathPatternRequestMatcher.Builder PATHS = PathPatternRequestMatcher.withDefaults();

    // first match wins: the more specific paths come first
    private static final List<Opening> OPENINGS = List.of(
            open(HttpMethod.GET, "/api/v1/children/{id}/consents", CONSENTS_READ),
            open(HttpMethod.GET, "/api/v1/children/registrations/{reference}", CHILDREN_READ),
            open(HttpMethod.GET, "/api/v1/children", CHILDREN_READ),
            open(HttpMethod.GET, "/api/v1/children/{id}", CHILDREN_READ),
            open(HttpMethod.GET, "/api/v1/children/{id}/guardians", CHILDREN_READ),
            open(HttpMethod.POST, "/api/v1/children", CHILDREN_WRITE),
            open(HttpMethod.POST, "/api/v1/children/{id}/guardians", CHILDREN_WRITE),
            open(HttpMethod.GET, "/api/v1/cases", CASES_READ),
            open(HttpMethod.GET, "/api/v1/cases/{id}", CASES_READ),
            open(HttpMethod.POST, "/api/v1/reports", REPORTS_WRITE),
            open(HttpMethod.GET, "/api/v1/reports/{id}/fiks", REPORTS_READ),
            open(HttpMethod.GET, "/api/v1/units", UNITS_READ),
            open(HttpMethod.GET, "/api/v1/units/{id}", UNITS_READ));

    /** The public measures catalogue needs no scope: anyone may read it without signing in. */
    private static final List<RequestMatcher> PUBLIC = List.of(
            PATHS.matcher(HttpMethod.GET, "/api/v1/measures"), PATHS.matcher(HttpMethod.GET, "/api/v1/measures/**"));

    private ApiScopes() {}

    private static Opening open(HttpMethod method, String path, String scope) {
        return new Opening(PATHS.matcher(method, path), scope);
    }

    public static boolean known(String scope) {
        return ALL.contains(scope);
    }

    static boolean isPublic(HttpServletRequest request) {
        return PUBLIC.stream().anyMatch(matcher -> matcher.matches(request));
    }

    /** The scope the request needs; empty when no scope opens it to systems. */
    static Optional<String> required(HttpServletRequest request) {
        return OPENINGS.stream().filter(opening -> opening.matcher().matches(request)).map(Opening::scope).findFirst();
    }

    static Set<String> all() {
        return Set.copyOf(ALL);
    }
}
