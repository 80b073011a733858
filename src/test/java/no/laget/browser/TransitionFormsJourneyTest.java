package no.laget.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import no.laget.casework.Cases;
import no.laget.casework.internal.OpenCase;
import no.laget.organisation.Organisation;
import no.laget.support.Browser;
import no.laget.support.BrowserTest;
import no.laget.support.ChildFixtures;
import no.laget.support.TestChildren;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The case's transition form, the child coordinator form and the individual plan, from the keyboard only: sent with
 * mistakes first (the error summary takes focus, each of its links leads to its field, each field shows its message),
 * then sent right. Every page is checked with axe.
 */
@BrowserTest
class TransitionFormsJourneyTest extends BrowserJourney {

    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    @Autowired ChildFixtures fixtures;
    @Autowired Cases cases;
    @Autowired Organisation organisation;

    /** A level-1 case held by the kindergarten's employee, under consents naming the kindergarten and the school. */
    private long caseWithConsentForTheSchool() {
        LocalDate today = LocalDate.now(OSLO);
        long child = fixtures.childOf("ansatt", TestChildren.familyName());
        fixtures.consent("ansatt", child, fixtures.user("ansatt").unitId(), today, today.plusYears(1), "BASIC", "RELAY_LOG");
        fixtures.consent("ansatt", child, fixtures.user("laerer").unitId(), today, today.plusYears(1), "BASIC", "RELAY_LOG");
        return cases.open(fixtures.user("ansatt"), child, OpenCase.atLevel1(fixtures.user("ansatt").employeeId(), "Trygg overgang til skolen"));
    }

    @Test
    void the_relay_holder_offers_the_log_to_the_school_from_the_keyboard_after_a_refused_first_try() {
        long caseId = caseWithConsentForTheSchool();
        Page page = browser.openAs(port, "ansatt", "/cases/" + caseId);

        // Open the transition section and send it with nothing chosen, from the keyboard.
        Locator section = page.locator("summary", new Page.LocatorOptions().setHasText("Overgang til ny tjeneste"));
        Browser.tabToAndEnter(page, section, 80);
        Browser.tabToAndEnter(page, Browser.button(page, "Tilby stafettloggen"), 80);
        page.waitForURL("**/cases/" + caseId + "/transition");

        assertRefusedWithHeardNote(page, "transitionEmployeeId", "Velg en ansatt i tjenesten som tar imot");

        // The summary's first link leads to the picker's search field; the teacher is found by name (only the
        // people of units the consent names come up) and chosen with Space.
        String teacher = chooseTheTeacherFromTheKeyboard(page, "transitionEmployeeId");
        Browser.tabTo(page, page.locator("#transitionReason"), 5);
        page.keyboard().type("Begynner på skolen i august");
        writeNoteFromTheKeyboard(page, "transitionInterest");
        Browser.tabToAndEnter(page, Browser.button(page, "Tilby stafettloggen"), 20);

        page.waitForURL(Pattern.compile(".*/cases/" + caseId + "$"));
        assertThat(page.getByRole(AriaRole.MAIN)).containsText(teacher);
        browser.assertAccessible(page);
    }

    @Test
    void a_leader_appoints_a_child_coordinator_from_the_keyboard_after_a_refused_first_try() {
        long caseId = caseWithConsentForTheSchool();
        Page page = browser.openAs(port, "leder", "/cases/" + caseId);

        Browser.tabToAndEnter(page, page.locator("summary", new Page.LocatorOptions().setHasText("Barnekoordinator")), 80);
        Browser.tabToAndEnter(page, Browser.button(page, "Oppnevn barnekoordinator"), 80);
        page.waitForURL("**/cases/" + caseId + "/coordinator");

        assertRefusedWithHeardNote(page, "coordinatorEmployeeId", "Velg en barnekoordinator");

        String teacher = chooseTheTeacherFromTheKeyboard(page, "coordinatorEmployeeId");
        writeNoteFromTheKeyboard(page, "coordinatorInterest");
        Browser.tabToAndEnter(page, Browser.button(page, "Oppnevn barnekoordinator"), 20);

        page.waitForURL(Pattern.compile(".*/cases/" + caseId + "$"));
        assertThat(page.getByRole(AriaRole.MAIN)).containsText(teacher);
        browser.assertAccessible(page);
    }

