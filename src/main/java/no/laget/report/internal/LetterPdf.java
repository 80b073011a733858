package no.laget.report.internal;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import no.laget.organisation.Organisation;
import no.laget.organisation.Unit;
import no.laget.report.LegalClocks;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
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
 * Child welfare's letters to a public reporter (DOMAIN.md rule 24) as PDF/UA-1 and PDF/A-3u in bokmål, made the way
 * the consent form is (consent/internal/ConsentFormPdf). A letter says only what the law lets child welfare tell the
 * reporter: that the report was received, whether an investigation was opened, and whether it was closed or is
 * followed up. It names no child and no guardian: the report is identified by its number and the day it was sent,
 * which the reporter knows, so a misdirected letter discloses nothing.
 */
@Component
class LetterPdf {

    private static final Locale BOKMAAL = Locale.forLanguageTag("nb-NO");
    private static final String FONT_FAMILY = "DejaVu Sans";

    static {
        XRLog.setLoggerImpl(new Slf4jRendererLog());
    }

    private final ITemplateEngine templates;
    private final MessageSource messages;
    private final Organisation organisation;
    private final ReportRepository repository;
    private final byte[] regularFont = read("fonts/DejaVuSans.ttf");
    private final byte[] boldFont = read("fonts/DejaVuSans-Bold.ttf");
    private final byte[] colourProfile = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    LetterPdf(ITemplateEngine templates, MessageSource messages, Organisation organisation, ReportRepository repository) {
        this.templates = templates;
        this.messages = messages;
        this.organisation = organisation;
        this.repository = repository;
    }

    byte[] render(Intake.LetterKind kind, long reportId, ReportOfConcern report, OffsetDateTime sentAt, LocalDate letterDate) {
        ReportRepository.InboxRow inbox = repository.inboxForReport(reportId).orElseThrow();
        String from = organisation.unit(inbox.unitId()).map(Unit::name).orElse("");
        Map<String, Object> model = new HashMap<>();
        model.put("kind", kind.name());
        model.put("title", messages.getMessage("letter.title." + kind.name(), null, BOKMAAL));
        model.put("from", from);
        model.put("municipality", report.municipalityName());
        model.put("reporter", report.reporter());
        model.put("reportId", reportId);
        model.put("sentOn", sentAt.atZoneSameInstant(LegalClocks.OSLO).toLocalDate());
        model.put("receivedOn", inbox.receivedOn());
        model.put("letterDate", letterDate);
        String xhtml = templates.process(new TemplateSpec("report/letter-pdf", TemplateMode.XML),
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
            throw new UncheckedIOException("Could not render a letter for report " + reportId, e);
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
            throw new IOException("The letter template did not produce well-formed XHTML", e);
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

    private static byte[] read(String path) {
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("The font " + path + " is missing from the jar", e);
        }
    }
}
