package no.laget.family;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.Cookie;

import no.laget.consent.internal.ConsentForm;
import no.laget.consent.Consents;
import no.laget.organisation.Organisation;
import no.laget.platform.security.SignedInUser;
import no.laget.platform.web.FamilyLanguage;
import no.laget.support.FamilyFixtures;
import no.laget.support.FamilyFixtures.Family;
import no.laget.support.LagetTest;
import no.laget.support.MovableClock;
import no.laget.support.VeraPdf;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import no.laget.support.Pdfs;
import org.apache.pdfbox.pdmodel.font.PDFont;

import static no.laget.support.Accounts.as;
import static no.laget.support.PageContent.withoutToken;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The family downloads the form of a consent its consents page shows, in the language it reads the pages in (Arabic
 * right to left); a consent the family gave digitally says who answered, when and with which ID-porten level, not the
 * employee who asked as if they had recorded it.
 */
@LagetTest
class FamilyConsentFormPdfTest {

    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    private static final String PURPOSE = "Samarbeid om lesing i første klasse";
    /** Arabic letters, also as the presentation forms that shaped text can read back as. */
    private static final String ARABIC = ".*[\\u0600-\\u06FF\\uFB50-\\uFDFF\\uFE70-\\uFEFF].*";

    @Autowired MockMvc mvc;
    @Autowired FamilyFixtures families;
    @Autowired MovableClock clock;
    @Autowired UserDetailsService accounts;
    @Autowired Consents consents;
    @Autowired Organisation organisation;
    @Autowired JdbcClient jdbc;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private long consent(Family family) {
        clock.set(LocalDate.of(2026, 5, 4).atTime(10, 0).atZone(OSLO).toInstant());
        SignedInUser nurse = (SignedInUser) accounts.loadUserByUsername("helsesykepleier");
        return consents.record(nurse, family.childId(), new ConsentForm("GUARDIANS",
                List.of(String.valueOf(family.guardianId())), "WRITTEN", "", PURPOSE, List.of("BASIC", "RELAY_LOG"),
                List.of(String.valueOf(unit("Gimle skole"))), List.of("KINDERGARTEN"), "2026-05-01", "2026-11-30",
                "false").toCommand());
    }

    private long unit(String name) {
        return organisation.units().stream().filter(u -> u.name().equals(name)).findFirst().orElseThrow().id();
    }

    private static String path(long childId, long consentId) {
        return "/familie/barn/" + childId + "/samtykker/" + consentId + "/samtykke.pdf";
    }

    private byte[] download(Family family, long consentId, String language) throws Exception {
        return mvc.perform(get(path(family.childId(), consentId)).cookie(new Cookie("laget-sprak", language))
                        .with(families.as(family.guardianNumber())))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andReturn().getResponse().getContentAsByteArray();
    }

    @Test
    void the_consents_page_links_the_form_without_a_bokmaal_note_in_any_language() throws Exception {
        Family family = families.childWithGuardian("helsesykepleier", LocalDate.of(2019, 2, 11), true);
        long consentId = consent(family);

        for (FamilyLanguage language : FamilyLanguage.values()) {
            String page = mvc.perform(get("/familie/barn/{id}/samtykker", family.childId())
                            .cookie(new Cookie("laget-sprak", language.tag()))
                            .with(families.as(family.guardianNumber())))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
            java.util.regex.Matcher link = java.util.regex.Pattern.compile("<a [^>]*samtykke\\.pdf[^>]*>[^<]*</a>").matcher(page);
            assertThat(link.find()).as(language.tag()).isTrue();
            assertThat(link.group()).as(language.tag()).contains(path(family.childId(), consentId), "(PDF)")
                    .doesNotContain("hreflang", "bokmål", "Norwegian", "norwesku", "norvegų", "النرويجية", "Noorweji",
                            "ብኖርወይኛ", "норвезькою");
        }
    }

