package no.laget.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import no.laget.platform.security.FamilySignIn;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The language choice of the family's door and the public catalogue: plain links (a GET form would do too) to
 * {@code /familie/sprak?sprak=ar&tilbake=/hvem-kan-hjelpe} remember the language in a cookie and go back to the
 * page the visitor came from. Works without JavaScript and without a login. Only a family or catalogue page is a
 * place to go back to, so the address cannot send anyone elsewhere; a language Laget does not speak changes nothing.
 */
@PageController
class LanguageChoice {

    static final String PATH = "/familie/sprak";

    private final ApplicationEventPublisher events;

    LanguageChoice(ApplicationEventPublisher events) {
        this.events = events;
    }

    /** A GET, like any language link: it only sets a preference, and needs no CSRF token on a public page. */
    @GetMapping(PATH)
    String choose(@RequestParam(name = "sprak", defaultValue = "") String language,
            @RequestParam(name = "tilbake", defaultValue = "") String back,
            HttpServletRequest request, HttpServletResponse response) {
        FamilyLanguage.of(language).ifPresent(chosen -> {
            FamilyLocaleResolver.remember(request, response, chosen);
            // a signed-in family member's notices follow the language they read Laget in
            if (SecurityContextHolder.getContext().getAuthentication() instanceof FamilySignIn signIn) {
                events.publishEvent(new FamilyLanguageChosen(signIn.getPrincipal().memberId(), chosen));
            }
        });
        return "redirect:" + safeReturn(back);
    }

    /** A family or catalogue page of this site (path and query), or the family's start page. */
    static String safeReturn(String back) {
        if (back == null || back.length() > 2000 || back.chars().anyMatch(c -> c <= ' ' || c == '\\' || c == '{' || c == '}' || c == 0x7f)) {
            return "/familie";
        }
        int end = back.indexOf('?');
        String path = end < 0 ? back : back.substring(0, end);
        boolean ours = FamilyLocaleResolver.speaksLanguages(path) && !path.contains("//") && !path.contains("/..")
                && !path.equals(PATH);
        return ours ? back : "/familie";
    }
}
