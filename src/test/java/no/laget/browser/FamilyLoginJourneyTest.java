package no.laget.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;

import no.laget.support.Browser;
import no.laget.support.BrowserTest;

import org.junit.jupiter.api.Test;

/**
 * A guardian on a phone (375 px) logs in through the demo's own ID-porten with the README's synthetic number, reaches
 * the child's page and logs out through ID-porten again. Every page of Laget's on the way is axe-clean; the mock
 * ID-porten's login form is not Laget's.
 */
@BrowserTest
class FamilyLoginJourneyTest extends BrowserJourney {

    @Test
    void a_guardian_logs_in_with_the_demo_id_porten_reaches_the_childs_page_and_logs_out() {
        Page page = browser.newPage(port, options -> options.setViewportSize(375, 812));

        page.navigate("/familie");
        page.waitForURL("**/familie/logg-inn");
        browser.assertAccessible(page);
        Browser.link(page, "Logg inn med ID-porten").click();

        page.waitForURL("**/idporten/authorize**");
        page.locator("input[name=username]").fill("14868712059"); // Maria Fiktivsen, README.md
        browser.notOurs(page);
        page.locator("form [type=submit]").first().click();

        page.waitForURL("**/familie?continue");
        assertThat(page.locator("h1")).hasText("Barna dine");
        browser.assertAccessible(page);
        Browser.link(page, "Emma Fiktivsen").click();
        page.waitForURL("**/familie/barn/*");
        assertThat(page.locator("h1")).hasText("Emma Fiktivsen");
        browser.assertAccessible(page);

        Browser.button(page, "Logg ut").click();
        page.waitForURL("**/familie/logg-inn?utlogget");
        assertThat(page.getByText("Du er logget ut.")).isVisible();
        browser.assertAccessible(page);
    }

    @Test
    void without_javascript_and_with_lagets_own_csp_the_logout_goes_on_through_id_porten() {
        // no axe here (it needs the CSP bypassed); the first journey checks the same pages
        Page page = browser.newPage(port, options -> options.setViewportSize(375, 812).setJavaScriptEnabled(false)
                .setBypassCSP(false));

        page.navigate("/familie/logg-inn");
        Browser.link(page, "Logg inn med ID-porten").click();
        page.waitForURL("**/idporten/authorize**");
        page.locator("input[name=username]").fill("21908333028"); // Aisha Diktesen, README.md
        page.locator("form [type=submit]").first().click();
        page.waitForURL("**/familie");
        assertThat(Browser.link(page, "Noah Diktesen")).isVisible();

        // form-action covers the redirect to ID-porten's end-session endpoint: without it the browser stops here
        Browser.button(page, "Logg ut").click();
        page.waitForURL("**/familie/logg-inn?utlogget");
        assertThat(page.getByText("Du er logget ut.")).isVisible();
    }
}
