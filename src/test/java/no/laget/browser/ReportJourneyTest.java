package no.laget.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import no.laget.report.internal.ReportDelivery;
import no.laget.support.BestInterestNotesFixture;
import no.laget.support.Browser;
import no.laget.support.BrowserTest;
import no.laget.support.TestChildren;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A teacher reports a concern (getting one field wrong first), sees it delivered on "Mine meldinger", and child
 * welfare finds it in the intake with its clocks and records the review.
 */
@BrowserTest
class ReportJourneyTest extends BrowserJourney {

    @Autowired
    ReportDelivery delivery;

    @Test
    void a_teacher_reports_a_concern_and_child_welfare_reviews_it() {
        String familyName = TestChildren.familyName();
        String number = TestChildren.tenorNumberFor(3, 9, 2015);
        Page page = browser.newPage(port);

        browser.logIn(page, "laerer");
        browser.clickTo(page, Browser.mainMenuLink(page, "Bekymret for et barn?"), "**/bekymret");
        page.getByRole(AriaRole.MAIN).getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Send bekymringsmelding")).click();
        page.waitForURL("**/reports/new");
        assertThat(page.locator("h1")).hasText("Send bekymringsmelding");
        assertThat(page.getByLabel("Tjenesten du jobber i")).hasValue("Gimle skole");
        browser.assertAccessible(page);

        page.getByLabel("Rollen din").fill("Kontaktlærer");
        page.getByLabel("Telefonnummeret ditt").fill("69 17 00 00");
        page.getByLabel("E-postadressen din").fill("laerer+bekymring@halden.kommune.no");
        page.getByLabel("Fødselsnummer").fill(number);
        page.getByLabel("Fornavn").fill("Sofie");
        page.getByLabel("Etternavn").fill(familyName);
        page.getByLabel("Adressen til barnet").fill("Storgata 1, 1771 Halden");
        page.locator("[id='children[0].told-false']").check();
        page.locator("[id='children[0].notToldReason']").fill("Barnet ba meg vente");
        page.getByLabel("Navn på foresatt").fill("Mor " + familyName);
        page.locator("[id='guardians[0].told']").check();
        page.getByLabel("Mishandling eller alvorlig omsorgssvikt").check();
        page.getByLabel("Hva er du bekymret for?").fill("Sofie har hatt blåmerker flere ganger denne måneden.");
        page.getByLabel("Historikk").fill("Bekymret siden august.");
        page.locator("[id='interpreterNeeded-false']").check();
        BestInterestNotesFixture.fill(page, "bestInterest");
        Browser.button(page, "Send meldingen").click();

        // The e-mail address has a + the national format refuses: one message, everything else kept.
        Locator summary = page.locator("[data-error-summary]");
        assertThat(summary).isFocused();
        assertThat(page).hasTitle(Pattern.compile("^Feil: "));
        assertThat(summary.getByRole(AriaRole.LINK)).hasText(new String[] {
                "Skriv e-postadressen slik: navn@kommune.no (bare bokstaver, sifre, punktum, bindestrek og understrek før @)"});
        assertThat(page.getByLabel("E-postadressen din")).hasAttribute("aria-invalid", "true");
        assertThat(page.getByLabel("Etternavn")).hasValue(familyName);
        assertThat(page.getByLabel("Hva er du bekymret for?")).hasValue("Sofie har hatt blåmerker flere ganger denne måneden.");
        browser.assertAccessible(page);

        page.getByLabel("E-postadressen din").fill("laerer@halden.kommune.no");
        Browser.button(page, "Send meldingen").click();
        page.waitForURL("**/reports/mine");
        assertThat(page.getByRole(AriaRole.MAIN)).containsText("sendes til barnevernet nå");
        assertThat(page.getByRole(AriaRole.MAIN)).containsText("Lagret, ikke levert ennå");
        browser.assertAccessible(page);

        delivery.deliverDue();
        page.reload();
        Locator row = page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText("Sofie " + familyName));
        assertThat(row).containsText("Levert til barnevernet");
        browser.assertAccessible(page);
        browser.logOut(page);

        browser.logIn(page, "barnevern");
        Browser.mainMenuLink(page, "Meldinger til barnevernet").click();
        page.waitForURL("**/intake");
        Locator received = page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText("Sofie " + familyName));
        assertThat(received).containsText("Ikke vurdert");
        assertThat(received).containsText("Gjennomgå meldingen (en uke)");
        browser.assertAccessible(page);

        received.getByRole(AriaRole.LINK).click();
        page.waitForURL(Pattern.compile(".*/intake/\\d+$"));
        assertThat(page.locator("[data-clock='REPORT_REVIEW']")).containsText("7 dager igjen");
        assertThat(page.locator("[data-clock='REPORT_CONFIRMATION']")).containsText("21 dager igjen");
        assertThat(page.getByRole(AriaRole.MAIN)).containsText("Sofie har hatt blåmerker flere ganger denne måneden.");
        browser.assertAccessible(page);

        page.getByLabel("Åpne undersøkelse").check();
        BestInterestNotesFixture.fill(page, "bestInterest");
        Browser.button(page, "Registrer vurderingen").click();
        page.waitForURL(Pattern.compile(".*/intake/\\d+$"));
        assertThat(page.getByRole(AriaRole.MAIN)).containsText("Vurderingen er registrert.");
        assertThat(page.locator("[data-clock='REPORT_REVIEW']")).containsText("Gjort");
        assertThat(page.locator("[data-clock='REPORT_INVESTIGATION']")).isVisible();
        browser.assertAccessible(page);
    }

    /** axe needs JavaScript, so this journey checks by hand what the other one leaves to it (see NoJavaScriptJourneyTest). */
    @Test
    void with_javascript_off_a_second_child_is_added_by_a_plain_submit_button_keeping_what_was_typed() {
        String familyName = TestChildren.familyName();
        Page page = browser.newPage(port, options -> options.setJavaScriptEnabled(false));
        page.navigate("/login");
        page.getByLabel("Brukernavn").fill("laerer");
        page.getByLabel("Passord").fill("demo");
        Browser.button(page, "Logg inn").click();
        page.waitForURL("**/mine-frister");
        page.navigate("/reports/new");

        page.getByLabel("Fornavn").fill("Første");
        page.getByLabel("Etternavn").fill(familyName);
        page.getByLabel("Hva er du bekymret for?").fill("Skrevet før barn nummer to");
        Browser.button(page, "Legg til barn").click();

        assertThat(page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("Barn 2"))).isVisible();
        assertThat(page.locator("[id='children[0].givenName']")).hasValue("Første");
        assertThat(page.locator("[id='children[0].familyName']")).hasValue(familyName);
        assertThat(page.locator("[id='children[1].givenName']")).hasValue("");
        assertThat(page.getByLabel("Hva er du bekymret for?")).hasValue("Skrevet før barn nummer to");
        assertThat(page.locator("[data-error-summary]")).hasCount(0);

        Browser.button(page, "Legg til foresatt").click();
        assertThat(page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("Foresatt 2"))).isVisible();
        assertThat(page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("Barn 2"))).isVisible();
    }

}
