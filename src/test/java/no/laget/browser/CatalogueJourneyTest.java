package no.laget.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;

import no.laget.support.Browser;
import no.laget.support.BrowserTest;

import org.junit.jupiter.api.Test;

/** "Hvem kan hjelpe?" for anyone, with and without JavaScript, and the staff who keep it. */
@BrowserTest
class CatalogueJourneyTest extends BrowserJourney {

    private static final String UTSETT = "Utsett – rusforebyggende program på ungdomsskolen";

    @Test
    void an_anonymous_visitor_with_javascript_turned_off_filters_the_list_and_opens_a_measure() {
        Page page = browser.newPage(port, options -> options.setJavaScriptEnabled(false));
        page.navigate("/hvem-kan-hjelpe");
        assertThat(heading(page)).hasText("Hvem kan hjelpe?");
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Logg ut"))).hasCount(0);

        filterForSubstanceUseAt15(page);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Vis tilbud")).click();

        page.waitForURL(Pattern.compile(".*tema=SUBSTANCE_USE.*"));
        Locator results = page.locator("#results");
        assertThat(results.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(UTSETT))).isVisible();
        assertThat(results.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Åpen barnehage"))).hasCount(0);
        assertThat(page.getByLabel("Alder", new Page.GetByLabelOptions().setExact(true))).hasValue("15");

        results.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(UTSETT)).click();
        page.waitForURL(Pattern.compile(".*/hvem-kan-hjelpe/\\d+$"));
        assertThat(heading(page)).hasText(UTSETT);
        assertThat(page.getByRole(AriaRole.MAIN)).containsText("13–16 år");
    }

    @Test
    void the_same_visit_with_javascript_updates_the_results_in_place_and_every_page_passes_axe() {
        Page page = browser.newPage(port);
        page.navigate("/hvem-kan-hjelpe");
        browser.assertAccessible(page);
        page.evaluate("() => { window.sameDocument = true; }");

        filterForSubstanceUseAt15(page);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Vis tilbud")).click();

        page.waitForURL(Pattern.compile(".*tema=SUBSTANCE_USE.*"));
        Locator results = page.locator("#results");
        assertThat(results.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Åpen barnehage"))).hasCount(0);
        assertThat((Boolean) page.evaluate("() => window.sameDocument === true")).isTrue();
        assertThat(results.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(UTSETT))).isVisible();
        assertThat(page.locator("#results-status")).hasText(Pattern.compile("\\d+ tilbud"));
        // htmx swapped the results into the same document and kept what the visitor typed
        assertThat(page.getByLabel("Alder", new Page.GetByLabelOptions().setExact(true))).hasValue("15");
        browser.assertAccessible(page);

        results.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(UTSETT)).click();
        page.waitForURL(Pattern.compile(".*/hvem-kan-hjelpe/\\d+$"));
        assertThat(heading(page)).hasText(UTSETT);
        browser.assertAccessible(page);
    }

    @Test
    void on_a_phone_the_filters_and_the_results_stand_in_one_column() {
        Page page = browser.newPage(port, options -> options.setViewportSize(375, 800));
        page.navigate("/hvem-kan-hjelpe");

        var form = page.getByRole(AriaRole.SEARCH).boundingBox();
        var results = page.locator("#results").boundingBox();
        assertThat(results.y).isGreaterThanOrEqualTo(form.y + form.height);
        assertThat(results.width).isGreaterThan(300);
        assertThat((Boolean) page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth")).isTrue();
        browser.assertAccessible(page);
    }

    @Test
    void municipal_staff_create_a_measure_after_one_mistake_and_the_public_finds_it() {
        String name = "Sommerleir " + UUID.randomUUID().toString().substring(0, 8);
        Page page = browser.signedIn(port, "oppvekst");

        browser.clickTo(page, Browser.mainMenuLink(page, "Tiltaksoversikt"), "**/catalogue");
        browser.clickTo(page, Browser.link(page, "Nytt tiltak"), "**/catalogue/new");

        // Only the name: the summary takes focus and leads to each field.
        page.getByLabel("Navn på tiltaket").fill(name);
        save(page);
        Locator summary = page.locator("[data-error-summary]");
        assertThat(summary).isFocused();
        assertThat(page).hasTitle(Pattern.compile("^Feil: "));
        assertThat(summary.getByRole(AriaRole.LINK).first()).hasText("Skriv en beskrivelse av tiltaket");
        assertThat(page.getByLabel("Beskrivelse", new Page.GetByLabelOptions().setExact(true)))
                .hasAttribute("aria-invalid", "true");
        assertThat(page.getByLabel("Navn på tiltaket")).hasValue(name);
        browser.assertAccessible(page);

        page.getByLabel("Beskrivelse", new Page.GetByLabelOptions().setExact(true))
                .fill("En uke med bading, padling og leirbål for barn i sommerferien.");
        page.getByLabel("Kommunens tjeneste").selectOption(new SelectOption().setLabel("Familiens hus"));
        page.getByLabel("For alle", new Page.GetByLabelOptions().setExact(true)).check();
        page.getByLabel("Fra alder").fill("8");
        page.getByLabel("Til alder").fill("12");
        page.getByLabel("Fritid", new Page.GetByLabelOptions().setExact(true)).check();
        page.getByLabel("Ja, det er gratis").check();
        page.getByLabel("Du kan ta kontakt selv").check();
        page.getByLabel("Kontakt", new Page.GetByLabelOptions().setExact(true)).fill("Familiens hus, tlf. 69 17 00 00");
        save(page);

        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Tiltaket «" + name + "» er lagret.");
        assertThat(page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText(name)))
                .containsText("8–12 år");
        browser.assertAccessible(page);

        page.navigate("/hvem-kan-hjelpe?q=" + name.replace(' ', '+'));
        Locator card = page.locator("#results").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(name));
        assertThat(card).isVisible();
        browser.assertAccessible(page);
        card.click();
        page.waitForURL(Pattern.compile(".*/hvem-kan-hjelpe/\\d+$"));
        assertThat(page.getByRole(AriaRole.MAIN)).containsText("Familiens hus, tlf. 69 17 00 00");
        browser.assertAccessible(page);
    }

    private static void filterForSubstanceUseAt15(Page page) {
        page.getByLabel("Tema", new Page.GetByLabelOptions().setExact(true)).selectOption(new SelectOption().setLabel("Rus"));
        page.getByLabel("Alder", new Page.GetByLabelOptions().setExact(true)).fill("15");
        page.getByLabel("Bare gratis tilbud").check();
    }

    private static Locator heading(Page page) {
        return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1));
    }

    private static void save(Page page) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lagre")).click();
    }
}
