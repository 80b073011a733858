package no.laget.platform.web;

import java.time.Duration;
import java.util.Locale;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ResponseCookie;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The family's door and the public catalogue speak the language the visitor chose (a cookie); every other page is
 * bokmål, whatever the browser asks for or the cookie says. The browser's Accept-Language is not followed: it is
 * often not the reader's language (a shared computer, an English phone), and the choice is one link away on
 * every page.
 */
final class FamilyLocaleResolver implements LocaleResolver {

    static final String COOKIE = "laget-sprak";
    private static final Duration REMEMBERED = Duration.ofDays(365);

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        return languageOf(request).locale();
    }

    /** The language of this request: the chosen one on a family or public catalogue page, bokmål elsewhere. */
    static FamilyLanguage languageOf(HttpServletRequest request) {
        if (!speaksLanguages(pathOf(request)) || PageShell.currentUser() != null) {
            return FamilyLanguage.NB; // employees read bokmål everywhere, "Hvem kan hjelpe?" included
        }
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (COOKIE.equals(cookie.getName())) {
                    return FamilyLanguage.of(cookie.getValue()).orElse(FamilyLanguage.NB);
                }
            }
        }
        return FamilyLanguage.NB;
    }

    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        remember(request, response, FamilyLanguage.of(locale));
    }

    static void remember(HttpServletRequest request, HttpServletResponse response, FamilyLanguage language) {
        ResponseCookie cookie = ResponseCookie.from(COOKIE, language.tag())
                .path(request.getContextPath().isEmpty() ? "/" : request.getContextPath())
                .maxAge(REMEMBERED)
                .httpOnly(true)
                .secure(request.isSecure())
                .sameSite("Lax")
                .build();
        response.addHeader("Set-Cookie", cookie.toString());
    }

    /** The pages that come in every language: the family's door and "Hvem kan hjelpe?". */
    static boolean speaksLanguages(String path) {
        return under(path, "/familie") || under(path, "/hvem-kan-hjelpe");
    }

    private static boolean under(String path, String root) {
        return path != null && (path.equals(root) || path.startsWith(root + "/"));
    }

    static String pathOf(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
