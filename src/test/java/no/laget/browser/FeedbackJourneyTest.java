package no.laget.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;

import no.laget.support.Browser;
import no.laget.support.BrowserTest;

import org.junit.jupiter.api.Test;

/**
 * An employee makes a feedback link; a parent opens it on a phone. The form is axe-clean, and it is answered
 * with JavaScript turned off (axe needs JavaScript, so that part checks the result in words).
 */
@BrowserTest
class FeedbackJourneyTest extends BrowserJourney {

    @Test
    void an_employee_makes_a_link_and_a_parent_answers_on_a_phone_without_javascript() {
        Page staff = browser.signedIn(port, "helsesykepleier");
        // The form is opened from a meeting or a measure on the case page (NavigationTest checks those links).
        staff.navigate("/feedback");
        browser.assertAccessible(staff);
        staff.getByLabel("Tjeneste").selectOption(new SelectOption().setLabel("Helsestasjonen, Familiens hus"));
        staff.getByLabel("Et møte").check();
        Browser.button(staff, "Lag lenke").click();
        assertThat(staff.getByRole(AriaRole.STATUS)).containsText("Helsestasjonen, Familiens hus");
        browser.assertAccessible(staff);
        String link = staff.locator("[data-feedback-link]").getAttribute("href");
        String path = link.substring(link.indexOf("/tilbakemelding/"));

        // The form on a phone, with JavaScript: axe-clean.
        Page phone = browser.newPage(port, options -> options.setViewportSize(375, 740).setIsMobile(true));
        phone.navigate(path);
        assertThat(phone.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Hva syntes du?"))).isVisible();
        browser.assertAccessible(phone);

        // Answered with JavaScript off: the plain form, its messages, and the thanks.
        Page plain = browser.newPage(port, options -> options.setJavaScriptEnabled(false).setViewportSize(375, 740));
        plain.navigate(path);
        Browser.button(plain, "Send svaret").click();
        Locator summary = plain.locator("[data-error-summary]");
        assertThat(summary).containsText("Velg hvem som svarer.");
        assertThat(plain.locator("#heard-error")).hasText("Velg hvor godt du ble hørt.");
        assertThat(summary).not().isFocused(); // proof that scripts are off

        plain.getByLabel("Jeg er forelder eller foresatt").check();
        plain.locator("#heard-4").check();
        plain.locator("#useful-5").check();
        plain.getByLabel("Hva kan vi gjøre bedre?").fill("Gjerne kortere ventetid.");
        Browser.button(plain, "Send svaret").click();
        assertThat(plain.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Takk for svaret"))).isVisible();

        // The link is used up.
        plain.navigate(path);
        assertThat(plain.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Lenken virker ikke"))).isVisible();
    }
}