    @Test
    void in_arabic_the_form_is_arabic_right_to_left_without_a_message_key_and_passes_verapdf() throws Exception {
        Family family = families.childWithGuardian("helsesykepleier", LocalDate.of(2019, 2, 11), true);
        long consentId = consent(family);

        byte[] pdf = download(family, consentId, "ar");

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("ar");
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("الموافقة على مشاركة المعلومات");
            assertThat(Pdfs.fonts(document)).extracting(PDFont::getName).anyMatch(name -> name.contains("NotoSansArabic"));
        }
        String text = text(pdf);
        assertThat(text).matches(ARABIC)
                // the form's own words, the family page's category and receiver names, an Arabic date
                // (the date reads back with its runs in visual order, so its parts are checked one by one)
                .contains("مشاركة", "المعلومات الأساسية", "جميع رياض الأطفال", "فبراير", "2019")
                // what was recorded stays as typed
                .contains(PURPOSE, "Gimle skole")
                .doesNotContain("consent.pdf", "family.consent", "??", "Samtykke til å dele", "Grunnopplysninger");
        assertThat(VeraPdf.failures(pdf)).isEmpty();
    }

    @Test
    void in_bokmaal_the_form_passes_verapdf_and_every_language_has_its_own_words() throws Exception {
        Family family = families.childWithGuardian("helsesykepleier", LocalDate.of(2019, 2, 11), true);
        long consentId = consent(family);

        byte[] bokmaal = download(family, consentId, "nb");
        assertThat(text(bokmaal)).contains("Samtykke til å dele opplysninger", "11.02.2019", PURPOSE, "Gimle skole",
                "Alle barnehager", "Samtykket gjelder fra og med 01.05.2026 til og med 30.11.2026.");
        assertThat(VeraPdf.failures(bokmaal)).isEmpty();

        List<String> titles = new ArrayList<>();
        for (FamilyLanguage language : FamilyLanguage.values()) {
            byte[] pdf = download(family, consentId, language.tag());
            try (PDDocument document = Loader.loadPDF(pdf)) {
                assertThat(document.getDocumentCatalog().getLanguage()).as(language.tag()).isEqualTo(language.tag());
                titles.add(document.getDocumentInformation().getTitle());
            }
            assertThat(text(pdf)).as(language.tag()).contains(PURPOSE)
                    .doesNotContain("consent.pdf", "family.consent", "??");
        }
        assertThat(titles).doesNotContainNull().doesNotHaveDuplicates();
    }

    @Test
    void a_consent_given_digitally_names_who_answered_when_and_how_securely_not_the_asking_employee() throws Exception {
        clock.set(LocalDate.of(2026, 5, 4).atTime(9, 30).atZone(OSLO).toInstant());
        Family family = families.childWithGuardian("laerer", LocalDate.of(2016, 4, 12), true);
        String secondGuardian = families.addGuardian("laerer", family.childId(), true);
        mvc.perform(post("/children/{id}/consent-requests", family.childId()).with(as(accounts, "laerer")).with(csrf())
                        .param("givenBy", "GUARDIANS").param("purpose", PURPOSE).param("categories", "BASIC")
                        .param("receiverUnitIds", String.valueOf(unit("Helsestasjonen, Familiens hus")))
                        .param("validFrom", "2026-05-04").param("validTo", "2026-11-30"))
                .andExpect(status().is3xxRedirection());
        long requestId = jdbc.sql("select max(id) from consent_request where child_id = ?").param(family.childId())
                .query(Long.class).single();
        clock.set(LocalDate.of(2026, 5, 4).atTime(18, 5).atZone(OSLO).toInstant());
        mvc.perform(answer(family, family.guardianNumber(), requestId, "ALL")).andExpect(status().is3xxRedirection());
        clock.set(LocalDate.of(2026, 5, 6).atTime(7, 45).atZone(OSLO).toInstant());
        mvc.perform(answer(family, secondGuardian, requestId, "ALL")).andExpect(status().is3xxRedirection());
        long consentId = jdbc.sql("select consent_id from consent_request where id = ?").param(requestId)
                .query(Long.class).single();
        List<String> names = jdbc.sql("select name from guardian where child_id = ? order by id")
                .param(family.childId()).query(String.class).list();
        String teacher = jdbc.sql("select display_name from employee where username = 'laerer'").query(String.class).single();

        String family_ = text(download(family, consentId, "nb"));
        String staff = text(mvc.perform(get("/consents/{id}/skjema.pdf", consentId).with(as(accounts, "laerer")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray());
        for (String text : List.of(family_, staff)) {
            assertThat(text).contains("Samtykket er gitt digitalt i Laget, med innlogging gjennom ID-porten.",
                    names.get(0) + " svarte ja til alt 04.05.2026 kl. 18:05, innlogget med ID-porten på høyt sikkerhetsnivå.",
                    names.get(1) + " svarte ja til alt 06.05.2026 kl. 07:45, innlogget med ID-porten på høyt sikkerhetsnivå.",
                    "Registrert i Laget 06.05.2026 kl. 07:45, etter en forespørsel fra Gimle skole.")
                    // nothing to sign on paper for a consent given with ID-porten
                    .doesNotContain(teacher, "Registrert i Laget 06.05.2026 av", "Sted og dato");
        }
        String english = text(download(family, consentId, "en"));
        assertThat(english).contains(names.get(0) + " answered yes to everything on 4 May 2026 at 18:05, logged in with ID-porten at high security level.");
    }

    @Test
    void a_refusal_given_digitally_names_the_one_who_said_no() throws Exception {
        clock.set(LocalDate.of(2026, 5, 4).atTime(9, 30).atZone(OSLO).toInstant());
        Family family = families.childWithGuardian("laerer", LocalDate.of(2016, 4, 12), true);
        mvc.perform(post("/children/{id}/consent-requests", family.childId()).with(as(accounts, "laerer")).with(csrf())
                        .param("givenBy", "GUARDIANS").param("purpose", PURPOSE).param("categories", "BASIC")
                        .param("receiverUnitIds", String.valueOf(unit("Helsestasjonen, Familiens hus")))
                        .param("validFrom", "2026-05-04").param("validTo", "2026-11-30"))
                .andExpect(status().is3xxRedirection());
        long requestId = jdbc.sql("select max(id) from consent_request where child_id = ?").param(family.childId())
                .query(Long.class).single();
        mvc.perform(answer(family, family.guardianNumber(), requestId, "REFUSE")).andExpect(status().is3xxRedirection());
        long consentId = jdbc.sql("select consent_id from consent_request where id = ?").param(requestId)
                .query(Long.class).single();
        String name = jdbc.sql("select name from guardian where id = ?").param(family.guardianId()).query(String.class).single();

        assertThat(text(download(family, consentId, "nb"))).contains("Nei til å dele opplysninger",
                "Svaret er gitt digitalt i Laget, med innlogging gjennom ID-porten.",
                name + " svarte nei 04.05.2026 kl. 09:30, innlogget med ID-porten på høyt sikkerhetsnivå.");
    }

    private MockHttpServletRequestBuilder answer(Family family, String pid, long requestId, String answer) {
        return post("/familie/barn/{c}/samtykker/foresporsler/{r}", family.childId(), requestId)
                .with(families.as(pid)).with(csrf()).param("answer", answer);
    }

    @Test
    void another_familys_consent_and_a_missing_one_get_the_same_answer_as_a_missing_child() throws Exception {
        Family family = families.childWithGuardian("helsesykepleier", LocalDate.of(2019, 2, 11), true);
        Family other = families.childWithGuardian("helsesykepleier", LocalDate.of(2018, 6, 20), true);
        long othersConsent = consent(other);
        long ownConsent = consent(family);

        for (String language : List.of("nb", "ar")) {
            String missing = notFound(family, path(999_999_999L, 999_999_999L), language);
            for (String url : List.of(path(family.childId(), othersConsent), path(other.childId(), othersConsent),
                    path(other.childId(), ownConsent), path(family.childId(), 999_999_999L), path(999_999_999L, ownConsent))) {
                assertThat(notFound(family, url, language)).as(url + " " + language).isEqualTo(missing);
            }
        }
    }

    private String notFound(Family family, String url, String language) throws Exception {
        String body = mvc.perform(get(url).cookie(new Cookie("laget-sprak", language))
                        .with(families.as(family.guardianNumber())))
                .andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return withoutToken(body);
    }

    @Test
    void a_guardian_without_parental_responsibility_gets_no_form() throws Exception {
        Family family = families.childWithGuardian("helsesykepleier", LocalDate.of(2019, 2, 11), true);
        String withoutResponsibility = families.addGuardian("helsesykepleier", family.childId(), false);
        long consentId = consent(family);

        mvc.perform(get(path(family.childId(), consentId)).with(families.as(withoutResponsibility)))
                .andExpect(status().isNotFound());
    }

    /** The text with line breaks folded into spaces and shaped Arabic read back as its letters. */
    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            // a line may wrap after the hyphen of "ID-porten"
            return Normalizer.normalize(new PDFTextStripper().getText(document), Normalizer.Form.NFKC)
                    .replaceAll("\\s+", " ").replace("ID- porten", "ID-porten");
        }
    }
}
