package no.laget.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.charset.StandardCharsets;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;

import no.laget.support.Browser;
import no.laget.support.BrowserTest;

import org.junit.jupiter.api.Test;

/** Municipal staff read in indicators and look at one over time; axe-clean throughout. */
@BrowserTest
class StatisticsJourneyTest extends BrowserJourney {

    @Test
    void municipal_staff_import_indicators_and_open_one() {
        String csv = """
                indicator;region;period;value;unit;source
                BARN_I_BARNEHAGE_SIDE;3001;2022;91,5;prosent;SSB
                BARN_I_BARNEHAGE_SIDE;3101;2024;92,0;prosent;SSB
                BARN_I_BARNEHAGE_SIDE;30;2022;93,1;prosent;SSB
                BARN_I_BARNEHAGE_SIDE;0;2022;92,8;prosent;SSB
                BARN_I_BARNEHAGE_SIDE;0;2024;93,0;prosent;SSB
                """;
        Page page = browser.signedIn(port, "oppvekst");
        browser.clickTo(page, Browser.navigationLink(page, "Statistikk"), "**/statistics");

        Browser.button(page, "Les inn").click();
        assertThat(page.locator("[data-error-summary]")).isFocused();
        browser.assertAccessible(page);

        page.getByLabel("Fil").setInputFiles(new FilePayload("barnehage.csv", "text/csv",
                csv.getBytes(StandardCharsets.UTF_8)));
        page.getByLabel("Lagre radene som kan leses, og vis resten").check();
        Browser.button(page, "Les inn").click();
        assertThat(page.locator("[data-import-report]")).containsText("5 rader lest, 5 lagret, 0 avvist.");
        browser.assertAccessible(page);

        Browser.link(page, "BARN_I_BARNEHAGE_SIDE").click();
        page.waitForURL("**/statistics/*");
        assertThat(page.locator("svg[role=img]")).isVisible();
        assertThat(page.getByRole(AriaRole.TABLE)).containsText("91.5");
        browser.assertAccessible(page);
    }

    @Test
    void internal_figures_say_what_0_and_colon_mean_and_are_axe_clean() {
        Page page = browser.signedIn(port, "oppvekst");
        page.navigate("http://localhost:" + port + "/statistics/internal");
        assertThat(page.locator("#figures-legend")).containsText("«0» betyr at det ikke er noen.");
        assertThat(page.locator("[data-figure-table=consents-recorded]")).containsText("NAV");
        browser.assertAccessible(page);
    }
}
