package no.laget.platform.operations;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import no.laget.platform.security.SignedInUser;

import org.slf4j.MDC;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Puts the signed-in employee's id and unit id in the log context while a handler runs: ids only, never the
 * username or the name, so the log says who without holding personal data.
 */
class SignedInLogContext implements HandlerInterceptor {

    static final String EMPLOYEE = "employeeId";
    static final String UNIT = "unitId";

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof SignedInUser user) {
            MDC.put(EMPLOYEE, String.valueOf(user.employeeId()));
            MDC.put(UNIT, String.valueOf(user.unitId()));
        }
        return true;
    }

    @Override
    public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
            Exception ex) {
        MDC.remove(EMPLOYEE);
        MDC.remove(UNIT);
    }
}
