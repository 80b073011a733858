package no.laget.support;

import static org.assertj.core.api.Assertions.assertThat;

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

/** veraPDF on a document as PDF/UA-1 and PDF/A-3u, the two profiles every PDF Laget prints must pass. */
public final class VeraPdf {

    public static final List<PDFAFlavour> FLAVOURS = List.of(PDFAFlavour.PDFUA_1, PDFAFlavour.PDFA_3_U);

    private VeraPdf() {}

    /** One profile's verdict, with each failed rule as "clause-test: what is wrong" so a failure says what to fix. */
    public record Verdict(boolean compliant, List<String> failures) {}

    public static Verdict verdict(byte[] pdf, PDFAFlavour flavour) throws Exception {
        VeraGreenfieldFoundryProvider.initialise();
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour);
                PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
            ValidationResult result = validator.validate(parser);
            return new Verdict(result.isCompliant(), result.getTestAssertions().stream()
                    .filter(assertion -> assertion.getStatus() == TestAssertion.Status.FAILED)
                    .map(assertion -> assertion.getRuleId().getClause() + "-" + assertion.getRuleId().getTestNumber()
                            + ": " + assertion.getMessage())
                    .distinct().toList());
        }
    }

    /** Fails unless the document has no failed rule and is compliant, in each of the two profiles. */
    public static void assertPasses(byte[] pdf) throws Exception {
        for (PDFAFlavour flavour : FLAVOURS) {
            Verdict verdict = verdict(pdf, flavour);
            assertThat(verdict.failures()).as("%s failures", flavour).isEmpty();
            assertThat(verdict.compliant()).as("%s compliant", flavour).isTrue();
        }
    }

    /** The failed rules of both profiles, each named with its profile; empty when the document passes both. */
    public static List<String> failures(byte[] pdf) {
        List<String> failures = new ArrayList<>();
        for (PDFAFlavour flavour : FLAVOURS) {
            try {
                Verdict verdict = verdict(pdf, flavour);
                verdict.failures().forEach(failure -> failures.add(flavour + " " + failure));
                if (!verdict.compliant() && verdict.failures().isEmpty()) {
                    failures.add(flavour + ": not compliant");
                }
            } catch (Exception e) {
                failures.add(flavour + ": " + e);
            }
        }
        return failures;
    }
}
