package no.laget.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import no.laget.support.Browser;
import no.laget.support.BrowserTest;

import org.junit.jupiter.api.Test;

/**
 * The emergency card from both sides: child welfare records a use (first with an amount above the limit, which is
 * refused next to the field with everything typed kept), then NAV finds it on the ledger and records its decision.
 */
@BrowserTest
class EmergencyCardJourneyTest extends BrowserJourney {

    private static final String ABOVE_LIMIT =
            "Beløpet er over grensen for én nødsituasjon. Større beløp må NAV behandle som en søknad";

    @Test
    void child_welfare_records_a_use_after_a_refusal_and_nav_records_its_decision() {
        String receipt = "KV-" + UUID.randomUUID().toString().substring(0, 8);
        String recipient = "Sak 2026/" + UUID.randomUUID().toString().substring(0, 4);
        Page page = browser.newPage(port);

        browser.logIn(page, "barnevern");
        Browser.mainMenuLink(page, "Kronekort").click();
        page.waitForURL(Pattern.compile(".*/nav/kronekort/\\d+$"));
        assertThat(heading(page)).hasText("Kronekort barneverntjenesten");
        browser.assertAccessible(page);

        Browser.link(page, "Registrer bruk").click();
        page.waitForURL("**/bruk/ny");
        assertThat(heading(page)).hasText("Registrer bruk av kronekortet");
        browser.assertAccessible(page);

        // Above the limit: refused at the field, the summary takes focus, nothing typed is lost.
        page.getByLabel("Mottaker (referanse)").fill(recipient);
        page.getByLabel("Hva hjelpen gjaldt").fill("Mat og bleier til helgen");
        page.getByLabel("Beløp i kroner").fill("1 750");
        page.getByLabel("Kvittering (nummer eller referanse)").fill(receipt);
        Browser.button(page, "Registrer bruk").click();
        Locator summary = page.locator("[data-error-summary]");
        assertThat(summary).isFocused();
        assertThat(page).hasTitle(Pattern.compile("^Feil: "));
        assertThat(summary.getByRole(AriaRole.LINK)).hasText(new String[] {ABOVE_LIMIT});
        assertThat(page.locator("#amount-error")).hasText(ABOVE_LIMIT);
        assertThat(page.getByLabel("Beløp i kroner")).hasAttribute("aria-invalid", "true");
        assertThat(page.getByLabel("Beløp i kroner")).hasAccessibleDescription(Pattern.compile(ABOVE_LIMIT));
        assertThat(page.getByLabel("Beløp i kroner")).hasValue("1 750");
        assertThat(page.getByLabel("Mottaker (referanse)")).hasValue(recipient);
        assertThat(page.getByLabel("Hva hjelpen gjaldt")).hasValue("Mat og bleier til helgen");
        assertThat(page.getByLabel("Kvittering (nummer eller referanse)")).hasValue(receipt);
        browser.assertAccessible(page);

        // Within the limit it is recorded and waits for NAV.
        page.getByLabel("Beløp i kroner").fill("749,50");
        Browser.button(page, "Registrer bruk").click();
        page.waitForURL(Pattern.compile(".*/nav/kronekort/\\d+$"));
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Bruken er registrert. NAV har fått en frist for vedtaket.");
        Locator row = useRow(page, receipt);
        assertThat(row).containsText("749,50 kr");
        assertThat(row).containsText(recipient);
        assertThat(row.locator("[data-status]")).containsText("Venter på vedtak");
        browser.assertAccessible(page);
        browser.logOut(page);

        // NAV opens the ledger, records the decision, and the use shows as approved.
        browser.logIn(page, "nav");
        browser.clickTo(page, Browser.mainMenuLink(page, "Kronekort"), Pattern.compile(".*/nav/kronekort/\\d+$"));
        useRow(page, receipt).getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Registrer vedtak " + receipt))
                .click();
        page.waitForURL("**/vedtak");
        assertThat(heading(page)).hasText("Vedtak om bruk av kronekortet");
        browser.assertAccessible(page);
        page.getByLabel("Godkjent").check();
        Browser.button(page, "Lagre vedtak").click();
        page.waitForURL(Pattern.compile(".*/nav/kronekort/\\d+$"));
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Vedtaket er registrert.");
        assertThat(useRow(page, receipt).locator("[data-status]")).containsText("Godkjent");
        assertThat(useRow(page, receipt).locator("[data-status]")).containsText("Nils Oppdiktet");
        browser.assertAccessible(page);
    }

    @Test
    void the_transition_and_agreement_pages_are_accessible_for_child_welfare_and_nav() {
        Page page = browser.signedIn(port, "barnevern");
        Browser.mainMenuLink(page, "Overgang til voksen").click();
        page.waitForURL("**/nav/overgang");
        assertThat(heading(page)).hasText("Overgang til voksen");
        browser.assertAccessible(page);
        page.getByLabel("Finn ungdom").fill("Sara");
        browser.clickTo(page, Browser.button(page, "Søk"), "**/nav/overgang?q=**");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(Pattern.compile("^Sara Oppdiktsdatter"))).click();
        page.waitForURL(Pattern.compile(".*/nav/overgang/barn/\\d+$"));
        assertThat(heading(page)).hasText("Overgang til voksen: Sara Oppdiktsdatter");
        browser.assertAccessible(page);
        browser.clickTo(page, Browser.link(page, "Registrer barnevernstiltak"), "**/tiltak");
        Browser.button(page, "Lagre").click();
        assertThat(page.locator("#description-error")).hasText("Skriv hvilket tiltak ungdommen har");
        browser.assertAccessible(page);

        browser.clickTo(page, Browser.mainMenuLink(page, "Samarbeidsavtaler"), "**/nav/avtaler");
        Browser.link(page, "Samarbeidsavtale barneverntjenesten og NAV")
                .first().click();
        page.waitForURL(Pattern.compile(".*/nav/avtaler/\\d+$"));
        assertThat(page.getByRole(AriaRole.MAIN)).containsText("NAV Halden-Aremark");
        browser.assertAccessible(page);
        browser.clickTo(page, Browser.link(page, "Registrer møte"), "**/moter");
        page.getByLabel("Samarbeidsmøte").check();
        page.getByLabel("Referat").fill("Drøftet saken til 01018012345");
        Browser.button(page, "Lagre").click();
        assertThat(page.locator("#minutes-error")).containsText("fødselsnummer");
        assertThat(page.getByLabel("Referat")).hasValue("Drøftet saken til 01018012345");
        browser.assertAccessible(page);
        browser.clickTo(page, Browser.link(page, "Avbryt"), Pattern.compile(".*/nav/avtaler/\\d+$"));
        browser.clickTo(page, page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(Pattern.compile("innspill"))),
                "**/innspill");
        browser.clickTo(page, Browser.link(page, "Avbryt"), Pattern.compile(".*/nav/avtaler/\\d+$"));
        browser.clickTo(page, Browser.link(page, "Registrer evaluering"), "**/evaluering");
        browser.logOut(page);

        browser.logIn(page, "nav");
        browser.clickTo(page, Browser.mainMenuLink(page, "Overgang til voksen"), "**/nav/overgang");
    }

    private static Locator useRow(Page page, String receipt) {
        return page.locator("tr[data-use]").filter(new Locator.FilterOptions().setHasText(receipt));
    }

    private static Locator heading(Page page) {
        return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1));
    }

}
