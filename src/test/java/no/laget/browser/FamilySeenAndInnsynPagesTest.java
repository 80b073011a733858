package no.laget.browser;

import java.time.LocalDate;
import java.util.List;

import com.microsoft.playwright.Page;

import no.laget.access.EmergencyAccess;
import no.laget.child.Children;
import no.laget.consent.internal.ConsentForm;
import no.laget.consent.Consents;
import no.laget.organisation.Organisation;
import no.laget.platform.security.SignedInUser;
import no.laget.support.BrowserTest;
import no.laget.support.FamilyFixtures;
import no.laget.support.FamilyFixtures.Family;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * "Hvem har sett opplysningene" and the innsyn page are axe-clean on a 375 px wide screen. The family's ID-porten login
 * is not in this browser's reach here, so the page is rendered as the signed-in family member sees it (MockMvc with
 * the family's login) and laid out by the browser against the running application, with its style sheets.
 */
@BrowserTest
class FamilySeenAndInnsynPagesTest extends BrowserJourney {

    @Autowired WebApplicationContext context;
    @Autowired FamilyFixtures families;
    @Autowired UserDetailsService accounts;
    @Autowired Children children;
    @Autowired Consents consents;
    @Autowired Organisation organisation;
    @Autowired EmergencyAccess emergencyAccess;

    /** The elements that reach past the right edge of the screen, for the failure message. */
    private static final String WIDER = """
            () => [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > 375 || e.scrollWidth > e.clientWidth + 1)
                  .slice(0, 8).map(e => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right) + '/' + e.scrollWidth + '>' + e.clientWidth)
                  .join('; ')""";

    @Test
    void who_has_looked_and_innsyn_are_accessible_on_a_narrow_screen() throws Exception {
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        Family family = families.childWithGuardian("helsesykepleier", LocalDate.of(2019, 3, 14), true);
        SignedInUser nurse = (SignedInUser) accounts.loadUserByUsername("helsesykepleier");
        long school = organisation.units().stream().filter(u -> u.name().equals("Gimle skole")).findFirst()
                .orElseThrow().id();
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/Oslo"));
        consents.record(nurse, family.childId(), new ConsentForm("GUARDIANS", List.of(String.valueOf(family.guardianId())),
                "WRITTEN", "", "Samarbeid om skolestart", List.of("BASIC"), List.of(String.valueOf(school)), List.of(),
                today.minusDays(1).toString(), today.plusMonths(6).toString(), "false").toCommand());
        children.get((SignedInUser) accounts.loadUserByUsername("laerer"), family.childId());
        SignedInUser ppt = (SignedInUser) accounts.loadUserByUsername("ppt");
        emergencyAccess.open(ppt, family.childId(), "Barnet er skadet på tur og foreldrene kan ikke nås nå");
        children.get(ppt, family.childId());

        for (String path : List.of("/hvem-har-sett", "/innsyn")) {
            String html = mvc.perform(get("/familie/barn/{id}" + path, family.childId())
                            .with(families.as(family.guardianNumber())))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            Page page = browser.newPage(port, options -> options.setViewportSize(375, 812));
            page.navigate("/familie/logg-inn");
            browser.assertAccessible(page);
            Object loginWidth = page.evaluate("() => document.documentElement.scrollWidth");
            page.setContent(html);
            browser.assertAccessible(page);
            assertThat((Boolean) page.evaluate("() => document.documentElement.scrollWidth <= 375"))
                    .as("%s fits 375 px without sideways scrolling; wider: %s", path, page.evaluate("() => document.documentElement.scrollWidth") + " (login " + loginWidth + ") "
                            + page.evaluate(WIDER)).isTrue();
        }
    }
}
