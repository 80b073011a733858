package no.laget.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import no.laget.support.Browser;
import no.laget.support.BrowserTest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The administrator's edit pages and the bokmål error pages, each checked with axe-core. */
@BrowserTest
class EditAndErrorPagesJourneyTest {

    @RegisterExtension
    static final Browser browser = new Browser();

    @LocalServerPort
    int port;

    @Test
    void the_edit_pages_and_the_error_pages_are_accessible() {
        Page page = browser.newPage(port);
        browser.logIn(page, "admin");

        page.navigate("/admin/units");
        browser.assertAccessible(page);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Endre Gimle skole")).click();
        page.waitForURL("**/admin/units/*");
        assertThat(page.getByLabel("Tjenesten er i bruk")).isChecked();
        browser.assertAccessible(page);

        page.navigate("/admin/employees");
        browser.assertAccessible(page);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Endre Lise Testrud")).click();
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
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sara Oppdiktsdatter")).click();
        page.waitForURL("**/children/*");
        browser.assertAccessible(page);
        Browser.button(page, "Registrer at barnevernet har overtatt omsorgen").click();
        page.waitForURL("**/children/*");
        assertThat(page.getByText("Barnevernet har overtatt omsorgen og samtykker for barnet.")).isVisible();
        browser.assertAccessible(page);
        Browser.button(page, "Registrer at omsorgen er tilbakeført").click();
        page.waitForURL("**/children/*");
        browser.assertAccessible(page);
    }

}
