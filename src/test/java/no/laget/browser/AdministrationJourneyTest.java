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
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

@BrowserTest
class AdministrationJourneyTest {

    @RegisterExtension
    static final Browser browser = new Browser();

    @LocalServerPort
    int port;

    @Test
    void admin_creates_a_unit_and_an_employee_who_then_logs_in() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String unitName = "Nordbyen skole " + suffix;
        String employeeName = "Kari Nordmann " + suffix;
        String username = "kari-" + suffix;
        String password = "Korrekt-hest-" + suffix;
        Page page = browser.newPage(port);

        // The administrator logs in.
        page.navigate("/login");
        browser.assertAccessible(page);
        page.getByLabel("Brukernavn").fill("admin");
        page.getByLabel("Passord").fill("demo");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Logg inn")).click();
        page.waitForURL("**/");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText(Pattern.compile("^Hei, "));
        browser.assertAccessible(page);

        // A unit form sent empty is refused with an error summary that takes focus and leads to the field.
        mainNav(page).getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Tjenester")).click();
        page.waitForURL("**/admin/units");
        browser.assertAccessible(page);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ny tjeneste")).click();
        page.waitForURL("**/admin/units/new");
        browser.assertAccessible(page);
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
        mainNav(page).getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Ansatte")).click();
        page.waitForURL("**/admin/employees");
        browser.assertAccessible(page);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ny ansatt")).click();
        page.waitForURL("**/admin/employees/new");
        browser.assertAccessible(page);
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
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Logg ut")).click();
        page.waitForURL("**/login?utlogget");
        assertThat(page.getByText("Du er logget ut.")).isVisible();
        browser.assertAccessible(page);

        // The new employee logs in, lands on their cases and deadlines, and sees their name and unit.
        page.getByLabel("Brukernavn").fill(username);
        page.getByLabel("Passord").fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Logg inn")).click();
        page.waitForURL("**/mine-frister");

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Mine saker og frister");
        assertThat(page.getByRole(AriaRole.BANNER)).containsText(employeeName);
        assertThat(page.getByRole(AriaRole.BANNER)).containsText(unitName);
        assertThat(mainNav(page).getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Tjenester")))
                .hasCount(0);
        browser.assertAccessible(page);
    }

    private static Locator mainNav(Page page) {
        return page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Hovedmeny"));
    }

    private static void save(Page page) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lagre")).click();
    }
}
