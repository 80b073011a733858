package no.laget.plan.internal;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import no.laget.plan.ActionStatus;
import no.laget.platform.LagetProperties;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.TemplateSpec;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * The annual evaluation report for the municipal council as a PDF a screen reader can read (PDF/UA-1, also
 * PDF/A-3u for the archive), in bokmål. The same approach as the consent form (consent/internal/ConsentFormPdf):
 * a Thymeleaf template in XML mode, the JDK's XML parser, openhtmltopdf, DejaVu Sans embedded from the jar, no
 * outside resources. Figures are tables, not charts, so every number can be read aloud.
 */
@Component
class AnnualReportPdf {

    private static final Locale BOKMAAL = Locale.forLanguageTag("nb-NO");
    private static final String FONT_FAMILY = "DejaVu Sans";

    private final ITemplateEngine templates;
    private final String municipality;
    private final byte[] regularFont = read("fonts/DejaVuSans.ttf");
    private final byte[] boldFont = read("fonts/DejaVuSans-Bold.ttf");
    private final byte[] colourProfile = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    AnnualReportPdf(ITemplateEngine templates, LagetProperties properties) {
        this.templates = templates;
        String name = properties.municipality() == null ? null : properties.municipality().name();
        this.municipality = name == null || name.isBlank() ? "" : name.trim();
    }

    byte[] render(AnnualReport.Report report) {
        Map<String, Object> model = new HashMap<>();
        model.put("report", report);
        model.put("municipality", municipality);
        model.put("statuses", ActionStatus.values());
        String xhtml = templates.process(new TemplateSpec("plan/arsrapport-pdf", TemplateMode.XML),
                new Context(BOKMAAL, model));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new PdfRendererBuilder()
                    .useFastMode()
                    .usePdfUaAccessibility(true)
                    .usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_3_U)
                    .useColorProfile(colourProfile)
                    .useFont(() -> new ByteArrayInputStream(regularFont), FONT_FAMILY, 400, FontStyle.NORMAL, true)
                    .useFont(() -> new ByteArrayInputStream(boldFont), FONT_FAMILY, 700, FontStyle.NORMAL, true)
                    .useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
                    .useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI)
                    .withW3cDocument(parse(xhtml), null)
                    .withProducer("Laget")
                    .toStream(out)
                    .run();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not render the annual report of plan "
                    + report.overview().plan().id() + " as PDF", e);
        }
        return out.toByteArray();
    }

    private static Document parse(String xhtml) throws IOException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xhtml)));
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException("The annual report template did not produce well-formed XHTML", e);
        }
    }

    private static byte[] read(String path) {
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("The font " + path + " is missing from the jar", e);
        }
    }
}
