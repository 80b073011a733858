package no.laget.browser;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.options.AriaRole;

import no.laget.consent.internal.ConsentRequestForm;
import no.laget.consent.ConsentRequests;
import no.laget.platform.security.SignedInUser;
import no.laget.support.Browser;
import no.laget.support.BrowserTest;
import no.laget.support.FamilyFixtures;
import no.laget.support.FamilyFixtures.Family;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The family's consent pages in a real browser on a 375 px wide screen: axe-clean, and the answer reachable by keyboard.
 * The family's ID-porten login is not part of this test (another part of issue 12): the pages are rendered for a
 * signed-in guardian through the application's own filter chain (MockMvc), and the browser loads each at its own
 * address, with the stylesheets and scripts from the running application.
 */
@BrowserTest
class FamilyConsentPageBrowserTest extends BrowserJourney {

    @Autowired WebApplicationContext context;
    @Autowired FamilyFixtures families;
    @Autowired ConsentRequests requests;
    @Autowired UserDetailsService accounts;
    @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

    MockMvc mvc;

    @BeforeEach
    void arrange() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    private String render(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    /** Loads the rendered page in the browser at its own address; everything else comes from the application. */
    private Page open(String path, String html) {
        Page page = browser.newPage(port, options -> options.setViewportSize(375, 800));
        page.route("**" + path, route -> route.fulfill(new Route.FulfillOptions()
                .setStatus(200).setContentType("text/html; charset=utf-8").setBody(html)));
        page.navigate(path);
        return page;
    }

    @Test
    void theConsentListAndTheAnswerFormAreAccessibleAndTheAnswerIsReachedByKeyboard() throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Oslo"));
        Family family = families.childWithGuardian("laerer", LocalDate.of(2017, 5, 9), true);
        String second = families.addGuardian("laerer", family.childId(), true);
        SignedInUser teacher = (SignedInUser) accounts.loadUserByUsername("laerer");
        long nurseUnit = ((SignedInUser) accounts.loadUserByUsername("helsesykepleier")).unitId();
        no.laget.consent.RequestConsent ask = new ConsentRequestForm("GUARDIANS", "Samarbeid om språk ved skolestart",
                List.of("BASIC", "RELAY_LOG"), List.of(String.valueOf(nurseUnit)), List.of("SCHOOL"),
                today.toString(), today.plusMonths(6).toString()).toCommand();
        long given = requests.request(teacher, family.childId(), ask);
        for (String pid : List.of(family.guardianNumber(), second)) {
            mvc.perform(post("/familie/barn/{c}/samtykker/foresporsler/{r}", family.childId(), given)
                    .with(families.as(pid)).with(csrf()).param("answer", "ALL"));
        }
        long waiting = requests.request(teacher, family.childId(), ask);

        String listPath = "/familie/barn/" + family.childId() + "/samtykker";
        Page list = open(listPath, render(get(listPath).with(families.as(family.guardianNumber()))));
        assertThat(list.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).containsText("Samtykker for");
        assertThat(list.getByText("Gjelder nå")).isVisible();
        browser.assertAccessible(list);
        Locator answerLink = Browser.link(list, "Les mer og svar");
        Browser.tabTo(list, answerLink, 30);
        Browser.tabTo(list, Browser.link(list, "Trekk tilbake samtykket"), 30);

        String answerPath = "/familie/barn/" + family.childId() + "/samtykker/foresporsler/" + waiting;
        String withErrors = render(post(answerPath).with(families.as(family.guardianNumber())).with(csrf())
                .param("answer", "PART").param("comment", "Barnet vil gjerne"));
        Page answer = open(answerPath, withErrors);
        assertThat(answer.getByText("Det er frivillig å samtykke.", new Page.GetByTextOptions().setExact(false))).isVisible();
        assertThat(answer.locator("#categories-error")).isVisible();
        assertThat(answer.locator("#comment")).hasValue("Barnet vil gjerne");
        browser.assertAccessible(answer);
        Locator no = answer.getByLabel("Nei", new Page.GetByLabelOptions().setExact(true));
        // the radio group is entered on the chosen answer (the typed value was kept); the arrow key changes it
        Browser.tabTo(answer, answer.getByLabel("Ja, men bare til noe av det (velg under)"), 40);
        answer.keyboard().press("ArrowDown");
        assertThat(no).isChecked();
        Browser.tabTo(answer, answer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send svaret")), 20);
    }
}
