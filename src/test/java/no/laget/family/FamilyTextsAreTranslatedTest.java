package no.laget.family;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;

import no.laget.access.AccessDoor;
import no.laget.casework.Cases;
import no.laget.casework.internal.OpenCase;
import no.laget.platform.security.SignedInUser;
import no.laget.platform.time.Oslo;
import no.laget.support.ChildFixtures;
import no.laget.support.FamilyFixtures;
import no.laget.support.FamilyFixtures.Family;
import no.laget.support.LagetTest;
import no.laget.support.MovableClock;
import no.laget.support.RecordingMessageSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static no.laget.support.Accounts.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every text a family page shows comes from a bundle that exists in every language: each page of the family's door,
 * its form errors (rules, refused characters, unreadable values) and its error pages are requested in English while
 * the application's message source notes every key it resolves ({@link RecordingMessageSource}); a key from a
 * bokmål-only bundle (the employees' {@code messages-feedback}, {@code messages}, ...) would show bokmål to a family
 * that chose another language, and a key in no bundle would show the key. {@code FamilyLanguagesTest} finds
 * missing translations of family keys; this test finds family pages that use keys which are not family keys.
 */
@LagetTest
class FamilyTextsAreTranslatedTest {

    private static final Pattern REF = Pattern.compile("/familie/barn/\\d+/tilbakemelding/([0-9a-f-]{36})");
    private static final Pattern CONSENT = Pattern.compile("/familie/barn/\\d+/samtykker/(\\d+)/trekk-tilbake");
    private static final Pattern MEASURE = Pattern.compile("/hvem-kan-hjelpe/(\\d+)\"");
    private static final Cookie ENGLISH = new Cookie("laget-sprak", "en");

    @Autowired MockMvc mvc;
    @Autowired FamilyFixtures families;
    @Autowired ChildFixtures fixtures;
    @Autowired Cases cases;
    @Autowired JdbcClient jdbc;
    @Autowired MovableClock clock;
    @Autowired UserDetailsService accounts;

    private final Map<String, List<String>> keysByPage = new TreeMap<>();

    @Test
    void every_key_a_family_page_resolves_is_in_a_translated_bundle() throws Exception {
        LocalDate today = LocalDate.now(clock.withZone(Oslo.ZONE));
        Family family = families.childWithGuardian("ansatt", LocalDate.of(2021, 3, 14), true);
        long childId = family.childId();
        RequestPostProcessor guardian = families.as(family.guardianNumber());
        SignedInUser ansatt = fixtures.user("ansatt");
        fixtures.consent("ansatt", childId, ansatt.unitId(), today.minusDays(1), today.plusYears(1), "RELAY_LOG");
        long caseId = cases.open(ansatt, childId, OpenCase.atLevel1(ansatt.employeeId(), "Trives i barnehagen"));
        mvc.perform(post("/feedback").with(as(accounts, "ansatt")).with(csrf())
                .param("unitId", String.valueOf(ansatt.unitId())).param("kind", "MEETING")
                .param("caseId", String.valueOf(caseId)).param("toFamily", "true")).andExpect(status().isOk());
        mvc.perform(post("/children/{id}/consent-requests", childId).with(as(accounts, "ansatt")).with(csrf())
                        .param("givenBy", "GUARDIANS").param("purpose", "Samarbeid om overgang til skole")
                        .param("categories", "BASIC", "HEALTH")
                        .param("receiverUnitIds", String.valueOf(fixtures.user("helsesykepleier").unitId()))
                        .param("validFrom", today.toString()).param("validTo", today.plusMonths(6).toString()))
                .andExpect(status().is3xxRedirection());
        long requestId = jdbc.sql("select max(id) from consent_request where child_id = ?").param(childId)
                .query(Long.class).single();

        String child = "/familie/barn/" + childId;
        visit("login", get("/familie/logg-inn"));
        visit("start", get("/familie").with(guardian));
        visit("child", get(child).with(guardian));
        visit("missing child", get("/familie/barn/{id}", Long.MAX_VALUE).with(guardian));
        visit("unknown address", get("/familie/finnes-ikke").with(guardian));
        visit("unknown address, signed out", get("/familie/finnes-ikke"));
        visit("post without CSRF token", post("/familie/varsel").with(guardian).param("email", "a@example.org"));
        visit("method not allowed", post(child + "/hvem-har-sett").with(guardian).with(csrf()));
        assertThat(visit("id not a number", get("/familie/barn/tolv").with(guardian))).contains("Page not found");

        visit("notice, bad address", post("/familie/varsel").with(guardian).with(csrf()).param("email", "ikke en adresse"));
        visit("notice, refused characters", post("/familie/varsel").with(guardian).with(csrf())
                .param("email", "a\u202E@example.org"));
        visit("notice confirm", get("/familie/varsel/bekreft").param("kode", "feil").with(guardian));
        String badAddress = visit("notice confirm, refused characters in the address", get("/familie/varsel/bekreft")
                .param("kode", "feil\u202E").with(guardian));
        visit("notice confirm, wrong code", post("/familie/varsel/bekreft").param("kode", "feil").with(guardian).with(csrf()));

        visit("consents", get(child + "/samtykker").with(guardian));
        String request = child + "/samtykker/foresporsler/" + requestId;
        visit("consent request", get(request).with(guardian));
        visit("consent request, nothing chosen", post(request).with(guardian).with(csrf()));
        visit("consent request, unknown answer", post(request).with(guardian).with(csrf()).param("answer", "KANSKJE"));
        visit("consent request, some without categories", post(request).with(guardian).with(csrf()).param("answer", "SOME"));
        visit("consent request, refused characters", post(request).with(guardian).with(csrf()).param("answer", "ALL")
                .param("comment", "Hei\u0000"));
        visit("consent request, answered", post(request).with(guardian).with(csrf()).param("answer", "ALL")
                .param("comment", "Greit"));
        String consents = visit("consents, with a consent", get(child + "/samtykker").with(guardian));
        Matcher consent = CONSENT.matcher(consents);
        if (consent.find()) {
            String withdraw = child + "/samtykker/" + consent.group(1) + "/trekk-tilbake";
            visit("withdraw", get(withdraw).with(guardian));
            visit("withdraw, nothing chosen", post(withdraw).with(guardian).with(csrf()));
            visit("withdraw, unknown scope", post(withdraw).with(guardian).with(csrf()).param("scope", "NOE"));
        }

        String log = child + "/stafettlogg";
        String words = log + "/" + caseId + "/egne-ord";
        visit("relay log", get(log).with(guardian));
        visit("own words", get(words).with(guardian));
        visit("own words, empty", post(words).with(guardian).with(csrf()).param("text", "  "));
        visit("own words, too long", post(words).with(guardian).with(csrf()).param("text", "a".repeat(2001)));
        String refused = visit("own words, refused characters", post(words).with(guardian).with(csrf()).param("text", "Hei\u0000 der"));
        visit("own words, other case", get(log + "/" + Long.MAX_VALUE + "/egne-ord").with(guardian));

        String feedback = child + "/tilbakemelding";
        Matcher ref = REF.matcher(visit("feedback", get(feedback).with(guardian)));
        assertThat(ref.find()).as("an invitation on the family's page").isTrue();
        String answer = feedback + "/" + ref.group(1);
        visit("feedback answer", get(answer).with(guardian));
        visit("feedback answer, nothing chosen", post(answer).with(guardian).with(csrf()));
        visit("feedback answer, unreadable score", post(answer).with(guardian).with(csrf()).param("respondent", "NOEN")
                .param("heard", "mye").param("useful", "9"));
        String named = visit("feedback answer, a name", post(answer).with(guardian).with(csrf()).param("respondent", "GUARDIAN")
                .param("heard", "4").param("useful", "5").param("improve", "Kari Nordmann var snill"));
        visit("feedback answer, address", post(answer).with(guardian).with(csrf())
                .param("respondent", "GUARDIAN").param("heard", "4").param("useful", "5")
                .param("improve", "Vi bor i Storgata 12"));
        visit("feedback answer, identity number", post(answer).with(guardian).with(csrf())
                .param("respondent", "GUARDIAN").param("heard", "4").param("useful", "5")
                .param("improve", "Nummeret er " + family.childNumber()));
        visit("feedback answer, date", post(answer).with(guardian).with(csrf()).param("respondent", "GUARDIAN")
                .param("heard", "4").param("useful", "5").param("improve", "Født 12.04.2016"));
        visit("feedback answer, too long", post(answer).with(guardian).with(csrf()).param("respondent", "GUARDIAN")
                .param("heard", "4").param("useful", "5").param("improve", "a".repeat(2001)));
        visit("feedback answer, refused characters", post(answer).with(guardian).with(csrf())
                .param("respondent", "GUARDIAN").param("heard", "4").param("useful", "5").param("improve", "Bra\u202E"));
        visit("feedback closed", get(feedback + "/00000000-0000-0000-0000-000000000000").with(guardian));

        visit("seen", get(child + "/hvem-har-sett").with(guardian));
        visit("innsyn", get(child + "/innsyn").with(guardian));
        visit("innsyn pdf", get(child + "/innsyn.pdf").with(guardian));

        Matcher measure = MEASURE.matcher(visit("catalogue", get("/hvem-kan-hjelpe")));
        assertThat(measure.find()).as("the demo has public measures").isTrue();
        visit("catalogue, bad age", get("/hvem-kan-hjelpe").param("alder", "tolv"));
        visit("catalogue measure", get("/hvem-kan-hjelpe/" + measure.group(1)));

        // what the family reads: English, where it was bokmål before
        assertThat(named).contains("The text contains no names", "Your answer seems to contain a name")
                .doesNotContain("Teksten inneholder ingen navn");
        assertThat(refused).contains("The text had characters that cannot be saved");
        assertThat(badAddress).contains("We cannot accept the request", "The text had characters that cannot be saved");

        Map<String, String> translated = translatedKeys();
        List<String> problems = new ArrayList<>();
        keysByPage.forEach((page, keys) -> keys.forEach(key -> {
            // Spring's own keys (named for its classes, ExceptionTranslationFilter.insufficientAuthentication) come with
            // their own text and are never shown: the family is sent to the login page
            if (!translated.containsKey(key) && !Character.isUpperCase(key.charAt(0))) {
                problems.add(page + ": " + key + " (" + bundleOf(key) + ")");
            }
        }));
        assertThat(keysByPage.values().stream().mapToInt(List::size).sum()).as("keys noted at all").isGreaterThan(100);
        assertThat(problems).isEmpty();
    }

    /** Requests the page in English and notes the keys it resolved; the page's text, for links to the next ones. */
    private String visit(String what, MockHttpServletRequestBuilder request) throws Exception {
        RecordingMessageSource.record();
        String page;
        try {
            page = mvc.perform(request.cookie(ENGLISH).header("Accept", "text/html"))
                    .andReturn().getResponse().getContentAsString();
        } finally {
            keysByPage.put(what, RecordingMessageSource.stop());
        }
        return page;
    }

    /** Keys of every bundle with an English file: TranslationsTest checks such a bundle has every language. */
    private static Map<String, String> translatedKeys() throws IOException {
        Map<String, String> keys = new TreeMap<>();
        for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath*:messages*.properties")) {
            String name = resource.getFilename();
            String base = name.substring(0, name.length() - ".properties".length());
            if (!name.contains("_") && new ClassPathResource(base + "_en.properties").exists()) {
                load(resource).stringPropertyNames().forEach(key -> keys.put(key, base));
            }
        }
        return keys;
    }

    private static String bundleOf(String key) {
        try {
            for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath*:messages*.properties")) {
                if (!resource.getFilename().contains("_") && load(resource).containsKey(key)) {
                    return "only in " + resource.getFilename();
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return "in no bundle";
    }

    private static Properties load(Resource resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = resource.getInputStream()) {
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return properties;
    }
}
