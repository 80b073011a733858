package no.laget.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;

import no.laget.support.Browser;
import no.laget.support.BrowserTest;

import org.junit.jupiter.api.Test;

/**
 * A child, its guardians and a consent, seen from both sides of the access door: the health station that
 * serves the child records what the family agreed to, and the school sees exactly that and no more.
 *
 * <p>The application reads the client address from the connection only (no forwarded headers), so every login
 * here comes from the same local address; all of them succeed, so the login throttle counts nothing.
 */
@BrowserTest
class ConsentJourneyTest extends BrowserJourney {

    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    private static final Pattern CHILD_PAGE = Pattern.compile(".*/children/(\\d+)$");

    private static final String CONSENT_BASIS =
            "Du har tilgang fordi familien har samtykket til at tjenesten din får disse opplysningene.";
    private static final String CATEGORY_NOT_GRANTED =
            "Du har ikke tilgang til denne typen opplysninger. Samtykket gjelder andre opplysninger.";
    private static final String WITHDRAWN = "Du har ikke tilgang lenger. Familien har trukket tilbake samtykket.";
    private static final String NO_CONSENT =
            "Du har ikke tilgang. Familien har ikke samtykket til at tjenesten din får disse opplysningene.";

    @Test
    void a_nurse_registers_a_child_and_records_consent_and_the_teacher_sees_only_what_was_granted() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String givenName = "Selma";
        String familyName = "Samtykkesen-" + suffix;
        String childName = givenName + " " + familyName;
        String mother = "Mona Samtykkesen " + suffix;
        String father = "Frode Samtykkesen " + suffix;
        LocalDate today = LocalDate.now(OSLO);
        String purpose = "Samarbeid om helse og trivsel ved skolestart " + suffix;
        // The nurse logs in and opens the registration form from the menu.
        Page page = browser.signedIn(port, "helsesykepleier");
        browser.clickTo(page, Browser.mainMenu(page).getByRole(AriaRole.LINK,
                new Locator.GetByRoleOptions().setName("Barn").setExact(true)), "**/children");
        page.getByRole(AriaRole.MAIN).getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Registrer barn")).click();
        page.waitForURL("**/children/new");
        assertThat(heading(page)).hasText("Registrer barn");
        browser.assertAccessible(page);

        // Sent empty, the form is refused with a summary that takes focus and a message next to each field.
        Browser.button(page, "Registrer").click();
        Locator summary = page.locator("[data-error-summary]");
        assertThat(summary).isFocused();
        assertThat(page).hasTitle(Pattern.compile("^Feil: "));
        assertThat(summary.getByRole(AriaRole.LINK)).hasText(new String[] {
                "Velg hvorfor barnet ikke har fødselsnummer, eller skriv inn fødselsnummeret",
                "Skriv kort hvorfor barnet ikke har fødselsnummer",
                "Skriv inn fornavnet til barnet", "Skriv inn etternavnet til barnet",
                "Skriv inn fødselsdatoen til barnet", "Skriv hvorfor tjenesten din skal gi barnet tjenester"});
        assertThat(page.getByLabel("Fornavn")).hasAttribute("aria-invalid", "true");
        assertThat(page.getByLabel("Fornavn")).hasAccessibleDescription("Skriv inn fornavnet til barnet");
        assertThat(page.locator("#givenName-error")).hasText("Skriv inn fornavnet til barnet");
        assertThat(page.locator("#familyName-error")).hasText("Skriv inn etternavnet til barnet");
        assertThat(page.locator("#birthDate-error")).hasText("Skriv inn fødselsdatoen til barnet");
        assertThat(page.getByLabel("Fødselsdato", new Page.GetByLabelOptions().setExact(true)))
                .hasAccessibleDescription(Pattern.compile("Skriv inn fødselsdatoen til barnet"));
        assertThat(page.getByLabel("Fødselsnummer (valgfritt)")).not().hasAttribute("aria-invalid", "true");
        browser.assertAccessible(page);

