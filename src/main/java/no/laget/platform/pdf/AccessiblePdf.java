package no.laget.platform.pdf;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FSFontUseCase;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.TextDirection;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.TemplateSpec;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import org.thymeleaf.templatemode.TemplateMode;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * Every PDF Laget hands out (the consent form, the relay log, child welfare's letters, the plan's annual report):
 * a Thymeleaf template rendered in XML mode, parsed by the JDK's own parser and laid out by openhtmltopdf as PDF/UA-1
 * (a screen reader can read it) and PDF/A-3u (it can be archived), in bokmål unless a language is given, with its
 * fonts embedded. One renderer, so an accessibility fix reaches every document at once; the modules only build
 * their model.
 *
 * <p>Fonts: DejaVu Sans (Latin with every Polish and Lithuanian letter, Cyrillic, and Arabic too), Noto Sans
 * Arabic and Noto Sans Ethiopic (Tigrinya). A template names them in {@code font-family}; the two Noto fonts are also
 * the renderer's fallback, so a template that names only DejaVu Sans still shows Ethiopic. Right-to-left text is
 * ordered by the Unicode bidi algorithm and Arabic letters are joined (ICU); an Arabic document starts right to left.
 */
@Component
public class AccessiblePdf {

    private static final Locale BOKMAAL = Locale.forLanguageTag("nb-NO");
    private static final String FONT_FAMILY = "DejaVu Sans";
    /** For a template's {@code font-family}: Arabic in its own typeface rather than DejaVu's. */
    public static final String ARABIC_FONT_FAMILY = "Noto Sans Arabic";
    public static final String ETHIOPIC_FONT_FAMILY = "Noto Sans Ethiopic";
    private static final Set<FSFontUseCase> DOCUMENT_AND_FALLBACK = EnumSet.of(FSFontUseCase.DOCUMENT, FSFontUseCase.FALLBACK_PRE);

    static {
        // Left alone, the renderer prints every step to standard error; through SLF4J the levels are set like any other logger's.
        XRLog.setLoggerImpl(new Slf4jRendererLog());
    }

    private final ITemplateEngine templates;
    // Read once: PDF/UA needs embedded fonts, and shipping them in the jar keeps the output the same on every machine.
    private final byte[] regularFont = read("fonts/DejaVuSans.ttf");
    private final byte[] boldFont = read("fonts/DejaVuSans-Bold.ttf");
    private final byte[] arabicFont = read("fonts/NotoSansArabic-Regular.ttf");
    private final byte[] arabicBoldFont = read("fonts/NotoSansArabic-Bold.ttf");
    private final byte[] ethiopicFont = read("fonts/NotoSansEthiopic-Regular.ttf");
    private final byte[] ethiopicBoldFont = read("fonts/NotoSansEthiopic-Bold.ttf");
    // PDF/A needs an output intent; the JDK's own sRGB profile saves shipping one.
    private final byte[] colourProfile = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    // lets a PDF template call beans as pages do, such as {@code ${@dates.day(x)}}; null in a test without Spring
    private final ApplicationContext beans;

    AccessiblePdf(ITemplateEngine templates) {
        this(templates, null);
    }

    @Autowired
    AccessiblePdf(ITemplateEngine templates, ApplicationContext beans) {
        this.templates = templates;
        this.beans = beans;
    }

    /** @param template a template name such as {@code consent/form-pdf}, whose output must be well-formed XHTML */
    public byte[] render(String template, Map<String, Object> model) {
        return render(template, model, BOKMAAL);
    }

    /**
     * The document in a language: its messages ({@code #{...}}) from that language's files, and right to left from
     * the start when the language is written so (the template still sets {@code lang} and {@code dir} on its root).
     */
    public byte[] render(String template, Map<String, Object> model, Locale language) {
        Context context = new Context(language, model);
        if (beans != null) {
            context.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
                    new ThymeleafEvaluationContext(beans, null));
        }
        String xhtml = templates.process(new TemplateSpec(template, TemplateMode.XML), context);
        boolean rightToLeft = isRightToLeft(language);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new PdfRendererBuilder()
                    .useFastMode()
                    .useUnicodeBidiSplitter(IcuBidi.SPLITTER)
                    .useUnicodeBidiReorderer(IcuBidi.REORDERER)
                    .defaultTextDirection(rightToLeft ? TextDirection.RTL : TextDirection.LTR)
                    .usePdfUaAccessibility(true)
                    .usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_3_U)
                    .useColorProfile(colourProfile)
                    .useFont(() -> new ByteArrayInputStream(arabicFont), ARABIC_FONT_FAMILY, 400, FontStyle.NORMAL, true, DOCUMENT_AND_FALLBACK)
                    .useFont(() -> new ByteArrayInputStream(arabicBoldFont), ARABIC_FONT_FAMILY, 700, FontStyle.NORMAL, true, DOCUMENT_AND_FALLBACK)
                    .useFont(() -> new ByteArrayInputStream(ethiopicFont), ETHIOPIC_FONT_FAMILY, 400, FontStyle.NORMAL, true, DOCUMENT_AND_FALLBACK)
                    .useFont(() -> new ByteArrayInputStream(ethiopicBoldFont), ETHIOPIC_FONT_FAMILY, 700, FontStyle.NORMAL, true, DOCUMENT_AND_FALLBACK)
                    .useFont(() -> new ByteArrayInputStream(regularFont), FONT_FAMILY, 400, FontStyle.NORMAL, true, DOCUMENT_AND_FALLBACK)
                    .useFont(() -> new ByteArrayInputStream(boldFont), FONT_FAMILY, 700, FontStyle.NORMAL, true, DOCUMENT_AND_FALLBACK)
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

    /** Arabic (and any other right-to-left language a template may come in). */
    static boolean isRightToLeft(Locale language) {
        return switch (language.getLanguage()) {
            case "ar", "fa", "he", "ur", "ps", "ckb" -> true;
            default -> false;
        };
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
