package no.laget.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import no.laget.support.BrowserTest;

import org.junit.jupiter.api.Test;

@BrowserTest
class LoginFailureJourneyTest extends BrowserJourney {

    @Test
    void a_wrong_password_shows_the_generic_message_and_keeps_the_typed_username() {
        // An unknown account of its own, so that the login throttle counts this failure against no one else.
        String username = "ukjent-" + UUID.randomUUID().toString().substring(0, 8);
        Page page = browser.newPage(port);
        page.navigate("/login");
        browser.assertAccessible(page);

        page.getByLabel("Brukernavn").fill(username);
        page.getByLabel("Passord").fill("feil-passord");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Logg inn")).click();

        page.waitForURL("**/login?feil");
        assertThat(page.getByRole(AriaRole.MAIN)).containsText("Brukernavnet eller passordet stemmer ikke");
        assertThat(page.getByLabel("Brukernavn")).hasValue(username);
        assertThat(page.getByLabel("Brukernavn")).hasAccessibleDescription(
                Pattern.compile("^Brukernavnet eller passordet stemmer ikke"));
        assertThat(page.getByLabel("Passord")).isEmpty();
        browser.assertAccessible(page);
    }
}