        // Registered without an identity number (with the reason why), the receipt shows what was typed, and the
        // child is found in the search.
        page.getByLabel("Fornavn").fill(givenName);
        page.getByLabel("Etternavn").fill(familyName);
        page.getByLabel("Fødselsdato", new Page.GetByLabelOptions().setExact(true)).fill("2018-03-14");
        fillWithoutNumber(page);
        Browser.button(page, "Registrer").click();
        openRegisteredChild(page, familyName, childName);
        long childId = childIdOf(page);
        assertThat(heading(page)).hasText(childName);
        assertThat(page.getByRole(AriaRole.MAIN)).containsText("Ikke registrert");
        assertThat(page.getByRole(AriaRole.MAIN)).containsText("14.03.2018");
        assertThat(page.getByRole(AriaRole.MAIN)).containsText("Ingen foresatte er registrert.");
        assertThat(card(page, "HEALTH")).containsText("Du har tilgang fordi tjenesten din gir barnet tjenester.");
        browser.assertAccessible(page);

        // Two guardians, both with parental responsibility, one with a phone number.
        addGuardian(page, mother, "912 34 567");
        addGuardian(page, father, null);
        Locator guardians = page.getByRole(AriaRole.LIST, new Page.GetByRoleOptions().setName("Foresatte"));
        assertThat(guardians.getByRole(AriaRole.LISTITEM)).hasCount(2);
        assertThat(guardians).containsText(mother + " (har foreldreansvar) · 912 34 567");
        assertThat(guardians).containsText(father + " (har foreldreansvar)");
        browser.assertAccessible(page);

        // The consents page, still empty, and the form to record one.
        childActions(page).getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Samtykker")).click();
        page.waitForURL("**/children/" + childId + "/consents");
        assertThat(page.getByRole(AriaRole.MAIN)).containsText("Ingen samtykker er registrert.");
        browser.assertAccessible(page);
        Browser.link(page, "Registrer samtykke eller nei").click();
        page.waitForURL("**/children/" + childId + "/consents/new");
        assertThat(page.getByLabel("Alle foresatte med foreldreansvar")).isChecked();
        assertThat(page.getByLabel("Skriftlig, med underskrift")).isChecked();
        assertThat(page.getByLabel("Gjelder fra")).hasValue(today.toString());
        browser.assertAccessible(page);

        // Everything but the end date: refused, with the message at the field and what was typed kept.
        page.getByLabel(mother + " (har foreldreansvar)").check();
        page.getByLabel(father + " (har foreldreansvar)").check();
        page.getByLabel("Formål").fill(purpose);
        exactLabel(page, "Grunnopplysninger").check();
        exactLabel(page, "Helse").check();
        exactLabel(page, "Gimle skole").check();
        Browser.button(page, "Lagre").click();

        assertThat(page.locator("[data-error-summary]")).isFocused();
        assertThat(page.locator("[data-error-summary]").getByRole(AriaRole.LINK))
                .hasText(new String[] {"Skriv datoen samtykket gjelder til og med"});
        Locator validTo = page.getByLabel("Gjelder til og med");
        assertThat(validTo).hasAttribute("aria-invalid", "true");
        assertThat(validTo).hasAccessibleDescription(Pattern.compile("Skriv datoen samtykket gjelder til og med$"));
        assertThat(page.locator("#validTo-error")).hasText("Skriv datoen samtykket gjelder til og med");
        assertThat(page.getByLabel("Formål")).hasValue(purpose);
        assertThat(page.getByLabel(mother + " (har foreldreansvar)")).isChecked();
        assertThat(page.getByLabel(father + " (har foreldreansvar)")).isChecked();
        assertThat(exactLabel(page, "Grunnopplysninger")).isChecked();
        assertThat(exactLabel(page, "Helse")).isChecked();
        assertThat(exactLabel(page, "Barnehage og skole")).not().isChecked();
        assertThat(exactLabel(page, "Gimle skole")).isChecked();
        assertThat(page.getByLabel("Alle foresatte med foreldreansvar")).isChecked();
        assertThat(page.getByLabel("Skriftlig, med underskrift")).isChecked();
        assertThat(page.getByLabel("Gjelder fra")).hasValue(today.toString());
        browser.assertAccessible(page);

