package no.laget.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;

/**
 * What every refused form shows (docs/STYLE rules 9-11): "Feil: " before the title, an error summary that has focus,
 * and for each of its links a field with that id, marked invalid, whose message (same words) is in its description.
 */
final class ErrorSummaryCheck {

    private ErrorSummaryCheck() {}

    /** Returns the summary's messages, in order. */
    @SuppressWarnings("unchecked")
    static List<String> assertEveryMessageLinked(Page page) {
        assertThat(page).hasTitle(Pattern.compile("^Feil: "));
        assertThat(page.locator("[data-error-summary]")).isFocused();
        List<String> problems = (List<String>) page.evaluate("""
                () => {
                  const problems = [];
                  const links = [...document.querySelectorAll('[data-error-summary] a')];
                  if (links.length === 0) problems.push('the summary has no links');
                  for (const link of links) {
                    const id = decodeURIComponent((link.getAttribute('href') || '').replace(/^#/, ''));
                    const text = link.textContent.trim();
                    const field = document.getElementById(id);
                    if (!field) { problems.push('no element #' + id + ' for "' + text + '"'); continue; }
                    if (id === 'version') continue; // the stale-version message stands alone above the form
                    // a people picker: the link lands on its search field, which is described by the message; the
                    // message is about the choice, so the search text itself is not marked invalid
                    const picker = field.type === 'search' && field.closest('fieldset.picker');
                    if (!picker && field.getAttribute('aria-invalid') !== 'true') problems.push('#' + id + ' is not aria-invalid');
                    const message = document.getElementById(id + '-error');
                    if (!message) { problems.push('no #' + id + '-error'); continue; }
                    if (message.textContent.trim() !== text) problems.push('#' + id + '-error says "'
                        + message.textContent.trim() + '", the summary "' + text + '"');
                    const owner = field.type === 'radio' || field.type === 'checkbox' ? field.closest('fieldset') : field;
                    const described = ((owner && owner.getAttribute('aria-describedby')) || '').split(/\\s+/);
                    if (!described.includes(id + '-error')) problems.push('#' + id + ' is not described by its message');
                  }
                  return problems;
                }""");
        assertThat(problems).as("error summary and field messages").isEmpty();
        return page.locator("[data-error-summary] a").allTextContents().stream().map(String::trim).toList();
    }

    /**
     * From the focused summary, Tab to its first link and follow it with Enter: focus lands on that field.
     */
    static void followFirstLink(Page page) {
        page.keyboard().press("Tab");
        var link = page.locator("[data-error-summary] a").first();
        assertThat(link).isFocused();
        String id = link.getAttribute("href").substring(1);
        page.keyboard().press("Enter");
        assertThat(page.locator("[id='" + id + "']")).isFocused();
    }
}
