package no.laget.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import no.laget.child.ChildForm;
import no.laget.child.Children;
import no.laget.consent.internal.ConsentForm;
import no.laget.consent.Consents;
import no.laget.transition.internal.ChildWelfareMeasureForm;
import no.laget.transition.internal.TransitionsToAdulthood;
import no.laget.platform.security.SignedInUser;
import no.laget.support.Browser;
import no.laget.support.BrowserTest;
import no.laget.support.ChildFixtures;
import no.laget.support.TestChildren;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * NAV's forms from the keyboard only: the emergency card's use, the transition at 18 (start and plan) and a new
 * cooperation agreement. Each is sent with mistakes first (summary focused, each link leads to its field, each field
 * shows the same message), then sent right; every page is checked with axe.
 */
@BrowserTest
class NavFormsJourneyTest {

    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    private static final DateTimeFormatter TYPED_DATE = DateTimeFormatter.ofPattern("ddMMyyyy");

    @RegisterExtension
    static final Browser browser = new Browser();

    @LocalServerPort
    int port;

    @Autowired ChildFixtures fixtures;
    @Autowired Children children;
    @Autowired Consents consents;
    @Autowired TransitionsToAdulthood transitions;

    @Test
    void child_welfare_records_a_card_use_from_the_keyboard_after_a_refused_first_try() {
        String receipt = "KV-" + UUID.randomUUID().toString().substring(0, 8);
        Page page = browser.newPage(port);
        browser.logIn(page, "barnevern");
        page.navigate("/nav/kronekort");
        page.waitForURL(Pattern.compile(".*/nav/kronekort/\\d+$"));
        browser.assertAccessible(page);
        Browser.tabTo(page, page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Registrer bruk")), 60);
        page.keyboard().press("Enter");
        page.waitForURL("**/bruk/ny");
        browser.assertAccessible(page);

        Browser.tabTo(page, Browser.button(page, "Registrer bruk"), 40);
        page.keyboard().press("Enter");
        page.waitForURL(Pattern.compile(".*/nav/kronekort/\\d+/bruk$"));
        List<String> messages = ErrorSummaryCheck.assertEveryMessageLinked(page);
        assertThat(messages).contains("Skriv en referanse til mottakeren av hjelpen", "Skriv hva hjelpen gjaldt",
                "Skriv beløpet som ble brukt");
        browser.assertAccessible(page);

        ErrorSummaryCheck.followFirstLink(page);
        typeInto(page, "#recipientRef", "Sak 2026/" + receipt.substring(3, 7));
        typeInto(page, "#purpose", "Mat til helgen");
        typeInto(page, "#amount", "480");
        typeInto(page, "#receiptRef", receipt);
        Browser.tabTo(page, Browser.button(page, "Registrer bruk"), 10);
        page.keyboard().press("Enter");

        page.waitForURL(Pattern.compile(".*/nav/kronekort/\\d+$"));
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Bruken er registrert. NAV har fått en frist for vedtaket.");
        assertThat(page.locator("tr[data-use]").filter(new Locator.FilterOptions().setHasText(receipt))).containsText("480");
        browser.assertAccessible(page);
    }

    @Test
    void child_welfare_starts_a_transition_and_writes_the_plan_from_the_keyboard_after_refused_first_tries() {
        long youth = youthWithMeasureAndConsent();
        Page page = browser.newPage(port);
        browser.logIn(page, "barnevern");
        page.navigate("/nav/overgang/barn/" + youth);
        browser.assertAccessible(page);
        Browser.tabTo(page, page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Start overgangen")), 60);
        page.keyboard().press("Enter");
        page.waitForURL("**/start");
        browser.assertAccessible(page);

        // Sent with no NAV office chosen.
        Browser.tabTo(page, Browser.button(page, "Start overgangen"), 40);
        page.keyboard().press("Enter");
        assertThat(ErrorSummaryCheck.assertEveryMessageLinked(page)).containsExactly("Velg NAV-kontoret");
        browser.assertAccessible(page);
        ErrorSummaryCheck.followFirstLink(page); // the picker's search field: only offices the young person consented to
        page.keyboard().type("NAV Halden");
        Locator office = page.getByLabel("NAV Halden-Aremark");
        assertThat(office).isVisible();
        browser.assertAccessible(page);
        Browser.tabTo(page, office, 5);
        page.keyboard().press("Space");
        assertThat(office).isChecked();
        Browser.tabTo(page, Browser.button(page, "Start overgangen"), 10);
        page.keyboard().press("Enter");
        page.waitForURL(Pattern.compile(".*/nav/overgang/\\d+$"));
        browser.assertAccessible(page);

        // The plan, sent empty: every required item has its own message.
        Browser.tabTo(page, page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Møte og plan")), 60);
        page.keyboard().press("Enter");
        page.waitForURL("**/plan");
        browser.assertAccessible(page);
        Browser.tabTo(page, Browser.button(page, "Lagre"), 60);
        page.keyboard().press("Enter");
        List<String> messages = ErrorSummaryCheck.assertEveryMessageLinked(page);
        assertThat(messages).contains("Skriv hvem som deltar på møtet", "Skriv målene i planen",
                "Velg om ungdommen har krav på individuell plan");
        browser.assertAccessible(page);

        ErrorSummaryCheck.followFirstLink(page); // the meeting date, whose first part has focus
        page.keyboard().type(dayAndMonthAlike());
        typeInto(page, "#participants", "Ungdommen, barnevernet og veileder i NAV");
        typeInto(page, "#goals", "Egen bolig og fast jobb");
        KeyboardChoice.tabToUnlessFocused(page, page.locator("#individualPlanDue"), 10);
        KeyboardChoice.choose(page, "individualPlanDue", "Nei");
        typeInto(page, "#individualPlanReason", "Behovene er ikke langvarige og sammensatte");
        Browser.tabTo(page, Browser.button(page, "Lagre"), 20);
        page.keyboard().press("Enter");

        page.waitForURL(Pattern.compile(".*/nav/overgang/\\d+$"));
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Planen er lagret.");
        assertThat(page.getByRole(AriaRole.MAIN)).containsText("Egen bolig og fast jobb");
        browser.assertAccessible(page);
    }

    @Test
    void child_welfare_makes_a_cooperation_agreement_from_the_keyboard_after_a_refused_first_try() {
        String title = "Samarbeidsavtale " + UUID.randomUUID().toString().substring(0, 8);
        Page page = browser.newPage(port);
        browser.logIn(page, "barnevern");
        page.navigate("/nav/avtaler");
        browser.assertAccessible(page);
        Browser.tabTo(page, page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ny samarbeidsavtale")), 60);
        page.keyboard().press("Enter");
        page.waitForURL("**/nav/avtaler/ny");
        browser.assertAccessible(page);

        Browser.tabTo(page, Browser.button(page, "Lagre"), 80);
        page.keyboard().press("Enter");
        List<String> messages = ErrorSummaryCheck.assertEveryMessageLinked(page);
        assertThat(messages).contains("Skriv navnet på avtalen", "Velg minst to tjenester");
        browser.assertAccessible(page);

        ErrorSummaryCheck.followFirstLink(page);
        KeyboardChoice.tabToUnlessFocused(page, page.locator("#title"), 40);
        page.keyboard().type(title);
        // the own unit is already a party; the second party is chosen with Tab and Space
        KeyboardChoice.check(page, "partyUnitIds", "NAV Halden-Aremark");
        typeInto(page, "#routines", "Barnevernet melder ungdom til NAV seks måneder før 18 år");
        Browser.tabTo(page, Browser.button(page, "Lagre"), 20);
        page.keyboard().press("Enter");

        page.waitForURL(Pattern.compile(".*/nav/avtaler/\\d+$"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText(title);
        assertThat(page.getByRole(AriaRole.MAIN)).containsText("NAV Halden-Aremark");
        browser.assertAccessible(page);
    }

    /** Tab to the field (forward from where focus is, unless it has focus), select what is there and type over it. */
    private static void typeInto(Page page, String selector, String text) {
        KeyboardChoice.tabToUnlessFocused(page, page.locator(selector), 20);
        page.keyboard().press("ControlOrMeta+A");
        page.keyboard().type(text);
    }

    /**
     * A date a week or more ahead whose day and month are the same number, typed as digits: the date field's parts
     * follow the browser's own language (day first or month first), and this date reads the same either way.
     */
    private static String dayAndMonthAlike() {
        LocalDate date = LocalDate.now(OSLO).plusDays(7);
        while (date.getDayOfMonth() != date.getMonthValue()) {
            date = date.plusDays(1);
        }
        return date.format(TYPED_DATE);
    }

    /** A young person of 17 years and 2 months with a child welfare measure and written consent to NAV. */
    private long youthWithMeasureAndConsent() {
        SignedInUser childWelfare = fixtures.user("barnevern");
        LocalDate today = LocalDate.now(OSLO);
        long child = children.register(childWelfare, ChildForm.withoutNumber("NEWLY_ARRIVED", "Nylig flyttet hit", "Ola",
                TestChildren.familyName(), today.minusYears(17).minusMonths(2).toString(), "", "2020-01-01", "Går hos oss"))
                .servedChild();
        recordMeasure(childWelfare, child, new ChildWelfareMeasureForm("Fosterhjem", "2020-01-01", ""));
        consents.record(childWelfare, child, new ConsentForm("YOUNG_PERSON", List.of(), "WRITTEN", "",
                "Overgang fra barnevern til NAV", List.of("CHILD_WELFARE"),
                List.of(String.valueOf(fixtures.user("nav").unitId())), List.of(), today.toString(),
                today.plusYears(1).toString(), null).toCommand());
        return child;
    }

    // The pages' way in: a form as typed, read into its command, then the service.
    private long recordMeasure(SignedInUser user, long child, ChildWelfareMeasureForm form) {
        return transitions.recordMeasure(user, child, form.toCommand());
    }
}
