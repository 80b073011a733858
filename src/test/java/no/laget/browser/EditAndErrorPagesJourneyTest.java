package no.laget.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.Page;

import no.laget.support.Browser;
import no.laget.support.BrowserTest;

import org.junit.jupiter.api.Test;

/** The administrator's edit pages and the bokmål error pages, each checked with axe-core. */
@BrowserTest
class EditAndErrorPagesJourneyTest extends BrowserJourney {

    @Test
    void the_edit_pages_and_the_error_pages_are_accessible() {
        Page page = browser.signedIn(port, "admin");

        page.navigate("/admin/units");
        browser.assertAccessible(page);
        Browser.link(page, "Endre Gimle skole").click();
        page.waitForURL("**/admin/units/*");
        assertThat(page.getByLabel("Tjenesten er i bruk")).isChecked();
        browser.assertAccessible(page);

        page.navigate("/admin/employees");
        browser.assertAccessible(page);
        Browser.link(page, "Endre Lise Testrud").click();
        page.waitForURL("**/admin/employees/*");
        assertThat(page.getByLabel("Navn")).hasValue("Lise Testrud");
        browser.assertAccessible(page);

        var missing = page.navigate("/finnes-ikke");
        assertEquals(404, missing.status());
        assertThat(page.locator("h1")).hasText("Siden finnes ikke");
        browser.assertAccessible(page);
        browser.logOut(page);

        browser.logIn(page, "ansatt");
        var forbidden = page.navigate("/admin/units");
        assertEquals(403, forbidden.status());
        assertThat(page.locator("h1")).hasText("Du har ikke tilgang");
        browser.assertAccessible(page);
        browser.logOut(page);

        browser.logIn(page, "barnevern");
        page.navigate("/children?q=Oppdiktsdatter");
        browser.assertAccessible(page);
        browser.clickTo(page, Browser.link(page, "Sara Oppdiktsdatter"), "**/children/*");
        Browser.button(page, "Registrer at barnevernet har overtatt omsorgen").click();
        page.waitForURL("**/children/*");
        assertThat(page.getByText("Barnevernet har overtatt omsorgen og samtykker for barnet.")).isVisible();
        browser.assertAccessible(page);
        browser.clickTo(page, Browser.button(page, "Registrer at omsorgen er tilbakeført"), "**/children/*");
    }

}
