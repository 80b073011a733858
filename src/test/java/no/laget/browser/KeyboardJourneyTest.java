package no.laget.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import no.laget.support.Browser;
import no.laget.support.BrowserTest;

import org.junit.jupiter.api.Test;

@BrowserTest
class KeyboardJourneyTest extends BrowserJourney {

    @Test
    void a_keyboard_user_skips_to_the_content_logs_in_and_opens_the_units_page() {
        Page page = browser.newPage(port);
        page.navigate("/login");
        browser.assertAccessible(page);
        Locator skipLink = Browser.link(page, "Hopp til hovedinnhold");

        // The skip link is the first thing Tab reaches, and it is visible when it has focus.
        page.keyboard().press("Tab");
        assertThat(skipLink).isFocused();
        assertThat(skipLink).isInViewport();

        // Activating it moves focus to the main content, and the next Tab reaches the username.
        page.keyboard().press("Enter");
        assertThat(page.getByRole(AriaRole.MAIN)).isFocused();
        page.keyboard().press("Tab");
        assertThat(page.getByLabel("Brukernavn")).isFocused();

        // The login form is filled in and sent from the keyboard.
        page.keyboard().type("admin");
        page.keyboard().press("Tab");
        assertThat(page.getByLabel("Passord")).isFocused();
        page.keyboard().type("demo");
        page.keyboard().press("Enter");
        page.waitForURL("**/");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).containsText("Hei,");
        browser.assertAccessible(page);

        // Tab reaches the units link in the main menu, and Enter opens the page.
        Locator unitsLink = Browser.mainMenuLink(page, "Tjenester");
        Browser.tabToAndEnter(page, unitsLink, 8);

        page.waitForURL("**/admin/units");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Tjenester");
        browser.assertAccessible(page);
    }
}
