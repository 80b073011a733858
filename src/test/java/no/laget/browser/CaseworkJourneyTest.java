package no.laget.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import no.laget.support.Browser;
import no.laget.support.BrowserTest;
import no.laget.support.ChildFixtures;
import no.laget.support.TestChildren;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * From a concern to a level-1 case with a measure and an evaluation: the kindergarten writes down what it saw,
 * follows the guide, decides to go to level 1, opens the relay log under the family's consent, adds a measure and
 * evaluates it, first forgetting the child's voice. Parts of it are done from the keyboard.
 */
@BrowserTest
class CaseworkJourneyTest extends BrowserJourney {

    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    @Autowired ChildFixtures fixtures;

    @Test
    void a_kindergarten_goes_from_a_concern_to_a_level_one_case_with_a_measure_and_an_evaluation() {
        LocalDate today = LocalDate.now(OSLO);
        String familyName = TestChildren.familyName();
        long child = fixtures.childOf("ansatt", familyName);
        fixtures.consent("ansatt", child, fixtures.user("ansatt").unitId(), today, today.plusYears(1), "BASIC", "RELAY_LOG");
        Page page = browser.signedIn(port, "ansatt");

        // The child's page leads to its casework.
        page.navigate("/children/" + child);
        browser.assertAccessible(page);
        browser.clickTo(page, Browser.link(page, "Undring og stafettlogg"), "**/children/" + child + "/casework");
        browser.clickTo(page, Browser.link(page, "Skriv undringsnotat"), "**/concerns/new");

        // Sent empty, the note is refused with its own message.
        page.getByLabel("Hva har du sett eller hørt?").fill("");
        Browser.button(page, "Lagre undringsnotatet").click();
        assertThat(page.locator("#whatSeen-error")).hasText("Skriv hva du har sett eller hørt");
        assertThat(page.locator("[data-error-summary]")).isFocused();
        browser.assertAccessible(page);

        page.getByLabel("Når så eller hørte du det?").fill(today.minusDays(1).toString());
        page.getByLabel("Hva har du sett eller hørt?").fill("Sitter alene i utetiden og sier lite i samlingsstund.");
        browser.clickTo(page, Browser.button(page, "Lagre undringsnotatet"), Pattern.compile(".*/concerns/\\d+$"));
        assertThat(page.getByRole(AriaRole.MAIN)).containsText("Frist for avgjørelse: "
                + today.plusDays(14).getDayOfMonth() + "." + today.plusDays(14).getMonthValue() + ".");

        // The guide: shared with the leader.
        page.getByLabel("Delt undringen med en kollega eller leder").check();
        page.getByLabel("Dato", new Page.GetByLabelOptions().setExact(true)).fill(today.toString());
        Browser.button(page, "Registrer steget").click();
        page.waitForURL(Pattern.compile(".*/concerns/\\d+$"));
        // the address is the same before and after the post: wait for the step to show as done, then check the page
        assertThat(page.locator("[data-step=SHARED]")).containsText("Gjort");
        browser.assertAccessible(page);

        // The decision, from the keyboard: level 1.
        Locator levelOne = page.getByLabel("Gå til nivå 1: tiltak i egen tjeneste sammen med barnet og foreldrene");
        levelOne.focus();
        page.keyboard().press("Space");
        assertThat(levelOne).isChecked();
        Browser.tabToAndEnter(page, Browser.button(page, "Lagre avgjørelsen"), 5);
        page.waitForURL("**/children/" + child + "/cases/new?**");
        browser.assertAccessible(page);
        assertThat(page.getByLabel("Nivå 1: tiltak i egen tjeneste, sammen med barnet og foreldrene")).isChecked();

        // The case, with the employee as relay holder and a goal.
        page.getByLabel("Mål").fill("Leker med andre barn i utetiden");
        browser.clickTo(page, Browser.button(page, "Opprett saken"), Pattern.compile(".*/cases/\\d+$"));
        assertThat(page.getByRole(AriaRole.MAIN)).containsText("Leker med andre barn i utetiden");

        // A measure with a responsible and an evaluation date.
        page.locator("summary", new Page.LocatorOptions().setHasText("Legg til tiltak")).click();
        Locator measureForm = page.locator("form[action$='/measures']");
        measureForm.getByLabel("Hva skal gjøres?").fill("Fast voksen setter i gang lek i utetiden");
        measureForm.getByLabel(Pattern.compile("^Ingrid Demodatter")).check();
        page.getByLabel("Startdato").fill(today.toString());
        page.getByLabel("Dato for evaluering", new Page.GetByLabelOptions().setExact(true)).fill(today.plusWeeks(4).toString());
        browser.clickTo(page, Browser.button(page, "Lagre tiltaket"), Pattern.compile(".*/cases/\\d+$"));
        assertThat(page.locator("[data-measure]")).containsText("Fast voksen setter i gang lek i utetiden");

        // The evaluation, first without the child's voice.
        page.locator("summary", new Page.LocatorOptions().setHasText("Evaluer et tiltak")).click();
        Locator evaluationForm = page.locator("form[action$='/evaluations']");
        evaluationForm.getByLabel("Fast voksen setter i gang lek i utetiden").check();
        evaluationForm.getByLabel("Bedre").check();
        page.getByLabel("Vurdering", new Page.GetByLabelOptions().setExact(true)).fill("Leker oftere med to andre barn.");
        Browser.button(page, "Lagre evalueringen").click();
        page.waitForURL(Pattern.compile(".*/cases/\\d+/evaluations$"));
        assertThat(page.locator("#childVoice-error")).hasText("Skriv hva barnet sier");
        assertThat(page.getByLabel("Vurdering", new Page.GetByLabelOptions().setExact(true))).hasValue("Leker oftere med to andre barn.");
        browser.assertAccessible(page);
        page.getByLabel("Hva sier barnet?").fill("Det er gøy å leke sisten.");
        browser.clickTo(page, Browser.button(page, "Lagre evalueringen"), Pattern.compile(".*/cases/\\d+$"));
        assertThat(page.locator("[data-measure]")).containsText("Barnet sier: Det er gøy å leke sisten.");
    }
}
