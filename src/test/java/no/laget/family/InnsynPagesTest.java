package no.laget.family;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import no.laget.casework.CaseForms;
import no.laget.casework.Cases;
import no.laget.child.Children;
import no.laget.consent.ConsentForm;
import no.laget.consent.Consents;
import no.laget.organisation.Organisation;
import no.laget.platform.security.SignedInUser;
import no.laget.support.FamilyFixtures;
import no.laget.support.FamilyFixtures.Family;
import no.laget.support.LagetTest;
import no.laget.support.MovableClock;
import no.laget.support.VeraPdf;

import jakarta.servlet.http.Cookie;

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
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Innsyn (GDPR art. 15, rule 33): everything Laget holds about the child, as PDF/UA and JSON, at once and logged. */
@LagetTest
class InnsynPagesTest {

    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    private static final String PURPOSE = "Samarbeid om skolestart og lesing";

    @Autowired MockMvc mvc;
    @Autowired FamilyFixtures families;
    @Autowired MovableClock clock;
    @Autowired JdbcClient jdbc;
    @Autowired UserDetailsService accounts;
    @Autowired Children children;
    @Autowired Consents consents;
    @Autowired Cases cases;
    @Autowired Organisation organisation;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    record Arranged(Family family, String childName, String otherGuardianNumber) {}

    private SignedInUser employee(String username) {
        return (SignedInUser) accounts.loadUserByUsername(username);
    }

    /** A child of the health station with a consent to share with Gimle skole, a relay case, and a teacher's read. */
    private Arranged arrange() {
        clock.set(LocalDate.of(2026, 5, 4).atTime(10, 0).atZone(OSLO).toInstant());
        Family family = families.childWithGuardian("helsesykepleier", LocalDate.of(2019, 3, 14), true);
        String other = families.addGuardian("helsesykepleier", family.childId(), true);
        SignedInUser nurse = employee("helsesykepleier");
        long school = organisation.units().stream().filter(u -> u.name().equals("Gimle skole")).findFirst()
                .orElseThrow().id();
        long otherId = jdbc.sql("select id from guardian where child_id = ? and identity_number = ?")
                .params(family.childId(), other).query(Long.class).single();
        consents.record(nurse, family.childId(), new ConsentForm("GUARDIANS",
                List.of(String.valueOf(family.guardianId()), String.valueOf(otherId)), "WRITTEN", "Jeg liker å lese", PURPOSE,
                List.of("BASIC", "RELAY_LOG", "EDUCATION"), List.of(String.valueOf(school), String.valueOf(nurse.unitId())),
                List.of(), "2026-05-01", "2026-12-31", "false"));
        long relayCase = cases.open(nurse, family.childId(), new CaseForms.Open("1", String.valueOf(nurse.employeeId()),
                "Trives på skolen", ""));
        cases.addMeasure(nurse, relayCase, new CaseForms.Measure("Lesegruppe to ganger i uka",
                "employee:" + nurse.employeeId(), "2026-05-04", "2026-06-04", null));
        clock.set(LocalDate.of(2026, 5, 6).atTime(14, 30).atZone(OSLO).toInstant());
        children.get(employee("laerer"), family.childId());
        return new Arranged(family, children.get(nurse, family.childId()).fullName(), other);
    }

    private byte[] download(Family family, String format) throws Exception {
        return mvc.perform(get("/familie/barn/{id}/innsyn." + format, family.childId())
                        .with(families.as(family.guardianNumber())))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
    }

