package no.laget.browser;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import com.microsoft.playwright.Page;

import jakarta.servlet.http.Cookie;

import no.laget.child.Children;
import no.laget.consent.internal.ConsentForm;
import no.laget.consent.Consents;
import no.laget.organisation.Organisation;
import no.laget.platform.security.SignedInUser;
import no.laget.platform.web.FamilyLanguage;
import no.laget.support.BrowserTest;
import no.laget.support.FamilyFixtures;
import no.laget.support.FamilyFixtures.Family;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every family page behind the login is axe-clean in each of the nine languages, Arabic right to left. As in
 * {@link FamilySeenAndInnsynPagesTest}, the page is rendered as the signed-in guardian sees it (MockMvc with the
 * family's login and the language cookie {@code laget-sprak}) and laid out by the browser on the running
 * application's origin, with its style sheets. One child's data, made once, serves every language. The start page's
 * e-mail notice form is checked also with its field message, and so is the page its confirmation link opens.
 */
@BrowserTest
class FamilyPagesInEveryLanguageTest extends BrowserJourney {

    @Autowired WebApplicationContext context;
    @Autowired FamilyFixtures families;
    @Autowired UserDetailsService accounts;
    @Autowired Children children;
    @Autowired Consents consents;
    @Autowired Organisation organisation;

    @Test
    void every_family_page_is_axe_clean_in_every_language_and_arabic_is_right_to_left() throws Exception {
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        Family family = families.childWithGuardian("helsesykepleier", LocalDate.of(2018, 9, 3), true);
        SignedInUser nurse = (SignedInUser) accounts.loadUserByUsername("helsesykepleier");
        long school = organisation.units().stream().filter(u -> u.name().equals("Gimle skole")).findFirst()
                .orElseThrow().id();
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/Oslo"));
        consents.record(nurse, family.childId(), new ConsentForm("GUARDIANS", List.of(String.valueOf(family.guardianId())),
                "WRITTEN", "", "Samarbeid om skolestart", List.of("BASIC", "RELAY_LOG"), List.of(String.valueOf(school)),
                List.of(), today.minusDays(1).toString(), today.plusMonths(6).toString(), "false").toCommand());
        children.get((SignedInUser) accounts.loadUserByUsername("laerer"), family.childId());

        String child = "/familie/barn/" + family.childId();
        List<String> paths = List.of("/familie", child, child + "/samtykker", child + "/stafettlogg",
                child + "/hvem-har-sett", child + "/innsyn", child + "/tilbakemelding");

        Page page = browser.newPage(port, options -> options.setViewportSize(375, 812));
        page.navigate("/familie/logg-inn");
        browser.assertAccessible(page);
        // the e-mail notice form on the start page refused with its field message, the confirmation page and its
        // refusal (a code that is no one's)
        List<Map.Entry<String, Supplier<MockHttpServletRequestBuilder>>> pages = new ArrayList<>();
        paths.forEach(path -> pages.add(Map.entry(path, () -> get(path))));
        pages.add(Map.entry("/familie/varsel (refused)", () -> post("/familie/varsel").with(csrf()).param("email", "kari@eksempel")));
        pages.add(Map.entry("/familie/varsel/bekreft", () -> get("/familie/varsel/bekreft").param("kode", "A".repeat(22))));
        pages.add(Map.entry("/familie/varsel/bekreft (refused)", () -> post("/familie/varsel/bekreft").with(csrf())
                .param("kode", "A".repeat(22))));
        for (FamilyLanguage language : FamilyLanguage.values()) {
            for (Map.Entry<String, Supplier<MockHttpServletRequestBuilder>> request : pages) {
                String html = mvc.perform(request.getValue().get().cookie(new Cookie("laget-sprak", language.tag()))
                                .with(families.as(family.guardianNumber())))
                        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
                page.setContent(html);
                String where = language.tag() + " " + request.getKey();
                assertThat(page.evaluate("() => document.documentElement.lang")).as("lang of %s", where)
                        .isEqualTo(language.tag());
                assertThat(page.evaluate("() => document.documentElement.dir")).as("dir of %s", where)
                        .isEqualTo(language.rightToLeft() ? "rtl" : "");
                assertThat(page.evaluate("() => getComputedStyle(document.body).direction")).as("direction of %s", where)
                        .isEqualTo(language.rightToLeft() ? "rtl" : "ltr");
                // a key shown instead of text ("family.…") would be a missing translation
                assertThat((String) page.evaluate("() => document.body.innerText")).as("text of %s", where)
                        .doesNotContain("family.", "??");
                browser.assertAccessible(page);
            }
        }
    }
}
