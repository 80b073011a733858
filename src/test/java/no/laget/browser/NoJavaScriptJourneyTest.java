package no.laget.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.UUID;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;

import no.laget.support.Browser;
import no.laget.support.BrowserTest;

import org.junit.jupiter.api.Test;

/** Every form works as plain HTML; JavaScript only improves it. axe needs JavaScript, so it runs in the other journeys. */
@BrowserTest
class NoJavaScriptJourneyTest extends BrowserJourney {

    @Test
    void admin_creates_a_unit_with_javascript_turned_off() {
        String unitName = "Sørbyen barnehage " + UUID.randomUUID().toString().substring(0, 8);
        Page page = browser.newPage(port, options -> options.setJavaScriptEnabled(false));
        page.navigate("/login");
        page.getByLabel("Brukernavn").fill("admin");
        page.getByLabel("Passord").fill("demo");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Logg inn")).click();
        page.waitForURL("**/");
        Browser.mainMenuLink(page, "Tjenester").click();
        Browser.link(page, "Ny tjeneste").click();
        page.waitForURL("**/admin/units/new");

        // Sent empty, the form comes back with the error summary and the message at the field.
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lagre")).click();
        Locator summary = page.locator("[data-error-summary]");
        assertThat(summary).containsText("Skriv inn navnet på tjenesten");
        assertThat(page.locator("#name-error")).hasText("Skriv inn navnet på tjenesten");
        // Proof that scripts are off: laget.js would have moved focus to the summary.
        assertThat(summary).not().isFocused();

        // Filled in, it saves and the list shows the unit.
        page.getByLabel("Navn på tjenesten").fill(unitName);
        page.getByLabel("Type tjeneste").selectOption(new SelectOption().setLabel("Barnehage"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lagre")).click();

        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Tjenesten «" + unitName + "» er lagret.");
        assertThat(page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText(unitName)))
                .containsText("Barnehage");
        assertThat(page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText(unitName)))
                .containsText("Aktiv");
    }
}
