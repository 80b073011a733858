package no.laget.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;

/**
 * Runs axe-core (vendored under {@code src/test/resources/vendor/axe-core}) on the page as it is now and fails
 * with every violation: rule id, impact, what the rule asks for and the nodes it found.
 *
 * <p>axe is added as a script element, which the application's Content-Security-Policy forbids; the context must
 * therefore be made with {@code setBypassCSP(true)}, as {@link Browser} does. The application's policy is not
 * changed for this.
 *
 * <p>{@link Browser} gives every JavaScript-enabled context axe as an init script ({@link #SOURCE}): chromium then
 * evaluates it at the start of each document, and the 650 kB source crosses from the test to the browser once per
 * context instead of once per check. Where axe is missing (JavaScript turned off) it is added as a script element.
 */
public final class AxeCheck {

    /** WCAG 2.1 A and AA, and axe's best practices. */
    public static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice");

    private static final String AXE_RESOURCE = "/vendor/axe-core/axe.min.js";
    private static final String AXE_SOURCE = read(AXE_RESOURCE);

    /** axe-core's source, for {@code BrowserContext.addInitScript}. */
    static final String SOURCE = AXE_SOURCE;

    private static final String RUN = """
            async (tags) => {
              const results = await axe.run(document, {
                runOnly: { type: 'tag', values: tags },
                resultTypes: ['violations']
              });
              return results.violations.map(v => ({
                id: v.id,
                impact: String(v.impact),
                help: v.help,
                helpUrl: v.helpUrl,
                nodes: v.nodes.map(n => n.target.join(' ') + '  ' + n.html)
              }));
            }
            """;

    private AxeCheck() {}

    /** Fails when axe finds any violation on the page as it is when called. */
    public static void assertAccessible(Page page) {
        page.waitForLoadState(LoadState.LOAD);
        if (!Boolean.TRUE.equals(page.evaluate("() => typeof window.axe === 'object'"))) {
            page.addScriptTag(new Page.AddScriptTagOptions().setContent(AXE_SOURCE));
        }
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> violations = (List<Map<String, Object>>) page.evaluate(RUN, TAGS);
        if (!violations.isEmpty()) {
            throw new AssertionError(describe(page, violations));
        }
    }

    private static String describe(Page page, List<Map<String, Object>> violations) {
        StringBuilder message = new StringBuilder()
                .append("axe found ").append(violations.size()).append(" accessibility violation")
                .append(violations.size() == 1 ? "" : "s").append(" on ").append(page.url())
                .append(" («").append(page.title()).append("»):");
        for (Map<String, Object> violation : violations) {
            message.append("\n  ").append(violation.get("id"))
                    .append(" [").append(violation.get("impact")).append("] ")
                    .append(violation.get("help")).append(" (").append(violation.get("helpUrl")).append(')');
            @SuppressWarnings("unchecked")
            List<String> nodes = (List<String>) violation.get("nodes");
            nodes.forEach(node -> message.append("\n    - ").append(node));
        }
        return message.toString();
    }

    private static String read(String resource) {
        try (InputStream in = AxeCheck.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("axe-core is not on the test classpath at " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
