package no.laget.platform.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/** Back to the login page with the username kept and one message that never says whether the account exists. */
class LoginFailureHandler implements AuthenticationFailureHandler {

    static final String TYPED_USERNAME = "laget.login.username";

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException {
        String username = request.getParameter("username");
        if (username != null && username.length() <= 100) {
            request.getSession().setAttribute(TYPED_USERNAME, username);
        }
        String reason = exception instanceof LoginThrottledException ? "sperret" : "feil";
        response.sendRedirect(request.getContextPath() + "/login?" + reason);
    }
}