    @Test
    void the_page_offers_both_downloads_and_the_child_page_links_to_it() throws Exception {
        Family family = families.childWithGuardian("laerer", LocalDate.of(2017, 8, 1), true);

        String page = mvc.perform(get("/familie/barn/{id}/innsyn", family.childId()).with(families.as(family.guardianNumber())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String childPage = mvc.perform(get("/familie/barn/{id}", family.childId()).with(families.as(family.guardianNumber())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("/familie/barn/" + family.childId() + "/innsyn.pdf",
                "/familie/barn/" + family.childId() + "/innsyn.json", "Barneverntjenesten svarer selv på innsyn");
        assertThat(childPage).contains("/familie/barn/" + family.childId() + "/innsyn",
                "/familie/barn/" + family.childId() + "/hvem-har-sett");
    }

    @Test
    void the_pdf_holds_the_child_the_consent_the_relay_log_and_who_looked_and_passes_verapdf() throws Exception {
        Arranged arranged = arrange();

        byte[] pdf = mvc.perform(get("/familie/barn/{id}/innsyn.pdf", arranged.family().childId())
                        .with(families.as(arranged.family().guardianNumber())))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andReturn().getResponse().getContentAsByteArray();

        String text = text(pdf);
        assertThat(text).contains(arranged.childName(), "14.03.2019", PURPOSE, "Gimle skole",
                "fra og med 01.05.2026 til og med 31.12.2026", "Trives på skolen", "Lesegruppe to ganger i uka",
                "En ansatt ved Gimle skole", "samtykke fra familien gitt 04.05.2026.",
                "ditt fødselsnummer " + arranged.family().guardianNumber(),
                "Barneverntjenesten svarer selv på innsyn");
        assertThat(text).doesNotContain(arranged.otherGuardianNumber());
        for (PDFAFlavour flavour : List.of(PDFAFlavour.PDFUA_1, PDFAFlavour.PDFA_3_U)) {
            List<String> failures = verapdf(pdf, flavour);
            assertThat(failures).as("%s failures", flavour).isEmpty();
        }
    }

    @Test
    void with_the_arabic_cookie_the_pdf_is_arabic_right_to_left_in_noto_sans_arabic_and_passes_verapdf() throws Exception {
        Arranged arranged = arrange();

        byte[] pdf = mvc.perform(get("/familie/barn/{id}/innsyn.pdf", arranged.family().childId())
                        .cookie(new Cookie("laget-sprak", "ar"))
                        .with(families.as(arranged.family().guardianNumber())))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andReturn().getResponse().getContentAsByteArray();

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("ar");
            assertThat(document.getDocumentInformation().getTitle()).startsWith("معلومات عن");
            List<String> fonts = new java.util.ArrayList<>();
            for (org.apache.pdfbox.pdmodel.PDPage page : document.getPages()) {
                for (org.apache.pdfbox.cos.COSName name : page.getResources().getFontNames()) {
                    fonts.add(page.getResources().getFont(name).getName());
                }
            }
            assertThat(fonts).anyMatch(name -> name.contains("NotoSansArabic"));
            String text = java.text.Normalizer.normalize(new PDFTextStripper().getText(document), java.text.Normalizer.Form.NFKC);
            // the joined glyphs read back as the words themselves; the child's data stays as typed
            assertThat(text).contains("الأساسية", "Gimle skole", "Lesegruppe to ganger i uka")
                    .doesNotContain("Grunnopplysninger");
        }
        assertThat(VeraPdf.failures(pdf)).isEmpty();
    }

    @Test
    void the_json_parses_and_holds_the_same_without_another_persons_number() throws Exception {
        Arranged arranged = arrange();

        byte[] json = download(arranged.family(), "json");

        JsonNode root = JsonMapper.builder().build().readTree(json);
        assertThat(root.get("format").asString()).isEqualTo("laget-innsyn");
        assertThat(root.get("version").asInt()).isEqualTo(1);
        assertThat(root.get("child").get("givenName").asString() + " " + root.get("child").get("familyName").asString())
                .isEqualTo(arranged.childName());
        assertThat(root.get("child").get("birthDate").asString()).isEqualTo("2019-03-14");
        assertThat(root.get("consents").get(0).get("purpose").asString()).isEqualTo(PURPOSE);
        assertThat(root.get("consents").get(0).get("validFrom").asString()).isEqualTo("2026-05-01");
        assertThat(root.get("relayCases").get(0).get("goals").get(0).asString()).isEqualTo("Trives på skolen");
        assertThat(root.get("guardians")).hasSize(2);
        assertThat(root.get("accessLog").valueStream()
                .anyMatch(e -> "CONSENT".equals(e.get("basis").asString())
                        && "Gimle skole".equals(e.get("service").asString())
                        && "2026-05-04".equals(e.get("consentGivenOn").asString()))).isTrue();
        assertThat(new String(json, java.nio.charset.StandardCharsets.UTF_8))
                .contains(arranged.family().guardianNumber())
                .doesNotContain(arranged.otherGuardianNumber());
    }

    @Test
    void the_download_is_logged_per_category_with_the_family_as_actor() throws Exception {
        Arranged arranged = arrange();

        download(arranged.family(), "pdf");

        long member = families.member(arranged.family().guardianNumber()).memberId();
        assertThat(jdbc.sql("""
                select category from access_log
                 where child_id = ? and object_type = 'family-innsyn-pdf' and username = ? and client = 'FAMILY'
                   and employee_id = 0 and outcome = 'ALLOWED' and basis = 'FAMILY' order by id""")
                .params(arranged.family().childId(), "familie:" + member).query(String.class).list())
                .containsExactly("BASIC", "RELAY_LOG");
    }

    @Test
    void a_young_persons_download_holds_no_guardians_number() throws Exception {
        clock.set(LocalDate.of(2026, 5, 4).atTime(10, 0).atZone(OSLO).toInstant());
        Family family = families.childWithGuardian("laerer", LocalDate.of(2009, 1, 20), true);

        String json = mvc.perform(get("/familie/barn/{id}/innsyn.json", family.childId())
                        .with(families.as(family.childNumber())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(json).contains(family.childNumber()).doesNotContain(family.guardianNumber());
    }

    @Test
    void another_familys_child_and_a_guardian_without_responsibility_get_the_answer_of_a_missing_child()
            throws Exception {
        Family ours = families.childWithGuardian("laerer", LocalDate.of(2017, 8, 1), true);
        Family theirs = families.childWithGuardian("laerer", LocalDate.of(2016, 2, 3), true);
        Family without = families.childWithGuardian("laerer", LocalDate.of(2016, 2, 3), false);

        for (String path : List.of("/innsyn", "/innsyn.pdf", "/innsyn.json")) {
            String other = mvc.perform(get("/familie/barn/{id}" + path, theirs.childId()).with(families.as(ours.guardianNumber())))
                    .andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString();
            String missing = mvc.perform(get("/familie/barn/{id}" + path, Long.MAX_VALUE).with(families.as(ours.guardianNumber())))
                    .andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString();
            assertThat(withoutToken(other)).as(path).isEqualTo(withoutToken(missing));
            mvc.perform(get("/familie/barn/{id}" + path, without.childId()).with(families.as(without.guardianNumber())))
                    .andExpect(status().isNotFound());
        }
        assertThat(jdbc.sql("select count(*) from access_log where child_id = ? and client = 'FAMILY' and outcome = 'ALLOWED'")
                .param(theirs.childId()).query(Long.class).single()).isZero();
    }

    @Test
    void when_child_welfare_has_care_the_guardian_is_told_to_ask_child_welfare_and_gets_no_download() throws Exception {
        Family family = families.childWithGuardian("laerer", LocalDate.of(2017, 8, 1), true);
        jdbc.sql("update child set child_welfare_has_care = true where id = ?").param(family.childId()).update();

        String page = mvc.perform(get("/familie/barn/{id}/innsyn", family.childId()).with(families.as(family.guardianNumber())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Barneverntjenesten har omsorgen").doesNotContain("innsyn.pdf");
        mvc.perform(get("/familie/barn/{id}/innsyn.pdf", family.childId()).with(families.as(family.guardianNumber())))
                .andExpect(status().isNotFound());
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    private static List<String> verapdf(byte[] pdf, PDFAFlavour flavour) throws Exception {
        VeraGreenfieldFoundryProvider.initialise();
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour);
                PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
            ValidationResult result = validator.validate(parser);
            List<String> failures = result.getTestAssertions().stream()
                    .filter(assertion -> assertion.getStatus() == TestAssertion.Status.FAILED)
                    .map(assertion -> assertion.getRuleId().getClause() + "-" + assertion.getRuleId().getTestNumber()
                            + ": " + assertion.getMessage())
                    .distinct().toList();
            assertThat(result.isCompliant()).as("%s compliant: %s", flavour, failures).isTrue();
            return failures;
        }
    }

    /** The CSRF token differs from request to request; nothing else may. */
    private static String withoutToken(String page) {
        return page.replaceAll("name=\"csrf-token\" content=\"[^\"]*\"", "").replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "");
    }
}
