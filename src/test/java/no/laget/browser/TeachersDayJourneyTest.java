package no.laget.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.regex.Pattern;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import no.laget.casework.internal.AddMeasure;
import no.laget.casework.Cases;
import no.laget.casework.internal.OpenCase;
import no.laget.casework.internal.RelayLog;
import no.laget.casework.internal.Responsible;
import no.laget.platform.security.SignedInUser;
import no.laget.platform.time.Oslo;
import no.laget.support.BestInterestNotesFixture;
import no.laget.support.Browser;
import no.laget.support.BrowserTest;
import no.laget.support.ChildFixtures;
import no.laget.support.TestChildren;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A kindergarten teacher's day (issue 16, "done when"): she logs in to "Mine saker og frister" and sees the deadline
 * due today, writes a concern note from "Bekymret for et barn?", follows the guide to a level-1 case, moves it to
 * level 2 with a best-interest note, plans a meeting with a colleague found by name, downloads the meeting's
 * calendar invitation, and at last marks today's deadline done. Every page shown passes axe.
 */
@BrowserTest
class TeachersDayJourneyTest extends BrowserJourney {

    /** A colleague of ansatt in Brekkerød barnehage (demo data). */
    private static final String COLLEAGUE = "Lars Demosen, Brekkerød barnehage";

    @Autowired ChildFixtures fixtures;
    @Autowired Cases cases;
    @Autowired RelayLog relayLog;
    @Autowired Clock clock;

