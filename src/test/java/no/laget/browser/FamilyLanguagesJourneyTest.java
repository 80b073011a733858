package no.laget.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import no.laget.platform.web.FamilyLanguage;
import no.laget.support.Browser;
import no.laget.support.BrowserTest;

import org.junit.jupiter.api.Test;

/**
 * "Hvem kan hjelpe?" and the family's login page in each of the nine languages, chosen by a plain link without
 * JavaScript, remembered from page to page, axe-clean, Arabic right to left, and on a phone nothing wider than
 * the screen. (The family's pages behind the login are checked by MockMvc in FamilyLanguagesTest; a browser
 * journey through them needs the demo's ID-porten login.)
 */
@BrowserTest
class FamilyLanguagesJourneyTest extends BrowserJourney {

    @Test
    void without_javascript_the_choice_is_a_plain_link_and_is_remembered_on_the_next_page() {
        Page page = browser.newPage(port, options -> options.setJavaScriptEnabled(false));
        page.navigate("/familie/logg-inn");
        Browser.link(page, "Українська").click();
        page.waitForURL(Pattern.compile(".*/familie/logg-inn$"));
        assertLanguage(page, FamilyLanguage.UK);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Увійти");

        Browser.link(page, "Хто може допомогти?").click();
        page.waitForURL(Pattern.compile(".*/hvem-kan-hjelpe$"));
        assertLanguage(page, FamilyLanguage.UK);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Хто може допомогти?");
    }

    @Test
    void every_language_of_the_catalogue_and_the_family_login_passes_axe() {
        Page page = browser.newPage(port);
        page.navigate("/hvem-kan-hjelpe");
        String measure = page.locator("#results a[href^='/hvem-kan-hjelpe/']").first().getAttribute("href");
        browser.assertAccessible(page);
        page.navigate("/familie/logg-inn");
        browser.assertAccessible(page);

        for (FamilyLanguage language : FamilyLanguage.values()) {
            // from the login page in the previous language: the choice comes back to the same page
            page.locator(".language-choice").getByRole(AriaRole.LINK,
                    new com.microsoft.playwright.Locator.GetByRoleOptions().setName(language.nativeName()).setExact(true)).click();
            page.waitForURL(Pattern.compile(".*/familie/logg-inn$"));
            assertLanguage(page, language);
            browser.assertAccessible(page);

            page.navigate("/hvem-kan-hjelpe");
            assertLanguage(page, language);
            browser.assertAccessible(page);

            page.navigate(measure);
            assertLanguage(page, language);
            browser.assertAccessible(page);

            page.navigate("/familie/logg-inn");
            assertLanguage(page, language);
            browser.assertAccessible(page);
        }
    }

    @Test
    void arabic_on_a_phone_reads_right_to_left_within_the_screen_and_employee_pages_stay_bokmaal() {
        Page page = browser.newPage(port, options -> options.setViewportSize(375, 800));
        page.navigate("/hvem-kan-hjelpe?alder=tolv");
        browser.assertAccessible(page);
        Browser.link(page, "العربية").click();
        // back on the same search, its field message now in Arabic
        page.waitForURL(Pattern.compile(".*/hvem-kan-hjelpe\\?alder=tolv$"));
        assertLanguage(page, FamilyLanguage.AR);
        assertThat(page.locator("#alder-error")).hasText("اكتب العمر عددًا صحيحًا، مثل 12");
        assertThat((String) page.evaluate("() => getComputedStyle(document.body).direction")).isEqualTo("rtl");
        assertThat((Boolean) page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth")).isTrue();
        browser.assertAccessible(page);

        page.navigate("/familie/logg-inn");
        assertLanguage(page, FamilyLanguage.AR);
        assertThat((Boolean) page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth")).isTrue();
        browser.assertAccessible(page);

        page.navigate("/login");
        assertThat(page.locator("html")).hasAttribute("lang", "nb");
        assertThat(page.locator("html")).not().hasAttribute("dir", "rtl");
        assertThat(page.getByLabel("Brukernavn")).isVisible();
        browser.assertAccessible(page);
    }

    private static void assertLanguage(Page page, FamilyLanguage language) {
        assertThat(page.locator("html")).hasAttribute("lang", language.tag());
        if (language.rightToLeft()) {
            assertThat(page.locator("html")).hasAttribute("dir", "rtl");
        } else {
            assertThat(page.locator("html")).not().hasAttribute("dir", Pattern.compile(".*"));
        }
        assertThat(page.locator(".language-choice [aria-current='true']")).hasText(language.nativeName());
    }
}
