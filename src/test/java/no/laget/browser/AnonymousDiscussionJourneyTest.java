package no.laget.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import no.laget.support.BrowserTest;

import org.junit.jupiter.api.Test;

@BrowserTest
class AnonymousDiscussionJourneyTest extends BrowserJourney {

    @Test
    void a_teacher_is_asked_to_confirm_a_text_that_looks_like_a_name_and_saves_it_once_confirmed() {
        String question = "Vi drøftet om Ulrikke Oppdiktet trenger mer støtte " + UUID.randomUUID().toString().substring(0, 8);
        Page page = browser.openAs(port, "laerer", "/anonymous-discussions/new");
        page.getByLabel("Hvem deltok?").fill("Kontaktlærer; helsesykepleier");
        page.getByLabel("Hva ble drøftet?").fill(question);
        page.getByLabel("Hvilke råd fikk dere?").fill("Snakk med eleven.");
        assertThat(page.getByLabel("Teksten inneholder ingen navn")).hasCount(0);
        save(page);

        assertThat(page).hasTitle(Pattern.compile("^Feil: "));
        assertThat(page.locator("[data-error-summary]")).isFocused();
        assertThat(page.getByLabel("Hva ble drøftet?")).hasValue(question);
        Locator confirm = page.getByLabel("Teksten inneholder ingen navn");
        assertThat(confirm).not().isChecked();
        browser.assertAccessible(page);

        confirm.check();
        save(page);
        page.waitForURL("**/anonymous-discussions");
        assertThat(page.getByText(question)).isVisible();
        browser.assertAccessible(page);
    }

    private static void save(Page page) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lagre drøftingen")).click();
    }
}
