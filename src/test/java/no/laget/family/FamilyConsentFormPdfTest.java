package no.laget.family;

import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import jakarta.servlet.http.Cookie;

import no.laget.consent.ConsentForm;
import no.laget.consent.Consents;
import no.laget.organisation.Organisation;
import no.laget.platform.security.SignedInUser;
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
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The family downloads the form of a consent its consents page shows; the form is in bokmål whatever the language. */
@LagetTest
class FamilyConsentFormPdfTest {

    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    private static final String PURPOSE = "Samarbeid om lesing i første klasse";

    @Autowired MockMvc mvc;
    @Autowired FamilyFixtures families;
    @Autowired MovableClock clock;
    @Autowired UserDetailsService accounts;
    @Autowired Consents consents;
    @Autowired Organisation organisation;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private long consent(Family family) {
        clock.set(LocalDate.of(2026, 5, 4).atTime(10, 0).atZone(OSLO).toInstant());
        SignedInUser nurse = (SignedInUser) accounts.loadUserByUsername("helsesykepleier");
        long school = organisation.units().stream().filter(u -> u.name().equals("Gimle skole")).findFirst()
                .orElseThrow().id();
        return consents.record(nurse, family.childId(), new ConsentForm("GUARDIANS",
                List.of(String.valueOf(family.guardianId())), "WRITTEN", "", PURPOSE, List.of("BASIC", "RELAY_LOG"),
                List.of(String.valueOf(school)), List.of(), "2026-05-01", "2026-11-30", "false"));
    }

    private static String path(long childId, long consentId) {
        return "/familie/barn/" + childId + "/samtykker/" + consentId + "/samtykke.pdf";
    }

    @Test
    void the_consents_page_links_the_form_and_the_form_passes_verapdf_in_bokmaal_even_for_an_arabic_reader()
            throws Exception {
        Family family = families.childWithGuardian("helsesykepleier", LocalDate.of(2019, 2, 11), true);
        long consentId = consent(family);

        String page = mvc.perform(get("/familie/barn/{id}/samtykker", family.childId())
                        .with(families.as(family.guardianNumber())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains(path(family.childId(), consentId), "Last ned samtykkeskjemaet");

        for (String language : List.of("nb", "ar")) {
            byte[] pdf = mvc.perform(get(path(family.childId(), consentId)).cookie(new Cookie("laget-sprak", language))
                            .with(families.as(family.guardianNumber())))
                    .andExpect(status().isOk())
                    .andExpect(content().contentType(MediaType.APPLICATION_PDF))
                    .andReturn().getResponse().getContentAsByteArray();
            assertThat(text(pdf)).as(language).contains(PURPOSE, "Gimle skole");
            assertThat(VeraPdf.failures(pdf)).as(language).isEmpty();
        }
    }

    @Test
    void another_familys_consent_and_a_missing_one_get_the_answer_of_a_missing_child() throws Exception {
        Family family = families.childWithGuardian("helsesykepleier", LocalDate.of(2019, 2, 11), true);
        Family other = families.childWithGuardian("helsesykepleier", LocalDate.of(2018, 6, 20), true);
        long othersConsent = consent(other);
        long ownConsent = consent(family);

        for (String url : List.of(path(family.childId(), othersConsent), path(other.childId(), othersConsent),
                path(other.childId(), ownConsent), path(family.childId(), 999_999_999L), path(999_999_999L, ownConsent))) {
            mvc.perform(get(url).with(families.as(family.guardianNumber())))
                    .andExpect(status().isNotFound());
        }
    }

    @Test
    void a_guardian_without_parental_responsibility_gets_no_form() throws Exception {
        Family family = families.childWithGuardian("helsesykepleier", LocalDate.of(2019, 2, 11), true);
        String withoutResponsibility = families.addGuardian("helsesykepleier", family.childId(), false);
        long consentId = consent(family);

        mvc.perform(get(path(family.childId(), consentId)).with(families.as(withoutResponsibility)))
                .andExpect(status().isNotFound());
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}
