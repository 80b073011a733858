package no.laget.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;

import no.laget.casework.Cases;
import no.laget.consent.internal.ConsentForm;
import no.laget.consent.internal.ConsentRequestForm;
import no.laget.casework.internal.OpenCase;
import no.laget.consent.ConsentRequests;
import no.laget.consent.Consents;
import no.laget.platform.security.SignedInUser;
import no.laget.platform.time.Oslo;
import no.laget.support.Browser;
import no.laget.support.BrowserTest;
import no.laget.support.FamilyFixtures;
import no.laget.support.FamilyFixtures.Family;
import no.laget.support.VeraPdf;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Issue 12's "done when" journey on a 375 px phone, once with JavaScript and once without: a guardian logs in through
 * the demo's own ID-porten, grants Gimle skole the relay log for six months in answer to the school's request; the
 * teacher reads the child's relay case (allowed, on the family's consent); the guardian withdraws the relay log; the
 * teacher's next read is refused; the guardian finds the teacher's reads in "Hvem har sett opplysningene" with the
 * consent and its date as the basis, and downloads the innsyn PDF (PDF/UA and PDF/A by veraPDF).
 *
 * <p>What the teacher reads: the relay case page {@code /cases/{id}} of a case the health station holds. The school is
 * no participant, so the case page admits it only on a live consent naming it for RELAY_LOG (Cases.access accepts
 * CONSENT or EMERGENCY for others), which is what the family grants and withdraws. The school serves the child (it
 * must, to ask for consent), but serving gives a school BASIC and EDUCATION only, never the relay log.
 *
 * <p>Without JavaScript axe cannot run in the page itself, so each page is checked as laid out in a second,
 * JavaScript-enabled page of the same origin with the same HTML.
 */
@BrowserTest
class FamilyDoorJourneyTest extends BrowserJourney {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    @Autowired FamilyFixtures families;
    @Autowired ConsentRequests requests;
    @Autowired Consents consents;
    @Autowired Cases cases;
    @Autowired UserDetailsService accounts;
    @Autowired Clock clock;

    @Test
    void with_javascript_a_guardian_grants_the_school_the_relay_log_withdraws_it_and_sees_who_looked() throws Exception {
        journey(true);
    }

    @Test
    void without_javascript_a_guardian_grants_the_school_the_relay_log_withdraws_it_and_sees_who_looked() throws Exception {
        journey(false);
    }

