package no.laget.support;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

import java.util.Arrays;
import java.util.List;

import org.hamcrest.Matcher;
import org.hamcrest.Matchers;
import org.springframework.test.web.servlet.ResultMatcher;

/** What a page (or any response body) must hold, for MockMvc tests. */
public final class PageContent {

    private PageContent() {}

    /** The response body contains every one of {@code texts}; a failure names the first that is missing. */
    public static ResultMatcher bodyContains(String... texts) {
        List<Matcher<? super String>> parts = Arrays.stream(texts)
                .<Matcher<? super String>>map(Matchers::containsString).toList();
        return content().string(Matchers.allOf(parts));
    }

    /** The page without its CSRF token (the meta tag's and the forms' field), which differs from request to request. */
    public static String withoutToken(String page) {
        return page.replaceAll("name=\"csrf-token\" content=\"[^\"]*\"", "").replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "");
    }

    /** The page's main element: on a page without forms, the rest differs by the CSRF token alone. */
    public static String main(String page) {
        return page.substring(page.indexOf("<main"), page.indexOf("</main>"));
    }
}
