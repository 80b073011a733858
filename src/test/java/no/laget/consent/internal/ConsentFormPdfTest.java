package no.laget.consent.internal;

import java.util.List;

import no.laget.child.Children;
import no.laget.child.ChildForm;
import no.laget.child.GuardianForm;
import no.laget.consent.internal.ConsentForm;
import no.laget.consent.Consents;
import no.laget.organisation.Organisation;
import no.laget.organisation.Unit;
import no.laget.platform.security.SignedInUser;
import no.laget.support.LagetTest;
import no.laget.support.Pdfs;
import no.laget.support.VeraPdf;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Test;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static no.laget.support.Accounts.as;
import static no.laget.support.Accounts.unique;
import static no.laget.support.Pdfs.fonts;
import static no.laget.support.Pdfs.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@LagetTest
class ConsentFormPdfTest {

    /** A Tenor test number (month + 80), the only kind the demo accepts. */
    private static final String GUARDIAN_NUMBER = "14838510036";
    private static final String PURPOSE = "Samarbeid om språkutvikling før skolestart";

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService accounts;
    @Autowired Children children;
    @Autowired Consents consents;
    @Autowired Organisation organisation;
    @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

    record Arranged(long consentId, String childName) {}

    @Test
    void the_form_states_what_the_person_must_be_told_before_consenting() throws Exception {
        Arranged arranged = recordConsent("false");

        byte[] pdf = mvc.perform(get("/consents/{id}/skjema.pdf", arranged.consentId()).with(as(accounts, "helsesykepleier")))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION,
                        "inline; filename=\"samtykke-" + arranged.consentId() + ".pdf\""))
                .andReturn().getResponse().getContentAsByteArray();

        String text = text(pdf);
        assertThat(text).contains(
                arranged.childName(), "14.03.2019",
                PURPOSE,
                // the categories and receivers as the family's consents page names them
                "Grunnopplysninger: navn, fødselsdato, adresse og hvem som er foresatte",
                "Helseopplysninger, for eksempel fra helsestasjonen", "Opplysninger fra barnehagen og skolen",
                "Gimle skole", "Alle barnehager",
                "Opplysningene hentes fra Helsestasjonen, Familiens hus.",
                "Halden kommune har ansvaret for opplysningene.",
                "tjenestene som får dem: Gimle skole og alle barnehager.",
                "Samtykket gjelder fra og med 01.01.2026 til og med 31.12.2026.",
                "Det er frivillig å samtykke",
                "Du kan når som helst trekke tilbake samtykket, muntlig eller skriftlig, helt eller delvis.",
                "Fra det øyeblikket du trekker samtykket tilbake, slutter tjenestene å dele opplysningene.",
                "Alle som har foreldreansvar for barnet, må samtykke.", "Kari Nordmann", "Ola Nordmann",
                "Barnets mening", "Jeg vil at læreren skal vite at jeg snakker to språk.",
                "Samtykket er ikke grunnlaget for at kommunen behandler personopplysninger etter personvernreglene (GDPR).",
                "Samtykket er gitt skriftlig. Registrert i Laget", "av Hanne Prøvesen, Helsestasjonen, Familiens hus.",
                "Sted og dato", "Underskrift");
        assertThat(text).doesNotContain("Per Nordmann"); // no parental responsibility, so not asked and not signing
        assertThat(text).doesNotContain("nektet");
    }

    @Test
    void the_form_is_tagged_in_bokmaal_with_a_title_and_embedded_fonts() throws Exception {
        Arranged arranged = recordConsent("false");

        byte[] pdf = mvc.perform(get("/consents/{id}/skjema.pdf", arranged.consentId()).with(as(accounts, "helsesykepleier")))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();

        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDDocumentCatalog catalog = document.getDocumentCatalog();
            assertThat(catalog.getMarkInfo()).isNotNull();
            assertThat(catalog.getMarkInfo().isMarked()).isTrue();
            assertThat(catalog.getStructureTreeRoot()).isNotNull();
            assertThat(catalog.getStructureTreeRoot().getKids()).isNotEmpty();
            assertThat(catalog.getLanguage()).isEqualTo("nb");
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Samtykke til å dele opplysninger");
            assertThat(document.getDocumentInformation().getAuthor()).isEqualTo("Laget");
            assertThat(document.getDocumentInformation().getSubject()).isNotBlank();
            assertThat(catalog.getMetadata()).isNotNull(); // XMP, where PDF/UA and PDF/A declare themselves
            assertThat(catalog.getViewerPreferences().displayDocTitle()).isTrue();
            List<PDFont> fonts = fonts(document);
            assertThat(fonts).isNotEmpty().allSatisfy(font -> assertThat(font.isEmbedded())
                    .as("%s is embedded", font.getName()).isTrue());
        }
    }

    @Test
    void the_form_passes_the_pdf_ua_1_and_pdf_a_3u_checks_of_verapdf() throws Exception {
        Arranged arranged = recordConsent("false");

        byte[] pdf = mvc.perform(get("/consents/{id}/skjema.pdf", arranged.consentId()).with(as(accounts, "helsesykepleier")))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();

        VeraPdf.assertPasses(pdf);
        // The same check refuses a PDF without tags, so the pass above is not for want of checking.
        assertThat(VeraPdf.verdict(Pdfs.blankUntagged(), PDFAFlavour.PDFUA_1).compliant()).isFalse();
    }

    @Test
    void the_form_holds_no_identity_numbers() throws Exception {
        Arranged arranged = recordConsent("false");

        byte[] pdf = mvc.perform(get("/consents/{id}/skjema.pdf", arranged.consentId()).with(as(accounts, "helsesykepleier")))
                .andReturn().getResponse().getContentAsByteArray();

        // Kari was registered with a number; it is not needed on paper, so it is not there.
        assertThat(text(pdf)).contains("Kari Nordmann").doesNotContain(GUARDIAN_NUMBER).doesNotContainPattern("\\d{11}");
    }

    @Test
    void a_refusal_says_that_it_records_a_refusal() throws Exception {
        Arranged arranged = recordConsent("true");

        byte[] pdf = mvc.perform(get("/consents/{id}/skjema.pdf", arranged.consentId()).with(as(accounts, "helsesykepleier")))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();

        assertThat(text(pdf)).contains("Nei til å dele opplysninger",
                "Dette skjemaet viser at samtykke ble nektet. Opplysningene i skjemaet skal ikke deles.",
                PURPOSE, "Gimle skole", "Samtykke ble nektet av: Kari Nordmann Ola Nordmann", "Svaret er gitt skriftlig.")
                .doesNotContain("Du kan når som helst trekke tilbake samtykket");
    }

    @Test
    void staff_may_print_the_form_in_a_family_language_and_the_page_offers_the_languages_without_javascript() throws Exception {
        Arranged arranged = recordConsent("false");

        byte[] pdf = mvc.perform(get("/consents/{id}/skjema.pdf", arranged.consentId()).param("sprak", "ar")
                        .with(as(accounts, "helsesykepleier")))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andExpect(header().string(HttpHeaders.CONTENT_LANGUAGE, "ar"))
                .andReturn().getResponse().getContentAsByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("ar");
        }
        assertThat(java.text.Normalizer.normalize(text(pdf), java.text.Normalizer.Form.NFKC))
                .contains("الموافقة على مشاركة المعلومات", "مارس", PURPOSE, "Kari Nordmann")
                .doesNotContain("consent.pdf", "family.consent", "??", "Registrert i Laget");

        long childId = jdbcChildOf(arranged.consentId());
        String page = mvc.perform(get("/children/{id}/consents", childId).with(as(accounts, "helsesykepleier")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(page).contains("action=\"/consents/" + arranged.consentId() + "/skjema.pdf\"", "name=\"sprak\"",
                "<option value=\"ar\">arabisk</option>", "<option value=\"ti\">tigrinja</option>",
                "Språk på skjemaet til familien");
    }

    @Test
    void an_unknown_language_is_bad_input_not_a_quiet_bokmaal_form() throws Exception {
        Arranged arranged = recordConsent("false");

        for (String language : List.of("xx", "ar-EG", "de")) {
            mvc.perform(get("/consents/{id}/skjema.pdf", arranged.consentId()).param("sprak", language)
                            .with(as(accounts, "helsesykepleier")))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().string(org.hamcrest.Matchers.containsString("Velg et av språkene i listen")));
        }
        // the default and an explicit bokmål are the same form
        mvc.perform(get("/consents/{id}/skjema.pdf", arranged.consentId()).param("sprak", "nb")
                        .with(as(accounts, "helsesykepleier")))
                .andExpect(status().isOk()).andExpect(header().string(HttpHeaders.CONTENT_LANGUAGE, "nb"));
    }

    @Test
    void a_user_who_may_not_see_the_child_gets_no_form() throws Exception {
        Arranged arranged = recordConsent("false");

        mvc.perform(get("/consents/{id}/skjema.pdf", arranged.consentId()).with(as(accounts, "nav")))
                .andExpect(status().isForbidden())
                .andExpect(content().string(org.hamcrest.Matchers.not(
                        org.hamcrest.Matchers.containsString(arranged.childName()))));
    }

    private Arranged recordConsent(String refused) {
        SignedInUser nurse = (SignedInUser) accounts.loadUserByUsername("helsesykepleier");
        String givenName = unique("Sofie");
        long childId = children.register(nurse,
                ChildForm.withoutNumber("NEWLY_ARRIVED", "Nylig flyttet hit", givenName, "Nordmann", "2019-03-14", "", "2020-01-01", "Går hos oss")).servedChild();
        long kari = children.addGuardian(nurse, childId, new GuardianForm("Kari Nordmann", GUARDIAN_NUMBER, "", "", "true"));
        long ola = children.addGuardian(nurse, childId, new GuardianForm("Ola Nordmann", "", "", "", "true"));
        children.addGuardian(nurse, childId, new GuardianForm("Per Nordmann", "", "", "", "false"));
        long school = unitNamed("Gimle skole").id();
        long consentId = consents.record(nurse, childId, new ConsentForm("GUARDIANS",
                List.of(String.valueOf(kari), String.valueOf(ola)), "WRITTEN",
                "Jeg vil at læreren skal vite at jeg snakker to språk.", PURPOSE,
                List.of("BASIC", "HEALTH", "EDUCATION"), List.of(String.valueOf(school)), List.of("KINDERGARTEN"),
                "2026-01-01", "2026-12-31", refused).toCommand());
        return new Arranged(consentId, givenName + " Nordmann");
    }

    private long jdbcChildOf(long consentId) {
        return jdbc.sql("select child_id from consent where id = ?").param(consentId).query(Long.class).single();
    }

    private Unit unitNamed(String name) {
        return organisation.units().stream().filter(unit -> unit.name().equals(name)).findFirst().orElseThrow();
    }
}