    private void journey(boolean javaScript) throws Exception {
        // Arrange, through the real services: a child at Gimle skole with one guardian (parental responsibility), a
        // paper consent letting the health station hold a relay case, the case, and the school's pending request.
        LocalDate today = LocalDate.now(clock.withZone(Oslo.ZONE));
        Family family = families.childWithGuardian("laerer",
                LocalDate.of(2014, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(4 * 365)), true);
        SignedInUser teacher = user("laerer");
        SignedInUser nurse = user("helsesykepleier");
        consents.record(teacher, family.childId(), new ConsentForm("GUARDIANS",
                List.of(String.valueOf(family.guardianId())), "WRITTEN", "", "Oppfølging på helsestasjonen",
                List.of("BASIC", "RELAY_LOG"), List.of(String.valueOf(nurse.unitId())), List.of(),
                today.minusDays(1).toString(), today.plusYears(1).toString(), "false").toCommand());
        long caseId = cases.open(nurse, family.childId(), OpenCase.atLevel1(nurse.employeeId(), "Sover godt om natten"));
        requests.request(teacher, family.childId(), new ConsentRequestForm("GUARDIANS", "Samarbeid om skolestart",
                List.of("RELAY_LOG"), List.of(String.valueOf(teacher.unitId())), List.of(), today.toString(),
                today.plusMonths(6).toString()).toCommand());
        String casePath = "/cases/" + caseId;
        Axe axe = new Axe(javaScript);

        // The guardian logs in through the demo's ID-porten with the number on record.
        Page guardian = phone(javaScript);
        guardian.navigate("/familie");
        guardian.waitForURL("**/familie/logg-inn");
        axe.check(guardian);
        Browser.link(guardian, "Logg inn med ID-porten").click();
        guardian.waitForURL("**/idporten/authorize**");
        guardian.locator("input[name=username]").fill(family.guardianNumber());
        if (javaScript) {
            browser.notOurs(guardian); // the mock ID-porten's form is not Laget's
        }
        guardian.locator("form [type=submit]").first().click();
        guardian.waitForURL("**/familie?continue");
        assertThat(guardian.locator("h1")).hasText("Barna dine");
        axe.check(guardian);
        guardian.locator("main a[href$='/familie/barn/" + family.childId() + "']").click();
        guardian.waitForURL("**/familie/barn/" + family.childId());
        axe.check(guardian);

        // ... answers the school's request: yes to all, the relay log to Gimle skole for six months.
        guardian.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Samtykker").setExact(true)).click();
        Locator request = guardian.locator("article[data-request]").filter(new Locator.FilterOptions()
                .setHasText("Gimle skole spør om samtykke"));
        assertThat(request).containsText("Stafettloggen");
        assertThat(request).containsText("Fra og med " + today.format(DATE) + " til og med "
                + today.plusMonths(6).format(DATE));
        axe.check(guardian);
        request.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Les mer og svar")).click();
        assertThat(guardian.locator("h1")).containsText("Gimle skole spør om samtykke");
        axe.check(guardian);
        guardian.getByLabel("Ja, til alt det spørres om").check();
        Browser.button(guardian, "Send svaret").click();
        assertThat(guardian.getByText("Takk for svaret. Svaret er registrert.")).isVisible();
        Locator granted = schoolConsent(guardian);
        assertThat(granted.locator("[data-status]")).hasAttribute("data-status", "LIVE");
        assertThat(granted).containsText("Digitalt i Laget, innlogget med ID-porten på høyt sikkerhetsnivå");
        axe.check(guardian);

        // The teacher, in a browser of their own, reads the child's relay case: allowed on the family's consent.
        Page school = phone(javaScript);
        teacherLogsIn(school, axe);
        Response allowed = school.navigate(casePath);
        assertThat(allowed.status()).isEqualTo(200);
        assertThat(school.locator("h1")).hasText(java.util.regex.Pattern.compile("^Stafettlogg"));
        assertThat(school.getByText("Sover godt om natten")).isVisible();
        axe.check(school);

        // The guardian withdraws the relay log from the school's consent.
        guardian.reload();
        axe.check(guardian);
        schoolConsent(guardian).getByRole(AriaRole.LINK, new Locator.GetByRoleOptions()
                .setName("Trekk tilbake samtykket")).click();
        assertThat(guardian.locator("h1")).containsText("Trekk tilbake samtykke");
        axe.check(guardian);
        guardian.getByLabel("Bare noe av det (velg under)").check();
        guardian.getByLabel(java.util.regex.Pattern.compile("^Stafettloggen.* – Gimle skole$")).check();
        Browser.button(guardian, "Trekk tilbake").click();
        assertThat(guardian.getByText("Samtykket er trukket tilbake.", new Page.GetByTextOptions().setExact(false)))
                .isVisible();
        assertThat(schoolConsent(guardian)).containsText("trukket tilbake " + today.format(DATE));
        axe.check(guardian);

        // The teacher's very next read is refused, in plain words.
        Response refused = school.navigate(casePath);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(school.locator("h1")).hasText("Ingen tilgang");
        assertThat(school.getByText("Familien har trukket tilbake samtykket.", new Page.GetByTextOptions().setExact(false)))
                .isVisible();
        assertThat(school.getByText("Sover godt om natten")).hasCount(0);
        axe.check(school);

        // "Hvem har sett": the teacher's reads of the relay log, each on the family's consent of today.
        guardian.navigate("/familie/barn/" + family.childId());
        axe.check(guardian);
        Browser.link(guardian, "Hvem har sett opplysningene").click();
        assertThat(guardian.locator("h1")).hasText("Hvem har sett opplysningene");
        Locator teacherReads = guardian.locator("li.seen-entry").filter(new Locator.FilterOptions()
                .setHasText("En ansatt ved Gimle skole så stafettloggen"));
        assertThat(teacherReads.first()).isVisible();
        int reads = teacherReads.count();
        for (int i = 0; i < reads; i++) {
            assertThat(teacherReads.nth(i)).containsText("Grunnlag: samtykke fra familien gitt " + today.format(DATE) + ".");
        }
        axe.check(guardian);

        // ... and downloads everything Laget holds about the child as an accessible PDF.
        guardian.navigate("/familie/barn/" + family.childId());
        axe.check(guardian);
        Browser.link(guardian, "Last ned alt vi har om barnet").click();
        assertThat(guardian.locator("h1")).hasText("Last ned alt vi har om barnet");
        axe.check(guardian);
        Download download = guardian.waitForDownload(() -> guardian.getByRole(AriaRole.LINK,
                new Page.GetByRoleOptions().setName("Last ned som PDF")).click());
        byte[] pdf = Files.readAllBytes(download.path());
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(download.suggestedFilename()).endsWith(".pdf").doesNotContain(family.guardianNumber())
                .doesNotContain(family.childNumber());
        assertThat(VeraPdf.failures(pdf)).isEmpty();
    }

    /** The consent card naming Gimle skole on the family's consent list. */
    private static Locator schoolConsent(Page page) {
        return page.locator("article[data-consent]").filter(new Locator.FilterOptions().setHasText("Gimle skole"));
    }

    private Page phone(boolean javaScript) {
        return browser.newPage(port, options -> options.setViewportSize(375, 812).setJavaScriptEnabled(javaScript));
    }

    /** The demo teacher logs in at the employees' door (password demo) and lands on the start page. */
    private void teacherLogsIn(Page page, Axe axe) {
        page.navigate("/login");
        axe.check(page);
        page.getByLabel("Brukernavn").fill("laerer");
        page.getByLabel("Passord").fill("demo");
        Browser.button(page, "Logg inn").click();
        page.waitForURL(java.util.regex.Pattern.compile("^[^?#]*/(mine-frister)?$"));
        axe.check(page);
    }

    private SignedInUser user(String username) {
        return (SignedInUser) accounts.loadUserByUsername(username);
    }

    /**
     * The axe check for either variant: with JavaScript, in the page itself; without, the same HTML laid out in a
     * JavaScript-enabled page of the same origin (so the style sheets load as they do for the page).
     */
    private final class Axe {
        private final boolean javaScript;
        private Page checker;

        Axe(boolean javaScript) {
            this.javaScript = javaScript;
        }

        void check(Page page) {
            if (javaScript) {
                browser.assertAccessible(page);
                return;
            }
            if (checker == null) {
                checker = browser.newPage(port, options -> options.setViewportSize(375, 812));
                checker.navigate("/familie/logg-inn");
                browser.assertAccessible(checker);
            }
            checker.setContent(page.content());
            browser.assertAccessible(checker);
        }
    }
}
