package no.laget.platform.security;

import no.laget.platform.LagetProperties;
import no.laget.platform.web.PageController;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@PageController
class LoginPage {

    private final SingleSignOn singleSignOn;
    private final LagetProperties properties;

    LoginPage(SingleSignOn singleSignOn, LagetProperties properties) {
        this.singleSignOn = singleSignOn;
        this.properties = properties;
    }

    @GetMapping("/login")
    String login(HttpServletRequest request, HttpSession session, Model model) {
        Authentication current = SecurityContextHolder.getContext().getAuthentication();
        if (current != null && current.isAuthenticated() && !(current instanceof AnonymousAuthenticationToken)) {
            return "redirect:/";
        }
        Object typed = session.getAttribute(LoginFailureHandler.TYPED_USERNAME);
        session.removeAttribute(LoginFailureHandler.TYPED_USERNAME);
        model.addAttribute("username", typed == null ? "" : typed);
        // The flags are bare query words (/login?feil), which Spring would bind as null: read them as present or not.
        model.addAttribute("failed", request.getParameter("feil") != null);
        model.addAttribute("throttled", request.getParameter("sperret") != null);
        model.addAttribute("loggedOut", request.getParameter("utlogget") != null);
        model.addAttribute("singleSignOnFailed", request.getParameter("innlogging-feilet") != null);
        model.addAttribute("singleSignOn", singleSignOn.configured());
        model.addAttribute("singleSignOnPath", SingleSignOn.AUTHORIZATION_PATH);
        model.addAttribute("passwordForEveryone", singleSignOn.passwordFormForEveryone());
        return "login";
    }

    /** Signed in at the identity provider, but not a linked, active employee: 403 and whom to ask. */
    @GetMapping(SingleSignOn.NOT_AN_EMPLOYEE_PAGE)
    String notAnEmployee(HttpServletResponse response, Model model) {
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        model.addAttribute("municipality", properties.municipality().name());
        return "login-not-employee";
    }
}