        // With the end date a year ahead the consent is recorded and holds.
        validTo.fill(today.plusYears(1).toString());
        Browser.button(page, "Lagre").click();
        page.waitForURL("**/children/" + childId + "/consents");
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Samtykket er lagret.");
        Locator consent = page.locator("article[data-consent]");
        assertThat(consent).hasCount(1);
        assertThat(consent.locator("strong")).hasText("Gjelder");
        assertThat(consent).containsText(purpose);
        assertThat(consent).containsText("Foresatte med foreldreansvar");
        assertThat(grantRow(consent, "Grunnopplysninger")).containsText("Gimle skole");
        assertThat(grantRow(consent, "Helse")).containsText("Gimle skole");
        browser.assertAccessible(page);

        // The teacher finds the child and sees basic and health data on the family's consent, nothing else.
        browser.logOut(page);
        browser.logIn(page, "laerer");
        browser.clickTo(page, Browser.mainMenu(page).getByRole(AriaRole.LINK,
                new Locator.GetByRoleOptions().setName("Barn").setExact(true)), "**/children");
        page.getByLabel("Søk etter navn").fill(childName);
        Browser.button(page, "Søk").click();
        page.waitForURL("**/children?q=**");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("1 treff"))).isVisible();
        browser.assertAccessible(page);
        Browser.link(page, childName).click();
        page.waitForURL("**/children/" + childId);
        assertThat(heading(page)).hasText(childName);
        assertThat(card(page, "BASIC")).containsText(CONSENT_BASIS);
        assertThat(card(page, "HEALTH")).containsText(CONSENT_BASIS);
        // The school has a live consent, so the other categories are refused as not part of it. EDUCATION is the
        // school's own category, but the school does not serve this child, so it too needs the family's consent.
        for (String category : new String[] {"PPT", "CHILD_WELFARE", "NAV", "EDUCATION", "RELAY_LOG"}) {
            assertThat(card(page, category)).containsText(CATEGORY_NOT_GRANTED);
            assertThat(card(page, category)).not().containsText("Du har tilgang");
        }
        browser.assertAccessible(page);

        // The nurse records that the family withdrew health data for the school.
        browser.logOut(page);
        browser.logIn(page, "helsesykepleier");
        page.navigate("/children/" + childId + "/consents");
        assertThat(consent.locator("strong")).hasText("Gjelder");
        browser.assertAccessible(page);
        browser.clickTo(page, Browser.link(page, "Trekk tilbake"), "**/consents/*/withdrawal");
        page.getByLabel("Bare noe av det").check();
        page.getByLabel("Helse – Gimle skole").check();
        page.getByLabel("Hvem trekker samtykket tilbake?").fill(mother);
        Browser.button(page, "Trekk tilbake").click();
        page.waitForURL("**/children/" + childId + "/consents");
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Samtykket er trukket tilbake. Deling stopper fra nå.");
        assertThat(consent.locator("strong")).hasText("Gjelder delvis: noe er trukket tilbake");
        assertThat(grantRow(consent, "Helse")).containsText("Trukket tilbake av " + mother);
        assertThat(grantRow(consent, "Grunnopplysninger")).not().containsText("Trukket tilbake");
        browser.assertAccessible(page);

        // The teacher has lost health data at once, keeps basic data, and can see who has looked.
        browser.logOut(page);
        browser.logIn(page, "laerer");
        page.navigate("/children/" + childId);
        assertThat(card(page, "HEALTH")).containsText(WITHDRAWN);
        assertThat(card(page, "BASIC")).containsText(CONSENT_BASIS);
        assertThat(card(page, "EDUCATION")).containsText(CATEGORY_NOT_GRANTED);
        browser.assertAccessible(page);
        childActions(page).getByRole(AriaRole.LINK,
                new Locator.GetByRoleOptions().setName("Hvem har sett opplysningene")).click();
        page.waitForURL("**/children/" + childId + "/access-log");
        assertThat(heading(page)).hasText("Hvem har sett opplysningene om " + childName);
        Locator rows = page.getByRole(AriaRole.TABLE).locator("tbody tr");
        // the teacher reads her own share of the log: that the health station looked is not the school's to see
        assertThat(rows.filter(new Locator.FilterOptions().setHasText("Hanne Prøvesen"))).hasCount(0);
        Locator teachersRows = rows.filter(new Locator.FilterOptions().setHasText("Lise Testrud"));
        assertThat(teachersRows.filter(new Locator.FilterOptions().setHasText("Helse (lest"))
                .filter(new Locator.FilterOptions().setHasText("Avvist")).first()).isVisible();
        assertThat(teachersRows.filter(new Locator.FilterOptions().setHasText("Grunnopplysninger (lest"))
                .filter(new Locator.FilterOptions().setHasText("Gitt")).first()).isVisible();
        browser.assertAccessible(page);
    }

    @Test
    void a_teacher_without_consent_cannot_open_the_child_and_is_told_why() {
        String childName = "Tor Utensamtykke-" + UUID.randomUUID().toString().substring(0, 8);
        // The nurse registers a child and records no consent.
        Page page = browser.openAs(port, "helsesykepleier", "/children/new");
        page.getByLabel("Fornavn").fill("Tor");
        page.getByLabel("Etternavn").fill(childName.substring("Tor ".length()));
        page.getByLabel("Fødselsdato", new Page.GetByLabelOptions().setExact(true)).fill("2017-09-02");
        fillWithoutNumber(page);
        Browser.button(page, "Registrer").click();
        openRegisteredChild(page, childName.substring("Tor ".length()), childName);
        long childId = childIdOf(page);
        browser.assertAccessible(page);
        browser.logOut(page);

        // The teacher goes straight to the child's address and is refused, in plain words.
        browser.logIn(page, "laerer");
        Response response = page.navigate("/children/" + childId);
        assertEquals(403, response.status());
        assertThat(heading(page)).hasText("Ingen tilgang");
        assertThat(page).hasTitle(Pattern.compile("^Ingen tilgang"));
        assertThat(page.getByRole(AriaRole.MAIN)).containsText(NO_CONSENT);
        assertThat(page.getByRole(AriaRole.MAIN)).not().containsText(childName);
        browser.assertAccessible(page);
    }

    /** Logs in from the login page the browser is on, and checks the start page. */

    /** From the child's page: the guardian form, and back to the child's page. */
    private static void addGuardian(Page page, String name, String phone) {
        browser.clickTo(page, Browser.link(page, "Legg til foresatt"), "**/guardians/new");
        page.getByLabel("Navn", new Page.GetByLabelOptions().setExact(true)).fill(name);
        if (phone != null) {
            page.getByLabel("Telefon (valgfritt)").fill(phone);
        }
        page.getByLabel("Ja, har foreldreansvar").check();
        Browser.button(page, "Lagre").click();
        page.waitForURL(CHILD_PAGE);
        assertThat(page.getByRole(AriaRole.MAIN)).containsText(name);
        browser.assertAccessible(page);
    }

    private static long childIdOf(Page page) {
        Matcher matcher = CHILD_PAGE.matcher(page.url());
        if (!matcher.matches()) {
            throw new AssertionError("Not a child's page: " + page.url());
        }
        return Long.parseLong(matcher.group(1));
    }

    private static Locator card(Page page, String category) {
        return page.locator("[data-category=\"" + category + "\"]");
    }

    private static Locator grantRow(Locator consent, String category) {
        return consent.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHas(
                consent.page().getByRole(AriaRole.CELL, new Page.GetByRoleOptions().setName(category).setExact(true))));
    }

    private static Locator exactLabel(Page page, String label) {
        return page.getByLabel(label, new Page.GetByLabelOptions().setExact(true));
    }

    private static Locator heading(Page page) {
        return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1));
    }

    private static Locator childActions(Page page) {
        return page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Mer om barnet"));
    }

    private static void fillWithoutNumber(Page page) {
        page.getByLabel("Barnet er nylig kommet til Norge og har ikke fått nummer").check();
        page.getByLabel("Forklar kort hvorfor barnet ikke har fødselsnummer").fill("Kom til Halden i august");
        page.getByLabel("Hvorfor skal tjenesten din gi barnet tjenester?").fill("Skolestartundersøkelse");
    }

    /** From the receipt (which shows only what was typed) to the child's page through the search. */
    private void openRegisteredChild(Page page, String familyName, String childName) {
        page.waitForURL("**/children/registrations/*");
        assertThat(heading(page)).hasText("Registreringen er mottatt");
        browser.assertAccessible(page);
        page.navigate("/children?q=" + familyName);
        browser.assertAccessible(page);
        Browser.link(page, childName).click();
        page.waitForURL(CHILD_PAGE);
    }
}
