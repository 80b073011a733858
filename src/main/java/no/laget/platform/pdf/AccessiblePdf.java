package no.laget.platform.pdf;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
 * Every PDF Laget hands out (the consent form, the relay log, child welfare's letters, the plan's annual report):
 * a Thymeleaf template rendered in XML mode, parsed by the JDK's own parser and laid out by openhtmltopdf as PDF/UA-1
 * (a screen reader can read it) and PDF/A-3u (it can be archived), in bokmål, with DejaVu Sans embedded. One
 * renderer, so an accessibility fix reaches every document at once; the modules only build their model.
 */
@Component
public class AccessiblePdf {

    private static final Locale BOKMAAL = Locale.forLanguageTag("nb-NO");
    private static final String FONT_FAMILY = "DejaVu Sans";

    static {
        // Left alone, the renderer prints every step to standard error; through SLF4J the levels are set like any other logger's.
        XRLog.setLoggerImpl(new Slf4jRendererLog());
    }

    private final ITemplateEngine templates;
    // Read once: PDF/UA needs embedded fonts, and shipping them in the jar keeps the output the same on every machine.
    private final byte[] regularFont = read("fonts/DejaVuSans.ttf");
    private final byte[] boldFont = read("fonts/DejaVuSans-Bold.ttf");
    // PDF/A needs an output intent; the JDK's own sRGB profile saves shipping one.
    private final byte[] colourProfile = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    AccessiblePdf(ITemplateEngine templates) {
        this.templates = templates;
    }

    /** @param template a template name such as {@code consent/form-pdf}, whose output must be well-formed XHTML */
    public byte[] render(String template, Map<String, Object> model) {
        String xhtml = templates.process(new TemplateSpec(template, TemplateMode.XML), new Context(BOKMAAL, model));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new PdfRendererBuilder()
                    .useFastMode()
                    .usePdfUaAccessibility(true)
                    .usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_3_U)
                    .useColorProfile(colourProfile)
                    .useFont(() -> new ByteArrayInputStream(regularFont), FONT_FAMILY, 400, FontStyle.NORMAL, true)
                    .useFont(() -> new ByteArrayInputStream(boldFont), FONT_FAMILY, 700, FontStyle.NORMAL, true)
                    // The templates need nothing from outside; refusing every fetch means no typed text can make the server call out.
                    .useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
                    .useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI)
                    .withW3cDocument(parse(template, xhtml), null)
                    .withProducer("Laget")
                    .toStream(out)
                    .run();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not render " + template + " as PDF", e);
        }
        return out.toByteArray();
    }

    /**
     * The JDK's own parser, not whichever XML library the classpath offers (the test classpath brings
     * Saxon): documents are then built the same way in tests and in production. No DTDs: the templates need none.
     */
    private static Document parse(String template, String xhtml) throws IOException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xhtml)));
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException("The template " + template + " did not produce well-formed XHTML", e);
        }
    }

    private static byte[] read(String path) {
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("The font " + path + " is missing from the jar", e);
        }
    }

    /** The renderer's log lines into SLF4J, under the renderer's own logger names (com.openhtmltopdf.*). */
    private static final class Slf4jRendererLog implements XRLogger {

        @Override
        public void log(String where, Level level, String message) {
            log(where, level, message, null);
        }

        @Override
        public void log(String where, Level level, String message, Throwable error) {
            Logger logger = LoggerFactory.getLogger(where);
            int value = level.intValue();
            if (value >= Level.SEVERE.intValue()) {
                logger.error(message, error);
            } else if (value >= Level.WARNING.intValue()) {
                logger.warn(message, error);
            } else if (value >= Level.INFO.intValue()) {
                logger.info(message, error);
            } else if (value >= Level.FINE.intValue()) {
                logger.debug(message, error);
            } else {
                logger.trace(message, error);
            }
        }

        @Override
        public void setLevel(String where, Level level) {
            // levels belong to the logging configuration, not to the renderer
        }

        @Override
        public boolean isLogLevelEnabled(Diagnostic diagnostic) {
            Logger logger = LoggerFactory.getLogger(diagnostic.getLogMessageId().getWhere());
            int value = diagnostic.getLevel().intValue();
            return value >= Level.SEVERE.intValue() ? logger.isErrorEnabled()
                    : value >= Level.WARNING.intValue() ? logger.isWarnEnabled()
                    : value >= Level.INFO.intValue() ? logger.isInfoEnabled()
                    : value >= Level.FINE.intValue() ? logger.isDebugEnabled()
                    : logger.isTraceEnabled();
        }
    }
}
