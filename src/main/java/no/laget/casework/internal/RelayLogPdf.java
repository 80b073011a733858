package no.laget.casework.internal;

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

import no.laget.access.AccessDoor;
import no.laget.casework.RelayCase;
import no.laget.child.Child;
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
 * The relay log for the family, as an accessible PDF in bokmål (PDF/UA-1 and PDF/A-3u, DejaVu Sans embedded), made
 * the way the consent form is (consent/internal/ConsentFormPdf). It holds the child's name and birth date, never an
 * identity number. Callers fetch the case and child through the door first.
 */
@Component
class RelayLogPdf {

    private static final Locale BOKMAAL = Locale.forLanguageTag("nb-NO");
    private static final String FONT_FAMILY = "DejaVu Sans";

    private final ITemplateEngine templates;
    private final String municipality;
    private final byte[] regularFont = read("fonts/DejaVuSans.ttf");
    private final byte[] boldFont = read("fonts/DejaVuSans-Bold.ttf");
    private final byte[] colourProfile = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    RelayLogPdf(ITemplateEngine templates, LagetProperties properties) {
        this.templates = templates;
        String name = properties.municipality() == null ? null : properties.municipality().name();
        this.municipality = name == null || name.isBlank() ? "" : name.trim();
    }

    byte[] render(RelayCase relayCase, Child child) {
        Map<String, Object> model = new HashMap<>();
        model.put("relayCase", relayCase);
        model.put("child", child);
        model.put("municipality", municipality);
        model.put("oslo", AccessDoor.OSLO);
        String xhtml = templates.process(new TemplateSpec("casework/relay-log-pdf", TemplateMode.XML),
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
            throw new UncheckedIOException("Could not render case " + relayCase.id() + " as PDF", e);
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
            throw new IOException("The relay log template did not produce well-formed XHTML", e);
        }
    }

    private static byte[] read(String path) {
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
