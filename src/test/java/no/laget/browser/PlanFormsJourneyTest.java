package no.laget.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import no.laget.support.Browser;
import no.laget.support.BrowserTest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Municipal staff make a plan and an area with goals from the keyboard, each form refused once first; a unit leader
 * finds their unit's actions from the start page.
 */
@BrowserTest
class PlanFormsJourneyTest {

    @RegisterExtension
    static final Browser browser = new Browser();

    @LocalServerPort
    int port;

    @Test
    void municipal_staff_make_a_plan_and_an_area_with_goals_from_the_keyboard() {
        String name = "Oppvekstplan " + UUID.randomUUID().toString().substring(0, 8);
        Page page = browser.newPage(port);
        browser.logIn(page, "oppvekst");
        page.navigate("/plan");
        browser.assertAccessible(page);
        Browser.tabTo(page, page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Lag en ny plan")), 40);
        page.keyboard().press("Enter");
        page.waitForURL("**/plan/new");
        browser.assertAccessible(page);

        Browser.tabTo(page, Browser.button(page, "Lagre"), 40);
        page.keyboard().press("Enter");
        assertThat(ErrorSummaryCheck.assertEveryMessageLinked(page)).containsExactly("Skriv inn navnet på planen.",
                "Skriv inn året planen begynner.", "Skriv inn året planen slutter.");
        browser.assertAccessible(page);
        ErrorSummaryCheck.followFirstLink(page);
        page.keyboard().type(name);
        Browser.tabTo(page, page.locator("#fromYear"), 5);
        page.keyboard().type("2026");
        Browser.tabTo(page, page.locator("#toYear"), 5);
        page.keyboard().type("2025");
        Browser.tabTo(page, Browser.button(page, "Lagre"), 5);
        page.keyboard().press("Enter");
        assertThat(ErrorSummaryCheck.assertEveryMessageLinked(page)).containsExactly("Planen kan ikke slutte før den begynner.");
        assertThat(page.locator("#name")).hasValue(name);
        assertThat(page.locator("#fromYear")).hasValue("2026");
        browser.assertAccessible(page);
        ErrorSummaryCheck.followFirstLink(page);
        page.keyboard().press("ControlOrMeta+A");
        page.keyboard().type("2035");
        Browser.tabTo(page, Browser.button(page, "Lagre"), 5);
        page.keyboard().press("Enter");
        page.waitForURL(Pattern.compile(".*/plan/\\d+$"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText(name);
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Planen er lagret.");
        browser.assertAccessible(page);

        Browser.tabTo(page, page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Legg til et utviklingsområde")), 60);
        page.keyboard().press("Enter");
        page.waitForURL("**/areas/new");
        browser.assertAccessible(page);
        Browser.tabTo(page, Browser.button(page, "Lagre"), 40);
        page.keyboard().press("Enter");
        assertThat(ErrorSummaryCheck.assertEveryMessageLinked(page)).containsExactly("Skriv inn navnet på utviklingsområdet.");
        browser.assertAccessible(page);
        ErrorSummaryCheck.followFirstLink(page);
        page.keyboard().type("Medvirkning");
        Browser.tabTo(page, page.locator("#goals"), 5);
        page.keyboard().type("Barn og unge blir hørt i saker som gjelder dem.");
        page.keyboard().press("Enter");
        page.keyboard().type("Ungdomsrådet uttaler seg om alle planer.");
        Browser.tabTo(page, Browser.button(page, "Lagre"), 5);
        page.keyboard().press("Enter");
        page.waitForURL(Pattern.compile(".*/plan/\\d+(#.*)?$"));
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Utviklingsområdet er lagret.");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("1. Medvirkning"))).isVisible();
        Locator goals = page.locator("summary", new Page.LocatorOptions().setHasText("Slik vil vi ha det i 2035"));
        assertThat(goals).isVisible();
        browser.assertAccessible(page);
    }

    @Test
    void a_unit_leader_finds_the_actions_their_unit_owns_from_the_start_page() {
        Page page = browser.newPage(port);
        browser.logIn(page, "leder");
        Locator link = page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Hovedmeny"))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Tiltak enheten din eier"));
        Browser.tabTo(page, link, 40);
        page.keyboard().press("Enter");
        page.waitForURL("**/plan/actions/my-unit");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Tiltak enheten din eier");
        assertThat(page.getByRole(AriaRole.MAIN)).containsText("Brekkerød barnehage");
        browser.assertAccessible(page);
        assertThat(page.url()).endsWith("/plan/actions/my-unit");
    }
}
