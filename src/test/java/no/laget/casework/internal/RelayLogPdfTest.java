package no.laget.casework.internal;

import java.time.Clock;
import java.time.LocalDate;

import no.laget.casework.Cases;
import no.laget.child.ChildForm;
import no.laget.child.Children;
import no.laget.child.GuardianForm;
import no.laget.platform.security.SignedInUser;
import no.laget.platform.time.Oslo;
import no.laget.support.ChildFixtures;
import no.laget.support.LagetTest;
import no.laget.support.TestChildren;
import no.laget.support.Pdfs;
import no.laget.support.VeraPdf;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.verapdf.pdfa.flavours.PDFAFlavour;

import static no.laget.support.Accounts.as;
import static no.laget.support.Pdfs.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The relay log for the family as PDF/UA-1 and PDF/A-3u, in bokmål, with no identity number. */
@LagetTest
class RelayLogPdfTest {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService accounts;
    @Autowired ChildFixtures fixtures;
    @Autowired Children children;
    @Autowired Cases cases;
    @Autowired RelayLog relayLog;
    @Autowired Clock clock;

    @Test
    void the_relay_log_prints_for_the_family_and_passes_verapdf() throws Exception {
        LocalDate today = LocalDate.now(clock.withZone(Oslo.ZONE));
        SignedInUser ansatt = fixtures.user("ansatt");
        String familyName = TestChildren.familyName();
        String number = TestChildren.tenorNumberFor(12, 4, 2019);
        long child = children.register(ansatt, ChildForm.withNumber(number, "Mia", familyName, "2019-04-12", "", "2022-08-15", "Går hos oss")).servedChild();
        children.addGuardian(ansatt, child, new GuardianForm("Foresatt " + familyName, "", "", "", "true"));
        fixtures.consent("ansatt", child, ansatt.unitId(), today, today.plusYears(1), "RELAY_LOG");
        long id = cases.open(ansatt, child, new CaseForms.Open("1", String.valueOf(ansatt.employeeId()),
                "Mia leker med andre barn i utetiden", "").toCommand());
        long measure = relayLog.addMeasure(ansatt, id, new CaseForms.Measure("Fast voksen i utetiden", "unit:" + ansatt.unitId(),
                today.toString(), today.plusWeeks(4).toString(), null).toCommand());
        relayLog.evaluate(ansatt, id, new CaseForms.Evaluation(String.valueOf(measure), "BETTER", "Leker oftere med andre",
                "Det er gøy ute nå", today.toString(), "").toCommand());

        byte[] pdf = mvc.perform(get("/cases/" + id + "/stafettlogg.pdf").with(as(accounts, "ansatt")))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andReturn().getResponse().getContentAsByteArray();

        String text = text(pdf);
        assertThat(text).contains("Stafettlogg", "Mia " + familyName, "12.4.2019", "Mia leker med andre barn i utetiden",
                "Fast voksen i utetiden", "Barnet sier: Det er gøy ute nå", "Foreldre kan lese hele stafettloggen.")
                .doesNotContain(number).doesNotContainPattern("\\d{11}");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("nb");
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Stafettlogg");
        }
        VeraPdf.assertPasses(pdf);
        assertThat(VeraPdf.verdict(Pdfs.blankUntagged(), PDFAFlavour.PDFUA_1).compliant()).isFalse();

        mvc.perform(get("/cases/" + id + "/stafettlogg.pdf").with(as(accounts, "nav"))).andExpect(status().isForbidden());
    }
}
