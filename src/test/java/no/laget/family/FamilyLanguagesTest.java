package no.laget.family;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;

import no.laget.platform.web.FamilyLanguage;
import no.laget.support.FamilyFixtures;
import no.laget.support.FamilyFixtures.Family;
import no.laget.support.LagetTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.util.HtmlUtils;

import static no.laget.support.Accounts.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The family's door and "Hvem kan hjelpe?" in each of the nine languages: chosen once, remembered, marked with
 * {@code lang} (and {@code dir="rtl"} for Arabic), and never a message key instead of text. Employee pages stay
 * bokmål whatever the browser or the cookie says.
 */
@LagetTest
class FamilyLanguagesTest {

    /** Thymeleaf's marker for a key no bundle has: ??family.login.title_ar?? */
    private static final Pattern MISSING_MESSAGE = Pattern.compile("\\?\\?[^?\\s<>\"]+_[A-Za-z_-]+\\?\\?");
    private static final Pattern HTML_ELEMENT = Pattern.compile("<html[^>]*>");
    private static final Pattern MEASURE_LINK = Pattern.compile("/hvem-kan-hjelpe/(\\d+)\"");

    @Autowired MockMvc mvc;
    @Autowired FamilyFixtures families;
    @Autowired MessageSource messages;
    @Autowired UserDetailsService accounts;

