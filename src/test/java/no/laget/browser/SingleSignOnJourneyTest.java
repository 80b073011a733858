package no.laget.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.List;

import com.microsoft.playwright.Page;

import no.laget.organisation.Employee;
import no.laget.organisation.Organisation;
import no.laget.organisation.internal.EmployeeAdministration;
import no.laget.organisation.internal.EmployeeForm;
import no.laget.support.Browser;
import no.laget.support.ProductionWithSingleSignOn;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static no.laget.support.Accounts.unique;

/**
 * An employee of a production Laget signs in through the municipality's identity provider (NAV's mock-oauth2-server
 * and its login form) and reaches "Mine saker og frister"; someone the provider knows but Laget does not gets the
 * bokmål page that says whom to contact.
 */
@ProductionWithSingleSignOn
class SingleSignOnJourneyTest extends BrowserJourney {

    @Autowired EmployeeAdministration administration;
    @Autowired Organisation organisation;

    @Test
    void a_linked_employee_signs_in_with_the_municipalitys_login_reaches_mine_saker_og_frister_and_signs_out() {
        String subject = unique("ansatt");
        Employee employee = administration.create(new EmployeeForm("Siv Syntetisk", unique("siv"),
                "siv@halden.kommune.no", String.valueOf(organisation.units().getFirst().id()), List.of("EMPLOYEE"), "",
                subject));
        Page page = browser.newPage(port);

        page.navigate("/mine-frister");
        page.waitForURL("**/login");
        browser.assertAccessible(page);
        Browser.link(page, "Logg inn med kommunens innlogging").click();
        signInAtTheProvider(page, subject);

        page.waitForURL("**/mine-frister**");
        assertThat(page.locator("h1")).hasText("Mine saker og frister");
        assertThat(page.getByText(employee.displayName()).first()).isVisible();
        browser.assertAccessible(page);

        java.util.List<String> visited = new java.util.concurrent.CopyOnWriteArrayList<>();
        page.onRequest(request -> visited.add(request.url()));
        browser.logOut(page);
        // logout ends the provider's session too: the browser went through its end-session endpoint (which the
        // page's form-action policy must allow) and came back
        org.assertj.core.api.Assertions.assertThat(visited).anyMatch(url -> url.startsWith(
                ProductionWithSingleSignOn.IDP.endSessionEndpointUrl(ProductionWithSingleSignOn.ISSUER_ID).toString()));
    }

    @Test
    void someone_who_is_not_a_linked_employee_gets_a_clear_page_in_bokmaal() {
        Page page = browser.newPage(port);
        page.navigate("/login");
        browser.assertAccessible(page);

        Browser.link(page, "Logg inn med kommunens innlogging").click();
        signInAtTheProvider(page, unique("ukjent"));

        page.waitForURL("**/login/ikke-registrert");
        assertThat(page.locator("h1")).hasText("Du er ikke registrert som ansatt i Laget");
        assertThat(page.getByText("Ta kontakt med den som administrerer Laget i Halden kommune")).isVisible();
        browser.assertAccessible(page);
    }

    /** The provider's own login form: not Laget's page, so it is not held to Laget's accessibility check. */
    private static void signInAtTheProvider(Page page, String subject) {
        page.waitForURL(ProductionWithSingleSignOn.IDP.authorizationEndpointUrl(ProductionWithSingleSignOn.ISSUER_ID)
                + "**");
        page.locator("input[name=username]").fill(subject);
        browser.notOurs(page);
        page.locator("form [type=submit]").first().click();
    }
}
