package no.laget.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;

import no.laget.support.Browser;
import no.laget.support.BrowserTest;

import org.junit.jupiter.api.Test;

@BrowserTest
class AdministrationJourneyTest extends BrowserJourney {

    @Test
    void admin_creates_a_unit_and_an_employee_who_then_logs_in() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String unitName = "Nordbyen skole " + suffix;
        String employeeName = "Kari Nordmann " + suffix;
        String username = "kari-" + suffix;
        String password = "Korrekt-hest-" + suffix;

        // The administrator logs in.
        Page page = browser.signedIn(port, "admin");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText(Pattern.compile("^Hei, "));

        // A unit form sent empty is refused with an error summary that takes focus and leads to the field.
        browser.clickTo(page, Browser.mainMenuLink(page, "Tjenester"), "**/admin/units");
        browser.clickTo(page, Browser.link(page, "Ny tjeneste"), "**/admin/units/new");
        save(page);

        Locator summary = page.locator("[data-error-summary]");
        assertThat(summary).isFocused();
        assertThat(page).hasTitle(Pattern.compile("^Feil: "));
        Locator nameInput = page.getByLabel("Navn på tjenesten");
        assertThat(nameInput).hasAttribute("aria-invalid", "true");
        assertThat(nameInput).hasAccessibleDescription("Skriv inn navnet på tjenesten");
        assertThat(page.locator("#name-error")).hasText("Skriv inn navnet på tjenesten");
        Locator toName = summary.getByRole(AriaRole.LINK,
                new Locator.GetByRoleOptions().setName("Skriv inn navnet på tjenesten"));
        assertThat(toName).hasAttribute("href", "#name");
        browser.assertAccessible(page);
        toName.click();
        assertThat(nameInput).isFocused();

        // The unit is created.
        nameInput.fill(unitName);
        page.getByLabel("Type tjeneste").selectOption(new SelectOption().setLabel("Skole"));
        save(page);
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Tjenesten «" + unitName + "» er lagret.");
        assertThat(page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText(unitName)))
                .containsText("Skole");
        browser.assertAccessible(page);

        // An employee in that unit, first with too short a starting password.
        browser.clickTo(page, Browser.mainMenuLink(page, "Ansatte"), "**/admin/employees");
        browser.clickTo(page, Browser.link(page, "Ny ansatt"), "**/admin/employees/new");
        page.getByLabel("Navn", new Page.GetByLabelOptions().setExact(true)).fill(employeeName);
        page.getByLabel("Brukernavn").fill(username);
        page.getByLabel("E-post").fill(username + "@halden.kommune.no");
        page.getByLabel("Tjeneste", new Page.GetByLabelOptions().setExact(true))
                .selectOption(new SelectOption().setLabel(unitName));
        page.getByLabel("Ansatt", new Page.GetByLabelOptions().setExact(true)).check();
        page.getByLabel("Startpassord").fill("for-kort-11");
        save(page);

        assertThat(page.locator("[data-error-summary]")).isFocused();
        assertThat(page.getByLabel("Startpassord")).hasAccessibleDescription(
                Pattern.compile("Startpassordet må ha minst 12 tegn"));
        assertThat(page.locator("#password-error")).hasText("Startpassordet må ha minst 12 tegn");
        assertThat(page.getByLabel("Startpassord")).isEmpty();
        assertThat(page.getByLabel("Brukernavn")).hasValue(username);
        browser.assertAccessible(page);

        page.getByLabel("Startpassord").fill(password);
        save(page);
        assertThat(page.getByRole(AriaRole.STATUS)).hasText(employeeName + " er lagret.");
        Locator row = page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText(username));
        assertThat(row).containsText(employeeName);
        assertThat(row).containsText(unitName);
        assertThat(row).containsText("Ansatt");
        assertThat(row).containsText("Aktiv");
        browser.assertAccessible(page);

        // The administrator logs out.
        browser.logOut(page);

        // The new employee logs in, lands on their cases and deadlines, and sees their name and unit.
        page.getByLabel("Brukernavn").fill(username);
        page.getByLabel("Passord").fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Logg inn")).click();
        page.waitForURL("**/mine-frister");

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Mine saker og frister");
        assertThat(page.getByRole(AriaRole.BANNER)).containsText(employeeName);
        assertThat(page.getByRole(AriaRole.BANNER)).containsText(unitName);
        assertThat(Browser.mainMenuLink(page, "Tjenester")).hasCount(0);
        browser.assertAccessible(page);
    }

    private static void save(Page page) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lagre")).click();
    }
}
