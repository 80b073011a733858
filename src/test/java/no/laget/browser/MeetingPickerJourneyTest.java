package no.laget.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

import no.laget.casework.Cases;
import no.laget.casework.internal.OpenCase;
import no.laget.platform.security.SignedInUser;
import no.laget.support.Browser;
import no.laget.support.BrowserTest;
import no.laget.support.ChildFixtures;
import no.laget.support.TestChildren;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Planning a meeting with the people picker from the keyboard only: with JavaScript the matches come as one types;
 * without, the "Søk" button brings them with everything typed kept. A refused form shows its field messages, and
 * every page passes axe.
 */
@BrowserTest
class MeetingPickerJourneyTest extends BrowserJourney {

    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    @Autowired ChildFixtures fixtures;
    @Autowired Cases cases;
    @Autowired JdbcClient jdbc;

    String token;
    long caseId;
    String person;
    String stranger;

    @BeforeEach
    void setUp() {
        LocalDate today = LocalDate.now(OSLO);
        StringBuilder word = new StringBuilder("Zq");
        for (int i = 0; i < 6; i++) {
            word.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        token = word.toString();
        long child = fixtures.childOf("ansatt", TestChildren.familyName());
        SignedInUser ansatt = fixtures.user("ansatt");
        fixtures.consent("ansatt", child, ansatt.unitId(), today, today.plusYears(1), "BASIC", "RELAY_LOG");
        caseId = cases.open(ansatt, child, OpenCase.atLevel1(ansatt.employeeId(), "Mål"));
        person = "Sølvi " + token + "sen";
        stranger = "Sigurd " + token + "rud";
        employee(ansatt.unitId(), person);
        employee(fixtures.user("nav").unitId(), stranger);
    }

    private void employee(long unitId, String name) {
        long id = jdbc.sql("""
                insert into employee (username, display_name, email, unit_id, created_at, updated_at)
                values (?, ?, ?, ?, ?, ?) returning id""")
                .params("b" + token.toLowerCase() + name.length(), name, "b@demo.laget.no", unitId, OffsetDateTime.now(),
                        OffsetDateTime.now())
                .query(Long.class).single();
        jdbc.sql("insert into employee_role (employee_id, role) values (?, 'EMPLOYEE')").param(id).update();
    }

    private Locator match(Page page) {
        return page.getByLabel(person + ", Brekkerød barnehage");
    }

    @Test
    void with_javascript_the_matches_come_as_one_types_and_the_form_is_sent_from_the_keyboard() {
        Page page = browser.openAs(port, "ansatt", "/cases/" + caseId + "/meetings/new");
        page.evaluate("() => { window.sameDocument = true; }");

        Browser.tabTo(page, page.locator("#participants"), 80);
        page.keyboard().type(token.toLowerCase());
        assertThat(match(page)).isVisible();
        assertThat(page.locator("#participants-status")).hasText("1 treff");
        assertThat(page.getByText(stranger)).hasCount(0);
        org.assertj.core.api.Assertions.assertThat((Boolean) page.evaluate("() => window.sameDocument === true")).isTrue();
        assertThat(page.locator("#participants")).isFocused();
        browser.assertAccessible(page);

        Browser.tabTo(page, match(page), 10);
        page.keyboard().press("Space");
        assertThat(match(page)).isChecked();
        // a new search keeps the person chosen
        backTo(page, page.locator("#participants"), 10);
        page.keyboard().press("End");
        page.keyboard().type("x");
        assertThat(page.locator("#participants-status")).hasText(Pattern.compile("Ingen treff"));
        assertThat(match(page)).isChecked();

        // sent without an agenda: the message is next to the field, the choice is kept
        Browser.tabToAndEnter(page, Browser.button(page, "Lagre møtet"), 80);
        page.waitForURL("**/cases/" + caseId + "/meetings");
        assertThat(page.locator("#agenda-error")).hasText("Skriv sakslisten");
        assertThat(page.locator("#place-error")).hasText("Skriv inn et sted eller en videolenke");
        assertThat(page.locator("[data-error-summary]")).isFocused();
        assertThat(match(page)).isChecked();
        browser.assertAccessible(page);

        Browser.tabTo(page, page.locator("#place"), 80);
        page.keyboard().type("Møterommet");
        Browser.tabTo(page, page.locator("#agenda"), 5);
        page.keyboard().type("Oppstart");
        Browser.tabToAndEnter(page, Browser.button(page, "Lagre møtet"), 80);
        page.waitForURL("**/cases/" + caseId);
        assertThat(page.locator("[data-meeting]").last()).containsText(person + ", Brekkerød barnehage");
        browser.assertAccessible(page);
    }

    @Test
    void without_javascript_the_search_button_brings_the_matches_and_keeps_what_was_typed() {
        Page page = browser.newPage(port, options -> options.setJavaScriptEnabled(false));
        Page checker = browser.newPage(port);
        checker.navigate("/login");
        browser.assertAccessible(checker);
        Browser.logInWithoutJavaScript(page, "ansatt");
        page.navigate("/cases/" + caseId + "/meetings/new");
        assertAccessibleAsServed(page, checker);

        Browser.tabTo(page, page.locator("#place"), 80);
        page.keyboard().type("Møterommet");
        Browser.tabTo(page, page.locator("#agenda"), 5);
        page.keyboard().type("Overgang til skolen");
        Browser.tabTo(page, page.locator("#participants"), 5);
        page.keyboard().type(token);
        page.keyboard().press("Enter"); // the form's first button is "Søk"
        page.waitForURL("**/cases/" + caseId + "/meetings");
        assertThat(match(page)).isVisible();
        assertThat(page.getByText(stranger)).hasCount(0);
        assertThat(page.locator("#agenda")).hasValue("Overgang til skolen");
        assertThat(page.locator("#participants-status")).hasText("1 treff");
        assertAccessibleAsServed(page, checker);

        Browser.tabTo(page, match(page), 80);
        page.keyboard().press("Space");
        Browser.tabTo(page, page.locator("#familyRole0"), 10);
        page.keyboard().type("Mor");
        Browser.tabToAndEnter(page, Browser.button(page, "Lagre møtet"), 80);
        page.waitForURL("**/cases/" + caseId + "/meetings");
        assertThat(page.locator("#familyName0-error")).hasText("Skriv inn navnet på familiemedlemmet");
        assertThat(page.locator("#familyRole0")).hasValue("Mor");
        assertThat(match(page)).isChecked();
        assertThat(page).hasTitle(Pattern.compile("^Feil: "));
        assertAccessibleAsServed(page, checker);

        Browser.tabTo(page, page.locator("#familyName0"), 80);
        page.keyboard().type("Kari Nordmann");
        Browser.tabToAndEnter(page, Browser.button(page, "Lagre møtet"), 80);
        page.waitForURL("**/cases/" + caseId);
        Locator meeting = page.locator("[data-meeting]").last();
        assertThat(meeting).containsText(person + ", Brekkerød barnehage");
        assertThat(meeting).containsText("Kari Nordmann (Mor)");
        assertAccessibleAsServed(page, checker);
    }

    /**
     * axe needs JavaScript, so the page as the server sent it to the browser without JavaScript is put into a page
     * with JavaScript on the same origin (same styles) and checked there.
     */
    private void assertAccessibleAsServed(Page withoutJavaScript, Page checker) {
        checker.setContent(withoutJavaScript.content());
        browser.assertAccessible(checker);
    }

    /** Shift+Tab until the target has focus. */
    private static void backTo(Page page, Locator target, int maxPresses) {
        for (int presses = 1; presses <= maxPresses; presses++) {
            page.keyboard().press("Shift+Tab");
            if (Boolean.TRUE.equals(target.evaluate("element => element === document.activeElement"))) {
                return;
            }
        }
        throw new AssertionError("Could not reach " + target + " with Shift+Tab");
    }
}
