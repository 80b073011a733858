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
import org.springframework.beans.factory.annotation.Autowired;

/**
 * NAV's forms from the keyboard only: the emergency card's use, the transition at 18 (start and plan) and a new
 * cooperation agreement. Each is sent with mistakes first (summary focused, each link leads to its field, each field
 * shows the same message), then sent right; every page is checked with axe.
 */
@BrowserTest
class NavFormsJourneyTest extends BrowserJourney {

    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    private static final DateTimeFormatter TYPED_DATE = DateTimeFormatter.ofPattern("ddMMyyyy");

    @Autowired ChildFixtures fixtures;
    @Autowired Children children;
    @Autowired Consents consents;
    @Autowired TransitionsToAdulthood transitions;

    @Test
    void child_welfare_records_a_card_use_from_the_keyboard_after_a_refused_first_try() {
        String receipt = "KV-" + UUID.randomUUID().toString().substring(0, 8);
        Page page = browser.signedIn(port, "barnevern");
        page.navigate("/nav/kronekort");
        page.waitForURL(Pattern.compile(".*/nav/kronekort/\\d+$"));
        browser.assertAccessible(page);
        browser.followLinkByKeyboard(page, "Registrer bruk", 60, "**/bruk/ny");

        Browser.tabToAndEnter(page, Browser.button(page, "Registrer bruk"), 40);
        page.waitForURL(Pattern.compile(".*/nav/kronekort/\\d+/bruk$"));
        List<String> messages = ErrorSummaryCheck.assertEveryMessageLinked(page);
        assertThat(messages).contains("Skriv en referanse til mottakeren av hjelpen", "Skriv hva hjelpen gjaldt",
                "Skriv beløpet som ble brukt");
        browser.assertAccessible(page);

        ErrorSummaryCheck.followFirstLink(page);
        KeyboardChoice.typeInto(page, "#recipientRef", "Sak 2026/" + receipt.substring(3, 7));
        KeyboardChoice.typeInto(page, "#purpose", "Mat til helgen");
        KeyboardChoice.typeInto(page, "#amount", "480");
        KeyboardChoice.typeInto(page, "#receiptRef", receipt);
        Browser.tabToAndEnter(page, Browser.button(page, "Registrer bruk"), 10);

        page.waitForURL(Pattern.compile(".*/nav/kronekort/\\d+$"));
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Bruken er registrert. NAV har fått en frist for vedtaket.");
        assertThat(page.locator("tr[data-use]").filter(new Locator.FilterOptions().setHasText(receipt))).containsText("480");
        browser.assertAccessible(page);
    }

    @Test
    void child_welfare_starts_a_transition_and_writes_the_plan_from_the_keyboard_after_refused_first_tries() {
        long youth = youthWithMeasureAndConsent();
        Page page = browser.openAs(port, "barnevern", "/nav/overgang/barn/" + youth);
        browser.followLinkByKeyboard(page, "Start overgangen", 60, "**/start");

        // Sent with no NAV office chosen.
        Browser.tabToAndEnter(page, Browser.button(page, "Start overgangen"), 40);
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
        Browser.tabToAndEnter(page, Browser.button(page, "Start overgangen"), 10);
        page.waitForURL(Pattern.compile(".*/nav/overgang/\\d+$"));
        browser.assertAccessible(page);

        // The plan, sent empty: every required item has its own message.
        browser.followLinkByKeyboard(page, "Møte og plan", 60, "**/plan");
        Browser.tabToAndEnter(page, Browser.button(page, "Lagre"), 60);
        List<String> messages = ErrorSummaryCheck.assertEveryMessageLinked(page);
        assertThat(messages).contains("Skriv hvem som deltar på møtet", "Skriv målene i planen",
                "Velg om ungdommen har krav på individuell plan");
        browser.assertAccessible(page);

        ErrorSummaryCheck.followFirstLink(page); // the meeting date, whose first part has focus
        page.keyboard().type(dayAndMonthAlike());
        KeyboardChoice.typeInto(page, "#participants", "Ungdommen, barnevernet og veileder i NAV");
        KeyboardChoice.typeInto(page, "#goals", "Egen bolig og fast jobb");
        KeyboardChoice.tabToUnlessFocused(page, page.locator("#individualPlanDue"), 10);
        KeyboardChoice.choose(page, "individualPlanDue", "Nei");
        KeyboardChoice.typeInto(page, "#individualPlanReason", "Behovene er ikke langvarige og sammensatte");
        Browser.tabToAndEnter(page, Browser.button(page, "Lagre"), 20);

        page.waitForURL(Pattern.compile(".*/nav/overgang/\\d+$"));
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Planen er lagret.");
        assertThat(page.getByRole(AriaRole.MAIN)).containsText("Egen bolig og fast jobb");
        browser.assertAccessible(page);
    }

    @Test
    void child_welfare_makes_a_cooperation_agreement_from_the_keyboard_after_a_refused_first_try() {
        String title = "Samarbeidsavtale " + UUID.randomUUID().toString().substring(0, 8);
        Page page = browser.openAs(port, "barnevern", "/nav/avtaler");
        browser.followLinkByKeyboard(page, "Ny samarbeidsavtale", 60, "**/nav/avtaler/ny");

        Browser.tabToAndEnter(page, Browser.button(page, "Lagre"), 80);
        List<String> messages = ErrorSummaryCheck.assertEveryMessageLinked(page);
        assertThat(messages).contains("Skriv navnet på avtalen", "Velg minst to tjenester");
        browser.assertAccessible(page);

        ErrorSummaryCheck.followFirstLink(page);
        KeyboardChoice.tabToUnlessFocused(page, page.locator("#title"), 40);
        page.keyboard().type(title);
        // the own unit is already a party; the second party is chosen with Tab and Space
        KeyboardChoice.check(page, "partyUnitIds", "NAV Halden-Aremark");
        KeyboardChoice.typeInto(page, "#routines", "Barnevernet melder ungdom til NAV seks måneder før 18 år");
        Browser.tabToAndEnter(page, Browser.button(page, "Lagre"), 20);

        page.waitForURL(Pattern.compile(".*/nav/avtaler/\\d+$"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText(title);
        assertThat(page.getByRole(AriaRole.MAIN)).containsText("NAV Halden-Aremark");
        browser.assertAccessible(page);
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