    @Test
    void every_family_and_catalogue_page_shows_text_in_every_language_and_says_which() throws Exception {
        Family family = families.childWithGuardian("laerer", LocalDate.of(2016, 4, 12), true);
        RequestPostProcessor guardian = families.as(family.guardianNumber());
        String list = page(get("/hvem-kan-hjelpe"), FamilyLanguage.NB);
        Matcher measure = MEASURE_LINK.matcher(list);
        assertThat(measure.find()).as("the demo has public measures").isTrue();

        List<String> problems = new ArrayList<>();
        for (FamilyLanguage language : FamilyLanguage.values()) {
            check(problems, language, "/familie/logg-inn", page(get("/familie/logg-inn"), language), "family.login.title");
            check(problems, language, "/familie", page(get("/familie").with(guardian), language), "family.start.title");
            check(problems, language, "/familie/barn/{id}",
                    page(get("/familie/barn/{id}", family.childId()).with(guardian), language), "family.child.back");
            check(problems, language, "/familie/barn/{missing}",
                    page(get("/familie/barn/{id}", Long.MAX_VALUE).with(guardian), language), "family.not-found.title");
            check(problems, language, "/hvem-kan-hjelpe", page(get("/hvem-kan-hjelpe"), language), "catalogue.public.heading");
            check(problems, language, "/hvem-kan-hjelpe?alder=tolv",
                    page(get("/hvem-kan-hjelpe").param("alder", "tolv"), language), "catalogue.public.age.malformed");
            check(problems, language, "/hvem-kan-hjelpe/{id}",
                    page(get("/hvem-kan-hjelpe/" + measure.group(1)), language), "catalogue.public.provider");
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void arabic_pages_are_right_to_left_and_the_others_are_not() throws Exception {
        for (String path : List.of("/familie/logg-inn", "/hvem-kan-hjelpe")) {
            assertThat(htmlElement(page(get(path), FamilyLanguage.AR))).contains("lang=\"ar\"").contains("dir=\"rtl\"");
            assertThat(htmlElement(page(get(path), FamilyLanguage.UK))).contains("lang=\"uk\"").doesNotContain("dir=");
            assertThat(htmlElement(page(get(path), FamilyLanguage.NB))).contains("lang=\"nb\"").doesNotContain("dir=");
        }
    }

    @Test
    void the_language_choice_names_each_language_in_itself_and_marks_the_current_one() throws Exception {
        String page = page(get("/hvem-kan-hjelpe?alder=4"), FamilyLanguage.PL);
        assertThat(page).contains("lang=\"ar\" hreflang=\"ar\" dir=\"rtl\">العربية</a>")
                .contains("lang=\"ti\" hreflang=\"ti\" dir=\"ltr\">ትግርኛ</a>")
                .contains("lang=\"pl\" hreflang=\"pl\" dir=\"ltr\" aria-current=\"true\">Polski</a>")
                .doesNotContain("dir=\"ltr\">Polski</a>");
        // each link comes back to this very page, search included
        Matcher ukrainian = Pattern.compile("href=\"(/familie/sprak\\?sprak=uk&amp;tilbake=[^\"]*)\"").matcher(page);
        assertThat(ukrainian.find()).isTrue();
        assertThat(URLDecoder.decode(HtmlUtils.htmlUnescape(ukrainian.group(1)), StandardCharsets.UTF_8))
                .isEqualTo("/familie/sprak?sprak=uk&tilbake=/hvem-kan-hjelpe?alder=4");
    }

    @Test
    void a_visitor_without_a_choice_reads_bokmaal_whatever_the_browser_asks_for() throws Exception {
        String page = mvc.perform(get("/hvem-kan-hjelpe").header("Accept-Language", "en-GB,en;q=0.9,ar;q=0.8"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(htmlElement(page)).contains("lang=\"nb\"");
        assertThat(page).contains("Hvem kan hjelpe?");
    }

    @Test
    void the_choice_is_remembered_in_a_cookie_and_leads_back_to_the_page() throws Exception {
        mvc.perform(get("/familie/sprak").param("sprak", "ar").param("tilbake", "/hvem-kan-hjelpe?alder=4&tema=SCHOOL"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/hvem-kan-hjelpe?alder=4&tema=SCHOOL"))
                .andExpect(cookie().value("laget-sprak", "ar"))
                .andExpect(cookie().httpOnly("laget-sprak", true))
                .andExpect(cookie().sameSite("laget-sprak", "Lax"))
                .andExpect(cookie().maxAge("laget-sprak", 365 * 24 * 3600));
    }

    @Test
    void an_unknown_language_changes_nothing_and_only_family_or_catalogue_pages_are_a_way_back() throws Exception {
        for (String language : List.of("", "de", "no-such-language", "nb-NO-x-very-long-private-use-tag")) {
            mvc.perform(get("/familie/sprak").param("sprak", language).param("tilbake", "/hvem-kan-hjelpe"))
                    .andExpect(redirectedUrl("/hvem-kan-hjelpe"))
                    .andExpect(header().doesNotExist("Set-Cookie"));
        }
        for (String elsewhere : List.of("https://example.org/", "//example.org/familie", "/\\example.org", "/admin",
                "/familiefoo", "/api/v1/children", "/familie/sprak?sprak=ar", "/familie/../login", " /familie",
                "/familie/{x}", "")) {
            mvc.perform(get("/familie/sprak").param("sprak", "en").param("tilbake", elsewhere))
                    .andExpect(redirectedUrl("/familie"));
        }
        // without any parameter: to the family's start page, nothing remembered
        mvc.perform(get("/familie/sprak")).andExpect(redirectedUrl("/familie")).andExpect(header().doesNotExist("Set-Cookie"));
    }

    @Test
    void a_cookie_naming_a_language_laget_does_not_speak_gives_bokmaal() throws Exception {
        String page = mvc.perform(get("/familie/logg-inn").cookie(new Cookie("laget-sprak", "de")))
                .andReturn().getResponse().getContentAsString();
        assertThat(htmlElement(page)).contains("lang=\"nb\"");
        assertThat(page).contains("<h1 class=\"ds-heading\" data-size=\"lg\">Logg inn</h1>");
    }

    @Test
    void employee_pages_stay_bokmaal_whatever_the_browser_or_the_cookie_says() throws Exception {
        Cookie english = new Cookie("laget-sprak", "en");
        String login = mvc.perform(get("/login").cookie(english).header("Accept-Language", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(htmlElement(login)).contains("lang=\"nb\"");
        assertThat(login).contains("Brukernavn");

        String start = mvc.perform(get("/mine-frister").with(as(accounts, "laerer")).cookie(new Cookie("laget-sprak", "ar"))
                        .header("Accept-Language", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(htmlElement(start)).contains("lang=\"nb\"").doesNotContain("rtl");
        assertThat(start).contains("Logget inn som").doesNotContain("العربية");

        // "Hvem kan hjelpe?" is in an employee's menu: signed in, it keeps the employee's menu and bokmål
        String catalogue = mvc.perform(get("/hvem-kan-hjelpe").with(as(accounts, "laerer"))
                        .cookie(new Cookie("laget-sprak", "ar")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(htmlElement(catalogue)).contains("lang=\"nb\"").doesNotContain("rtl");
        assertThat(catalogue).contains("Logget inn som", "aria-current=\"page\"");

        // the API's messages too: an age out of range in bokmål
        String problem = mvc.perform(get("/api/v1/measures").param("age", "99").cookie(english)
                        .header("Accept-Language", "en"))
                .andReturn().getResponse().getContentAsString();
        assertThat(problem).contains("Alderen må være mellom 0 og 25 år");
    }

    private String page(MockHttpServletRequestBuilder request, FamilyLanguage language) throws Exception {
        return mvc.perform(request.cookie(new Cookie("laget-sprak", language.tag())).header("Accept-Language", "nb"))
                .andReturn().getResponse().getContentAsString();
    }

    private void check(List<String> problems, FamilyLanguage language, String what, String page, String expectedKey) {
        Matcher missing = MISSING_MESSAGE.matcher(page);
        while (missing.find()) {
            problems.add(language.tag() + " " + what + " shows " + missing.group());
        }
        if (!htmlElement(page).contains("lang=\"" + language.tag() + "\"")) {
            problems.add(language.tag() + " " + what + " has " + htmlElement(page));
        }
        String expected = messages.getMessage(expectedKey, null, language.locale());
        if (!HtmlUtils.htmlUnescape(page).contains(expected)) {
            problems.add(language.tag() + " " + what + " does not show " + expectedKey + " (" + expected + ")");
        }
    }

    private static String htmlElement(String page) {
        Matcher html = HTML_ELEMENT.matcher(page);
        return html.find() ? html.group() : "(no html element)";
    }
}
