package no.laget.browser;

import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;

import no.laget.support.BrowserTest;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page a demo user can reach by following links, checked with axe-core: the journeys cover the work, this
 * covers the pages no journey happens to open. Each page shape (its path with numbers as {n}) is visited once,
 * by the first demo user who reaches it, so the sweep grows with the number of page templates, not of rows.
 */
@BrowserTest
class EveryPageAccessibleTest extends BrowserJourney {

    private static final List<String> USERS = List.of("barnevern", "laerer", "ansatt", "leder", "helsesykepleier",
            "ppt", "nav", "oppvekst", "admin", "revisor");
    private static final Pattern NOT_A_PAGE = Pattern.compile(
            "^/(api|v3|vendor|css|js|actuator|logout)(/.*)?$|\\.(pdf|ics|csv|json|png|svg)$");
    private static final int MAX_PAGES_PER_USER = 60;

    @Test
    void every_page_reachable_from_the_menus_passes_axe_for_every_demo_user() {
        Set<String> shapesSeen = new LinkedHashSet<>();
        List<String> problems = new ArrayList<>();
        int visited = 0;
        for (String user : USERS) {
            Page page = browser.newPage(port);
            browser.logIn(page, user);
            Deque<String> queue = new ArrayDeque<>(links(page));
            Set<String> queued = new LinkedHashSet<>(queue);
            int pages = 0;
            while (!queue.isEmpty() && pages < MAX_PAGES_PER_USER) {
                String path = queue.poll();
                if (!shapesSeen.add(shape(path))) {
                    continue;
                }
                Response response = page.navigate(path);
                pages++;
                int status = response == null ? 0 : response.status();
                browser.assertAccessible(page);
                if (status >= 500 || status == 0) {
                    problems.add(user + " got " + status + " for " + path);
                }
                if (page.locator("h1").count() != 1) {
                    problems.add(user + ": " + path + " has " + page.locator("h1").count() + " h1 elements");
                }
                for (String link : links(page)) {
                    if (queued.add(link)) {
                        queue.add(link);
                    }
                }
            }
            visited += pages;
            page.context().close();
        }
        assertThat(problems).isEmpty();
        assertThat(visited).as("pages visited").isGreaterThan(40);
        assertThat(shapesSeen).as("the sweep reached the modules' pages")
                .anyMatch(s -> s.startsWith("/cases")).anyMatch(s -> s.startsWith("/intake"))
                .anyMatch(s -> s.startsWith("/plan")).anyMatch(s -> s.startsWith("/nav"))
                .anyMatch(s -> s.startsWith("/mine-frister")).anyMatch(s -> s.startsWith("/reports"));
    }

    /** Same-origin links of the page as paths with their query, minus what is not an HTML page. */
    @SuppressWarnings("unchecked")
    private List<String> links(Page page) {
        List<String> hrefs = (List<String>) page.evaluate(
                "() => Array.from(document.querySelectorAll('a[href]')).map(a => a.href)");
        List<String> paths = new ArrayList<>();
        for (String href : hrefs) {
            URI uri = URI.create(href.replace(" ", "%20"));
            if (uri.getHost() == null || !uri.getHost().equals("localhost") || uri.getPort() != port) {
                continue;
            }
            String path = uri.getRawPath();
            if (path == null || path.isEmpty() || NOT_A_PAGE.matcher(path).find()) {
                continue;
            }
            paths.add(uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery());
        }
        return paths;
    }

    /** A page template: numbers in the path become {n}; the query's values are dropped, its names kept. */
    static String shape(String pathAndQuery) {
        String[] parts = pathAndQuery.split("\\?", 2);
        String path = parts[0].replaceAll("/\\d+(?=/|$)", "/{n}");
        if (parts.length == 1) {
            return path;
        }
        return path + "?" + String.join("&", java.util.Arrays.stream(parts[1].split("&"))
                .map(pair -> pair.split("=", 2)[0]).sorted().toList());
    }
}
