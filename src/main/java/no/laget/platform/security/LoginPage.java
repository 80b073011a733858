package no.laget.platform.security;

import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class LoginPage {

    @GetMapping("/login")
    String login(@RequestParam(required = false) String feil, @RequestParam(required = false) String sperret,
            @RequestParam(required = false) String utlogget, HttpSession session, Model model) {
        Authentication current = SecurityContextHolder.getContext().getAuthentication();
        if (current != null && current.isAuthenticated() && !(current instanceof AnonymousAuthenticationToken)) {
            return "redirect:/";
        }
        Object typed = session.getAttribute(LoginFailureHandler.TYPED_USERNAME);
        session.removeAttribute(LoginFailureHandler.TYPED_USERNAME);
        model.addAttribute("username", typed == null ? "" : typed);
        model.addAttribute("failed", feil != null);
        model.addAttribute("throttled", sperret != null);
        model.addAttribute("loggedOut", utlogget != null);
        return "login";
    }
}
