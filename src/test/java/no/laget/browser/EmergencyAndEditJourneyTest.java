package no.laget.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import no.laget.child.IdentityNumber;
import no.laget.support.Browser;
import no.laget.support.BrowserTest;

import org.junit.jupiter.api.Test;

/**
 * The pages around the door that the consent journey does not visit: emergency access and its review,
 * editing a child's basic data and ending a service. Uses the demo children, whose numbers are made by
 * {@link IdentityNumber#syntheticFor} from fixed seeds.
 */
@BrowserTest
class EmergencyAndEditJourneyTest extends BrowserJourney {

    @Test
    void a_kindergarten_employee_breaks_the_glass_and_her_leader_reviews_it() {
        String noah = IdentityNumber.syntheticFor(LocalDate.of(2015, 9, 1), 604).value();
        Page page = browser.signedIn(port, "ansatt");

        page.navigate("/children/emergency");
        browser.assertAccessible(page);
        page.getByLabel("Barnets fødselsnummer").fill(noah);
        page.getByLabel("Hvorfor trenger du tilgang nå?").fill("Akutt");
        Browser.button(page, "Åpne nødtilgang").click();
        assertThat(page.locator("[data-error-summary]")).isFocused();
        assertThat(page.locator("#reason-error")).containsText("Skriv begrunnelsen som en hel setning");
        browser.assertAccessible(page);

        page.getByLabel("Hvorfor trenger du tilgang nå?")
                .fill("Noah er hentet av en ukjent voksen og vi trenger foresattes telefonnummer nå");
        Browser.button(page, "Åpne nødtilgang").click();
        page.waitForURL("**/children/*");
        assertThat(page.locator("[data-category=HEALTH]")).containsText("Du har nødtilgang");
        browser.assertAccessible(page);
        browser.logOut(page);

        browser.logIn(page, "leder");
        Browser.navigationLink(page, "Gjennomgå nødtilgang").click();
        page.waitForURL("**/emergency-reviews");
        Locator row = page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions()
                .setHasText("Noah er hentet av en ukjent voksen"));
        assertThat(row).containsText("Ingrid Demodatter");
        browser.assertAccessible(page);
        row.getByRole(AriaRole.BUTTON).click();
        page.waitForURL("**/emergency-reviews");
        assertThat(page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions()
                .setHasText("Noah er hentet av en ukjent voksen")).first()).containsText("Gjennomgått");
        browser.assertAccessible(page);
    }

    @Test
    void the_health_station_edits_basic_data_and_sees_the_form_to_end_its_service() {
        Page page = browser.openAs(port, "helsesykepleier", "/children?q=Fiktivsen");
        browser.clickTo(page, Browser.link(page, "Emma Fiktivsen"), "**/children/*");

        browser.clickTo(page, Browser.link(page, "Endre grunnopplysninger"), "**/edit");
        page.getByLabel("Fornavn").fill("");
        Browser.button(page, "Lagre").click();
        assertThat(page.locator("#givenName-error")).hasText("Skriv inn fornavnet til barnet");
        browser.assertAccessible(page);
        page.getByLabel("Fornavn").fill("Emma");
        Browser.button(page, "Lagre").click();
        page.waitForURL("**/children/*");

        page.locator("summary").filter(new Locator.FilterOptions().setHasText("Barnet får ikke lenger tjenester hos oss")).click();
        assertThat(page.getByLabel("Siste dag barnet får tjenester hos oss")).isVisible();
        browser.assertAccessible(page);
    }

}
