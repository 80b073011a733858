package no.laget.support;

import jakarta.servlet.http.Cookie;

import org.springframework.test.web.servlet.MvcResult;

/** Following a login through MockMvc: the session the steps share. */
public final class Sessions {

    private Sessions() {}

    /** The session cookie the response set, or the one the request carried. */
    public static Cookie sessionOf(MvcResult result) {
        Cookie set = result.getResponse().getCookie("SESSION");
        if (set != null) {
            return set;
        }
        Cookie[] sent = result.getRequest().getCookies();
        if (sent != null) {
            for (Cookie cookie : sent) {
                if (cookie.getName().equals("SESSION")) {
                    return cookie;
                }
            }
        }
        throw new AssertionError("No session cookie");
    }
}
