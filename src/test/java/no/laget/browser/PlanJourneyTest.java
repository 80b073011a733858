package no.laget.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;

import no.laget.support.Browser;
import no.laget.support.BrowserTest;

import org.junit.jupiter.api.Test;

/**
 * Municipal staff read in the figures for one of the plan's targets, follow up an action of Halden's plan and
 * open the annual report for the council; axe-clean after every page load.
 */
@BrowserTest
class PlanJourneyTest extends BrowserJourney {

    private static final String ACTION = "Utarbeide handlingsplan for barn/unge med skolevegring";

    @Test
    void municipal_staff_import_indicators_update_an_action_and_open_the_annual_report() {
        Page page = browser.signedIn(port, "oppvekst");

        // The plan's target for low income is indicator LAVINNTEKT_BARN: read in Halden's figures.
        browser.clickTo(page, Browser.navigationLink(page, "Statistikk"), "**/statistics");
        String csv = """
                indicator;region;period;value;unit;source;name
                LAVINNTEKT_BARN;0101;2016-2018;12,9;prosent;FHI;Barn i husholdninger med lav inntekt
                LAVINNTEKT_BARN;3001;2018-2020;12,7;prosent;FHI;Barn i husholdninger med lav inntekt
                LAVINNTEKT_BARN;3001;2019-2021;12,5;prosent;FHI;Barn i husholdninger med lav inntekt
                """;
        page.getByLabel("Fil").setInputFiles(new FilePayload("lavinntekt.csv", "text/csv",
                csv.getBytes(StandardCharsets.UTF_8)));
        page.getByLabel("Lagre radene som kan leses, og vis resten").check();
        Browser.button(page, "Les inn").click();
        assertThat(page.locator("[data-import-report]")).containsText("3 rader lest, 3 lagret, 0 avvist.");
        browser.assertAccessible(page);

        // The plan: areas, actions, and the overdue ones named in words.
        browser.clickTo(page, Browser.navigationLink(page, "Oppvekstplanen"), "**/plan");
        Browser.link(page, "Kommunedelplan oppvekst 2020–2032").click();
        page.waitForURL("**/plan/*");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("2. Forebyggende, tidlig og tverrfaglig innsats")))
                .isVisible();
        Locator row = page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText(ACTION));
        assertThat(row).containsText("På overtid");
        browser.assertAccessible(page);

        // The action: a delay needs a reason, given next to the field.
        row.getByRole(AriaRole.LINK).click();
        page.waitForURL("**/plan/actions/*");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(ACTION))).isVisible();
        browser.assertAccessible(page);
        page.getByLabel("Forsinket").check();
        Browser.button(page, "Lagre status").click();
        assertThat(page.locator("[data-error-summary]")).isFocused();
        assertThat(page.locator("#comment-error")).hasText("Skriv hvorfor tiltaket er forsinket.");
        browser.assertAccessible(page);

        page.getByLabel("Forsinket").check();
        page.getByLabel("Kommentar").fill("Planen er skrevet, men venter på behandling i hovedutvalget.");
        Browser.button(page, "Lagre status").click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Statusen er lagret.");
        assertThat(page.getByRole(AriaRole.TABLE)).containsText("Planen er skrevet, men venter på behandling i hovedutvalget.");
        browser.assertAccessible(page);

        // The annual report: a year outside the plan is refused at the field; a good year gives a PDF.
        browser.clickTo(page, Browser.link(page, "Tilbake til Kommunedelplan oppvekst 2020–2032"), "**/plan/*");
        page.getByLabel("År", new Page.GetByLabelOptions().setExact(true)).fill("2019");
        Browser.button(page, "Åpne årsrapporten (PDF)").click();
        assertThat(page.locator("#year-error")).hasText("Velg et år fra planen begynte til i år.");
        browser.assertAccessible(page);

        String action = page.locator("form[action*='arsrapport.pdf']").getAttribute("action");
        // a PDF with the whole plan and its figures takes longer than a page on a busy machine: 30 s, not the 10 s default
        APIResponse pdf = page.request().get(action + "?year=2025",
                com.microsoft.playwright.options.RequestOptions.create().setTimeout(30_000));
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.headers().get("content-type")).isEqualTo("application/pdf");
        assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }
}
