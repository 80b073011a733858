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

/**
 * Municipal staff make a plan and an area with goals from the keyboard, each form refused once first; a unit leader
 * finds their unit's actions from the start page.
 */
@BrowserTest
class PlanFormsJourneyTest extends BrowserJourney {

    @Test
    void municipal_staff_make_a_plan_and_an_area_with_goals_from_the_keyboard() {
        String name = "Oppvekstplan " + UUID.randomUUID().toString().substring(0, 8);
        Page page = browser.openAs(port, "oppvekst", "/plan");
        browser.followLinkByKeyboard(page, "Lag en ny plan", 40, "**/plan/new");

        Browser.tabToAndEnter(page, Browser.button(page, "Lagre"), 40);
        assertThat(ErrorSummaryCheck.assertEveryMessageLinked(page)).containsExactly("Skriv inn navnet på planen.",
                "Skriv inn året planen begynner.", "Skriv inn året planen slutter.");
        browser.assertAccessible(page);
        ErrorSummaryCheck.followFirstLink(page);
        page.keyboard().type(name);
        Browser.tabTo(page, page.locator("#fromYear"), 5);
        page.keyboard().type("2026");
        Browser.tabTo(page, page.locator("#toYear"), 5);
        page.keyboard().type("2025");
        Browser.tabToAndEnter(page, Browser.button(page, "Lagre"), 5);
        assertThat(ErrorSummaryCheck.assertEveryMessageLinked(page)).containsExactly("Planen kan ikke slutte før den begynner.");
        assertThat(page.locator("#name")).hasValue(name);
        assertThat(page.locator("#fromYear")).hasValue("2026");
        browser.assertAccessible(page);
        ErrorSummaryCheck.followFirstLink(page);
        page.keyboard().press("ControlOrMeta+A");
        page.keyboard().type("2035");
        Browser.tabToAndEnter(page, Browser.button(page, "Lagre"), 5);
        page.waitForURL(Pattern.compile(".*/plan/\\d+$"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText(name);
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Planen er lagret.");
        browser.assertAccessible(page);

        browser.followLinkByKeyboard(page, "Legg til et utviklingsområde", 60, "**/areas/new");
        Browser.tabToAndEnter(page, Browser.button(page, "Lagre"), 40);
        assertThat(ErrorSummaryCheck.assertEveryMessageLinked(page)).containsExactly("Skriv inn navnet på utviklingsområdet.");
        browser.assertAccessible(page);
        ErrorSummaryCheck.followFirstLink(page);
        page.keyboard().type("Medvirkning");
        Browser.tabTo(page, page.locator("#goals"), 5);
        page.keyboard().type("Barn og unge blir hørt i saker som gjelder dem.");
        page.keyboard().press("Enter");
        page.keyboard().type("Ungdomsrådet uttaler seg om alle planer.");
        Browser.tabToAndEnter(page, Browser.button(page, "Lagre"), 5);
        page.waitForURL(Pattern.compile(".*/plan/\\d+(#.*)?$"));
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Utviklingsområdet er lagret.");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("1. Medvirkning"))).isVisible();
        Locator goals = page.locator("summary", new Page.LocatorOptions().setHasText("Slik vil vi ha det i 2035"));
        assertThat(goals).isVisible();
        browser.assertAccessible(page);
    }

    @Test
    void a_unit_leader_finds_the_actions_their_unit_owns_from_the_start_page() {
        Page page = browser.signedIn(port, "leder");
        Locator link = Browser.mainMenuLink(page, "Tiltak enheten din eier");
        Browser.tabToAndEnter(page, link, 40);
        page.waitForURL("**/plan/actions/my-unit");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Tiltak enheten din eier");
        assertThat(page.getByRole(AriaRole.MAIN)).containsText("Brekkerød barnehage");
        browser.assertAccessible(page);
        assertThat(page.url()).endsWith("/plan/actions/my-unit");
    }
}