    @Test
    void the_relay_holder_writes_the_individual_plan_from_the_keyboard_after_a_refused_first_try() {
        long caseId = caseWithConsentForTheSchool();
        Page page = browser.openAs(port, "ansatt", "/cases/" + caseId);
        browser.followLinkByKeyboard(page, "Individuell plan", 120, "**/cases/" + caseId + "/plan");

        // Sent as it comes (only the dates filled in), every item is refused with its own message.
        Browser.tabToAndEnter(page, Browser.button(page, "Lagre planen"), 60);
        page.waitForURL("**/cases/" + caseId + "/plan");
        assertThat(ErrorSummaryCheck.assertEveryMessageLinked(page)).first().isEqualTo("Skriv mål, ressurser og behov");
        assertThat(page.locator("#goalsNeeds-error")).hasText("Skriv mål, ressurser og behov");
        assertThat(page.locator("#cooperation-error")).hasText("Skriv hvilket samarbeid som trengs med andre tjenesteytere");
        assertThat(page.locator("#goalsNeeds")).hasAttribute("aria-invalid", "true");
        browser.assertAccessible(page);

        ErrorSummaryCheck.followFirstLink(page);
        assertThat(page.locator("#goalsNeeds")).isFocused();
        page.keyboard().type("Trygg skolestart; trenger fast voksen");
        for (String[] field : new String[][] {
                {"whoTakesPart", "Foreldrene, barnehagen, skolen"},
                {"whoCoordinates", "Stafettholderen i barnehagen"},
                {"contributions", "Foreldrene følger opp hjemme; skolen har fast voksen"},
                {"measures", "Besøk på skolen før sommeren, ansvar: barnehagen"},
                {"howCarriedOut", "Tre besøk i mai og juni"},
                {"consents", "Skriftlig samtykke fra foreldrene"},
                {"cooperation", "Skolen og helsesykepleier"}}) {
            KeyboardChoice.typeInto(page, "#" + field[0], field[1]);
        }
        Browser.tabToAndEnter(page, Browser.button(page, "Lagre planen"), 5);

        page.waitForURL(Pattern.compile(".*/cases/" + caseId + "$"));
        browser.assertAccessible(page);
        page.navigate("/cases/" + caseId + "/plan");
        assertThat(page.locator("#goalsNeeds")).hasValue("Trygg skolestart; trenger fast voksen");
        browser.assertAccessible(page);
    }

    /**
     * The form sent with nothing chosen: the picker {@code pickerId} and each part of the best-interest note are
     * refused, each with its message, in the summary's order.
     */
    private void assertRefusedWithHeardNote(Page page, String pickerId, String pickerMessage) {
        assertThat(ErrorSummaryCheck.assertEveryMessageLinked(page)).containsExactly(pickerMessage,
                "Velg om barnet er hørt", "Skriv hvordan barnets syn og barnets beste er vektlagt",
                "Skriv hvilke andre løsninger som er vurdert", "Skriv konklusjonen");
        assertThat(page.locator("#" + pickerId + "-error")).hasText(pickerMessage);
        browser.assertAccessible(page);
    }

    /**
     * From the focused error summary, its first link to the picker's search field; the teacher is found by name
     * (one match) and chosen with Space. Returns the teacher's name.
     */
    private String chooseTheTeacherFromTheKeyboard(Page page, String pickerId) {
        ErrorSummaryCheck.followFirstLink(page);
        assertThat(page.locator("#" + pickerId)).isFocused();
        String teacher = fixtures.user("laerer").displayName();
        page.keyboard().type(teacher);
        Locator match = page.getByLabel(teacher + ", Gimle skole");
        assertThat(match).isVisible();
        assertThat(page.locator("#" + pickerId + "-status")).hasText("1 treff");
        browser.assertAccessible(page);
        Browser.tabTo(page, match, 5);
        page.keyboard().press("Space");
        assertThat(match).isChecked();
        return teacher;
    }

    /** The best-interest note (a transition is a hand-over; a coordinator takes over): the child was heard. */
    private static void writeNoteFromTheKeyboard(Page page, String prefix) {
        var note = no.laget.support.BestInterestNotesFixture.heard();
        Browser.tabTo(page, page.locator("[id='" + prefix + ".childHeard']"), 10);
        page.keyboard().press("Space");
        assertThat(page.locator("[id='" + prefix + ".childHeard']")).isChecked();
        String[][] fields = {{"childViews", note.childViews()}, {"howHeard", note.howHeard()},
                {"weighing", note.weighing()}, {"alternatives", note.alternatives()}, {"conclusion", note.conclusion()}};
        for (String[] field : fields) {
            Browser.tabTo(page, page.locator("[id='" + prefix + "." + field[0] + "']"), 10);
            page.keyboard().type(field[1]);
        }
    }
}
