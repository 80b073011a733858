package no.laget.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Cookie;

import no.laget.casework.internal.AddMeasure;
import no.laget.casework.CaseCommands;
import no.laget.casework.Cases;
import no.laget.casework.internal.Meetings;
import no.laget.casework.internal.OpenCase;
import no.laget.casework.internal.RelayLog;
import no.laget.casework.internal.Responsible;
import no.laget.platform.security.FamilySignIn;
import no.laget.platform.security.SignedInUser;
import no.laget.platform.time.Oslo;
import no.laget.support.Browser;
import no.laget.support.BrowserTest;
import no.laget.support.ChildFixtures;
import no.laget.support.FamilyFixtures;
import no.laget.support.FamilyFixtures.Family;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.session.SessionRepository;

/**
 * A guardian reads the relay log on a phone and adds the family's own words, with JavaScript and without; every page
 * is axe-clean. The login itself (ID-porten) is another journey's: here the family's session is made directly, with
 * the family's login stored under the family chain's own session key, as a real login leaves it.
 */
@BrowserTest
class FamilyRelayLogJourneyTest extends BrowserJourney {

    @Autowired FamilyFixtures families;
    @Autowired ChildFixtures fixtures;
    @Autowired Cases cases;
    @Autowired RelayLog relayLog;
    @Autowired Meetings meetings;
    @Autowired Clock clock;
    @SuppressWarnings("rawtypes") @Autowired SessionRepository sessions; // the JDBC one, whose session type is not public

    @Test
    void a_guardian_reads_the_log_and_adds_own_words_on_a_phone() {
        LocalDate today = LocalDate.now(clock.withZone(Oslo.ZONE));
        Family family = families.childWithGuardian("ansatt", LocalDate.of(2018, 1, 1).plusDays(java.util.concurrent.ThreadLocalRandom.current().nextInt(4 * 365)), true);
        SignedInUser ansatt = fixtures.user("ansatt");
        fixtures.consent("ansatt", family.childId(), ansatt.unitId(), today.minusDays(1), today.plusYears(1), "RELAY_LOG");
        long caseId = cases.open(ansatt, family.childId(), OpenCase.atLevel1(ansatt.employeeId(), "Trives i barnehagen"));
        long measure = relayLog.addMeasure(ansatt, caseId, new AddMeasure("Lesestund hver dag", Responsible.employee(ansatt.employeeId()),
                today, today.plusWeeks(4)));
        relayLog.evaluate(ansatt, caseId, CaseCommands.evaluation(measure, "Går bedre", "Liker å lese", today));
        long meeting = meetings.plan(ansatt, caseId, CaseCommands.meeting(today, "Barnehagen", "Oppstart", ansatt.unitId()));
        meetings.writeMinutes(ansatt, caseId, meeting, CaseCommands.minutes("Vi ble enige om lesestund", "Vil lese", 0));
        cases.changeLevel(ansatt, caseId, CaseCommands.toLevel(2, "Trenger helsestasjonen", 0));
        String session = familySession(family.guardianNumber());
        String log = "/familie/barn/" + family.childId() + "/stafettlogg";

        Page phone = browser.newPage(port, options -> options.setViewportSize(375, 740).setIsMobile(true));
        signIn(phone, session);
        phone.navigate("/familie/barn/" + family.childId());
        browser.assertAccessible(phone);
        Browser.link(phone, "Stafettloggen").click();
        assertThat(phone.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Mål"))).isVisible();
        assertThat(phone.locator("[data-meeting]")).containsText("Vi ble enige om lesestund");
        assertThat(phone.locator("[data-best-interest]")).containsText("Samarbeidet gikk til nivå 2");
        browser.assertAccessible(phone);

        Browser.link(phone, "Skriv med egne ord").click();
        assertThat(phone.locator("[data-writing-as]")).containsText("Du skriver som foresatt");
        browser.assertAccessible(phone);
        Browser.button(phone, "Send").click();
        assertThat(phone.locator("#text-error")).hasText("Skriv hva dere vil si til tjenestene");
        assertThat(phone.locator("[data-error-summary]")).isFocused();
        browser.assertAccessible(phone);
        phone.getByLabel("Hva vil dere si til tjenestene?").fill("Hun gleder seg til lesestunden.");
        Browser.button(phone, "Send").click();
        assertThat(phone.locator("[data-words-saved]")).isVisible();
        assertThat(phone.locator("[data-family-words]")).containsText("Hun gleder seg til lesestunden.");
        browser.assertAccessible(phone);

        // Without JavaScript: the same form works as a plain post.
        Page plain = browser.newPage(port, options -> options.setJavaScriptEnabled(false).setViewportSize(375, 740));
        signIn(plain, session);
        plain.navigate(log + "/" + caseId + "/egne-ord");
        plain.getByLabel("Hva vil dere si til tjenestene?").fill("Og hun vil ha med bamsen.");
        Browser.button(plain, "Send").click();
        assertThat(plain.locator("[data-family-words]")).hasCount(2);
    }

    /** A stored session holding a family login, as the family chain keeps it; returns the cookie value. */
    @SuppressWarnings("unchecked")
    private String familySession(String identityNumber) {
        org.springframework.session.Session stored = sessions.createSession();
        stored.setAttribute("LAGET_FAMILY_SECURITY_CONTEXT",
                new SecurityContextImpl(new FamilySignIn(families.member(identityNumber))));
        sessions.save(stored);
        return Base64.getEncoder().encodeToString(stored.getId().getBytes(StandardCharsets.UTF_8));
    }

    private static void signIn(Page page, String session) {
        page.context().addCookies(List.of(new Cookie("SESSION", session).setDomain("localhost").setPath("/")));
    }
}
