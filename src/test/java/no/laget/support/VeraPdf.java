package no.laget.support;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** veraPDF on a document as PDF/UA-1 and PDF/A-3u: the failed rules (clause and message), empty when it passes both. */
public final class VeraPdf {

    private VeraPdf() {}

    public static List<String> failures(byte[] pdf) {
        VeraGreenfieldFoundryProvider.initialise();
        List<String> failures = new ArrayList<>();
        for (PDFAFlavour flavour : List.of(PDFAFlavour.PDFUA_1, PDFAFlavour.PDFA_3_U)) {
            try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour);
                    PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
                ValidationResult result = validator.validate(parser);
                result.getTestAssertions().stream().filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                        .map(a -> flavour + " " + a.getRuleId().getClause() + ": " + a.getMessage()).distinct()
                        .forEach(failures::add);
                if (!result.isCompliant() && failures.isEmpty()) {
                    failures.add(flavour + ": not compliant");
                }
            } catch (Exception e) {
                failures.add(flavour + ": " + e);
            }
        }
        return failures;
    }
}