    @Test
    void a_kindergarten_teacher_goes_from_her_deadlines_through_a_concern_and_a_case_to_a_meeting_and_back() {
        // 1. Set-up: a child of ansatt's unit with consent, and another child whose measure is to be evaluated today.
        LocalDate today = LocalDate.now(clock.withZone(Oslo.ZONE));
        String todayText = today.getDayOfMonth() + "." + today.getMonthValue() + "." + today.getYear();
        SignedInUser ansatt = fixtures.user("ansatt");
        String familyName = TestChildren.familyName();
        String childName = "Kari " + familyName;
        long child = fixtures.childOf("ansatt", familyName);
        fixtures.consent("ansatt", child, ansatt.unitId(), today.minusDays(1), today.plusYears(1), "BASIC", "RELAY_LOG");
        String otherFamily = TestChildren.familyName();
        String otherChild = "Kari " + otherFamily;
        long other = fixtures.childOf("ansatt", otherFamily);
        fixtures.consent("ansatt", other, ansatt.unitId(), today.minusDays(1), today.plusYears(1), "BASIC", "RELAY_LOG");
        long otherCase = cases.open(ansatt, other, OpenCase.atLevel1(ansatt.employeeId(), "Trives i barnehagen"));
        relayLog.addMeasure(ansatt, otherCase, new AddMeasure("Språkgruppe to ganger i uka", Responsible.employee(ansatt.employeeId()),
                today.minusDays(20), today));

        // 2. Login lands on "Mine saker og frister", where today's deadline is listed.
        Page page = browser.signedIn(port, "ansatt");
        assertThat(page.locator("h1")).hasText("Mine saker og frister");
        assertThat(todaysDeadline(page, otherChild, todayText)).hasCount(1);
        assertThat(todaysDeadline(page, otherChild, todayText)).containsText("Evaluer tiltaket");

        // 3. A concern: "Bekymret for et barn?", find the child, write the note.
        browser.clickTo(page, Browser.mainMenuLinkExactly(page, "Bekymret for et barn?"), "**/bekymret");
        assertThat(page.locator("h1")).hasText("Bekymret for et barn?");
        page.getByLabel("Finn barnet", new Page.GetByLabelOptions().setExact(true)).fill(familyName);
        Browser.button(page, "Finn barnet").click();
        Locator write = page.getByRole(AriaRole.MAIN).getByRole(AriaRole.LINK,
                new Locator.GetByRoleOptions().setName("Skriv undringsnotat om " + childName).setExact(true));
        assertThat(write).hasCount(1);
        browser.assertAccessible(page);
        browser.clickTo(page, write, "**/children/" + child + "/concerns/new");
        page.getByLabel("Når så eller hørte du det?").fill(today.minusDays(1).toString());
        page.getByLabel("Hva har du sett eller hørt?").fill("Sitter alene i utetiden og sier lite i samlingsstund.");
        browser.clickTo(page, Browser.button(page, "Lagre undringsnotatet"), Pattern.compile(".*/concerns/\\d+$"));
        assertThat(page.getByRole(AriaRole.MAIN)).containsText("Sitter alene i utetiden og sier lite i samlingsstund.");

        // 4. The guide: shared with a colleague, then the decision "level 1", which opens the case form.
        page.getByLabel("Delt undringen med en kollega eller leder").check();
        page.getByLabel("Dato", new Page.GetByLabelOptions().setExact(true)).fill(today.toString());
        Browser.button(page, "Registrer steget").click();
        // the same address before and after: wait for the step to show as done
        assertThat(page.locator("[data-step=SHARED]")).containsText("Gjort");
        browser.assertAccessible(page);
        page.getByLabel("Gå til nivå 1: tiltak i egen tjeneste sammen med barnet og foreldrene").check();
        browser.clickTo(page, Browser.button(page, "Lagre avgjørelsen"), "**/children/" + child + "/cases/new?**");
        assertThat(page.getByLabel("Nivå 1: tiltak i egen tjeneste, sammen med barnet og foreldrene")).isChecked();
        assertThat(page.getByLabel(Pattern.compile("^Ingrid Demodatter"))).isChecked();
        page.getByLabel("Mål").fill("Leker med andre barn i utetiden");
        browser.clickTo(page, Browser.button(page, "Opprett saken"), Pattern.compile(".*/cases/\\d+$"));
        String caseUrl = page.url();
        String caseId = caseUrl.substring(caseUrl.lastIndexOf('/') + 1);
        assertThat(page.getByRole(AriaRole.MAIN)).containsText("Leker med andre barn i utetiden");
        assertThat(page.locator("dl.facts dd").first()).hasText("Nivå 1: tiltak i egen tjeneste, sammen med barnet og foreldrene");

        // 5. To level 2: the best-interest note is required there.
        page.locator("summary", new Page.LocatorOptions().setHasText("Endre nivå")).click();
        Locator levelForm = page.locator("form[action$='/level']");
        levelForm.getByLabel("Nivå 2: samarbeid mellom to tjenester").check();
        levelForm.getByLabel("Hvorfor endres nivået?").fill("Trenger også PPT");
        levelForm.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Endre nivå").setExact(true)).click();
        page.waitForURL("**/cases/" + caseId + "/level");
        assertThat(page).hasTitle(Pattern.compile("^Feil: "));
        assertThat(page.locator("[data-error-summary]")).isVisible();
        browser.assertAccessible(page);
        assertThat(page.locator("form[action$='/level']").getByLabel("Hvorfor endres nivået?")).hasValue("Trenger også PPT");
        BestInterestNotesFixture.fill(page, "levelInterest");
        Locator changeLevel = page.locator("form[action$='/level']").getByRole(AriaRole.BUTTON,
                new Locator.GetByRoleOptions().setName("Endre nivå").setExact(true));
        browser.clickTo(page, changeLevel, Pattern.compile(".*/cases/" + caseId + "$"));
        assertThat(page.locator("dl.facts dd").first()).hasText("Nivå 2: samarbeid mellom to tjenester");
        assertThat(page.getByRole(AriaRole.LIST, new Page.GetByRoleOptions().setName("Nivåhistorikk")))
                .containsText("nivå 2, Trenger også PPT (Ingrid Demodatter)");

        // 6. A meeting with the colleague found by name; then its calendar invitation.
        Locator planMeeting = page.getByRole(AriaRole.MAIN).getByRole(AriaRole.LINK,
                new Locator.GetByRoleOptions().setName("Planlegg møte").setExact(true));
        browser.clickTo(page, planMeeting, "**/cases/" + caseId + "/meetings/new");
        LocalDate meetingDay = today.plusDays(7);
        page.getByLabel("Dato for møtet").fill(meetingDay.toString());
        page.getByLabel("Starter kl.").fill("09:00");
        page.getByLabel("Slutter kl.").fill("10:00");
        page.getByLabel("Sted (valgfritt hvis møtet er på video)").fill("Møterommet");
        page.getByLabel("Saksliste").fill("Oppstart av samarbeidet");
        page.locator("#participants").pressSequentially("Demos");
        assertThat(page.getByLabel(COLLEAGUE)).isVisible();
        browser.assertAccessible(page);
        page.getByLabel(COLLEAGUE).check();
        browser.clickTo(page, Browser.button(page, "Lagre møtet"), Pattern.compile(".*/cases/" + caseId + "$"));
        Locator meeting = page.locator("[data-meeting]").last();
        assertThat(meeting).containsText(COLLEAGUE);
        assertThat(meeting).containsText(meetingDay.getDayOfMonth() + "." + meetingDay.getMonthValue() + "."
                + meetingDay.getYear() + " kl. 09:00–10:00");
        String ics = meeting.getByRole(AriaRole.LINK,
                new Locator.GetByRoleOptions().setName("Last ned invitasjon (.ics)")).getAttribute("href");
        APIResponse invitation = page.context().request().get("http://localhost:" + port + ics);
        org.assertj.core.api.Assertions.assertThat(invitation.status()).isEqualTo(200);
        org.assertj.core.api.Assertions.assertThat(invitation.headers().get("content-type")).startsWith("text/calendar");
        String calendar = invitation.text();
        org.assertj.core.api.Assertions.assertThat(calendar)
                .startsWith("BEGIN:VCALENDAR")
                .contains("METHOD:REQUEST")
                .containsPattern("UID:laget-meeting-\\d+@laget")
                .doesNotContain(familyName)
                .doesNotContain(childName);

        // 7. Back on "Mine saker og frister": today's deadline marked done leaves the list.
        browser.clickTo(page, Browser.mainMenuLinkExactly(page, "Mine saker og frister"), "**/mine-frister");
        assertThat(MyWorkPage.section(page, "Mine saker").getByRole(AriaRole.ROW)
                .filter(new Locator.FilterOptions().setHasText(childName))).not().hasCount(0);
        Locator mark = todaysDeadline(page, otherChild, todayText).getByRole(AriaRole.LINK,
                new Locator.GetByRoleOptions().setName(Pattern.compile("^Merk som utført")));
        browser.clickTo(page, mark, "**/merk");
        assertThat(page.getByRole(AriaRole.MAIN)).containsText(todayText);
        page.getByLabel("Utført", new Page.GetByLabelOptions().setExact(true)).check();
        browser.clickTo(page, Browser.button(page, "Lagre"), "**/mine-frister?merket=*");
        assertThat(page.locator("#marked")).containsText("er merket som utført og er tatt av listen");
        assertThat(todaysDeadline(page, otherChild, todayText)).hasCount(0);
    }

    /** The row of today's evaluation deadline for the child in the "Frister" section. */
    private static Locator todaysDeadline(Page page, String childName, String todayText) {
        return MyWorkPage.section(page, "Frister").getByRole(AriaRole.ROW)
                .filter(new Locator.FilterOptions().setHasText(childName))
                .filter(new Locator.FilterOptions().setHasText("Evaluer tiltaket"))
                .filter(new Locator.FilterOptions().setHasText(todayText));
    }
}
