package no.laget.consent.internal;

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
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import no.laget.access.AccessDoor;
import no.laget.access.InformationCategory;
import no.laget.child.Child;
import no.laget.child.Guardian;
import no.laget.consent.Consent;
import no.laget.consent.GivenBy;
import no.laget.consent.Grant;
import no.laget.organisation.Organisation;
import no.laget.organisation.Unit;
import no.laget.organisation.UnitType;
import no.laget.platform.LagetProperties;

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
 * The consent form as a PDF that a screen reader can read (PDF/UA-1, also PDF/A-3u for archiving), in
 * bokmål, stating what DOMAIN.md rule 13 says a person must be told before consenting. It holds no
 * identity numbers: the name and birth date identify the child on paper, and a printed number would only
 * widen what a lost sheet exposes. Callers fetch the consent, child and guardians through the door first.
 */
@Component
class ConsentFormPdf {

    private static final Locale BOKMAAL = Locale.forLanguageTag("nb-NO");
    private static final String FONT_FAMILY = "DejaVu Sans";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    static {
        // Left alone, the renderer prints every step to standard error; through SLF4J the levels are set like any other logger's.
        XRLog.setLoggerImpl(new Slf4jRendererLog());
    }

    /** Grants are category x receiver; a person reads them best as each category with everyone it goes to. */
    record Row(InformationCategory category, List<String> receivers) {}

    private final ITemplateEngine templates;
    private final MessageSource messages;
    private final Organisation organisation;
    private final String municipality;
    // Read once: PDF/UA needs embedded fonts, and shipping them in the jar keeps the output the same on every machine.
    private final byte[] regularFont = read("fonts/DejaVuSans.ttf");
    private final byte[] boldFont = read("fonts/DejaVuSans-Bold.ttf");
    // PDF/A needs an output intent; the JDK's own sRGB profile saves shipping one.
    private final byte[] colourProfile = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    ConsentFormPdf(ITemplateEngine templates, MessageSource messages, Organisation organisation,
            LagetProperties properties) {
        this.templates = templates;
        this.messages = messages;
        this.organisation = organisation;
        String name = properties.municipality() == null ? null : properties.municipality().name();
        this.municipality = name == null || name.isBlank() ? null : name.trim();
    }

    byte[] render(Consent consent, Child child, List<Guardian> guardians) {
        String xhtml = templates.process(new TemplateSpec("consent/form-pdf", TemplateMode.XML),
                new Context(BOKMAAL, model(consent, child, guardians)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new PdfRendererBuilder()
                    .useFastMode()
                    .usePdfUaAccessibility(true)
                    .usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_3_U)
                    .useColorProfile(colourProfile)
                    .useFont(() -> new ByteArrayInputStream(regularFont), FONT_FAMILY, 400, FontStyle.NORMAL, true)
                    .useFont(() -> new ByteArrayInputStream(boldFont), FONT_FAMILY, 700, FontStyle.NORMAL, true)
                    // The template needs nothing from outside; refusing every fetch means no typed text can make the server call out.
                    .useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
                    .useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI)
                    .withW3cDocument(parse(xhtml), null)
                    .withProducer("Laget")
                    .toStream(out)
                    .run();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not render consent " + consent.id() + " as PDF", e);
        }
        return out.toByteArray();
    }

    /**
     * The JDK's own parser, not whichever XML library the classpath offers (the test classpath brings
     * Saxon): the form is then built the same way in tests and in production. No DTDs: the template needs none.
     */
    private static Document parse(String xhtml) throws IOException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xhtml)));
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException("The consent form template did not produce well-formed XHTML", e);
        }
    }

    private Map<String, Object> model(Consent consent, Child child, List<Guardian> guardians) {
        String recordingUnit = organisation.unit(consent.recordedByUnitId()).map(Unit::name).orElse("");
        List<String> signers = signers(consent, child, guardians);
        Set<String> receivers = new LinkedHashSet<>();
        consent.grants().forEach(grant -> receivers.add(receiver(grant, "consent.pdf.receiver.all-of-type.in-sentence")));
        Map<String, Object> model = new HashMap<>();
        model.put("title", message(consent.refused() ? "consent.pdf.title.refusal" : "consent.pdf.title"));
        model.put("consent", consent);
        model.put("child", child);
        model.put("rows", rows(consent.grants()));
        model.put("receiverList", joined(List.copyOf(receivers)));
        model.put("recordingUnit", recordingUnit);
        model.put("municipality", municipality != null ? municipality : message("consent.pdf.municipality.unknown"));
        model.put("signers", signers);
        model.put("signatureRows", consent.givenBy() == GivenBy.CHILD_WELFARE
                ? List.of(message("consent.pdf.signer.child-welfare")) : signers);
        model.put("recordedOn", osloDate(consent.recordedAt()));
        model.put("withdrawnOn", consent.withdrawnAt() == null ? null : osloDate(consent.withdrawnAt()));
        return model;
    }

    /** Who signs: the guardians the consent names (all with parental responsibility), or the young person. */
    private static List<String> signers(Consent consent, Child child, List<Guardian> guardians) {
        return switch (consent.givenBy()) {
            case GUARDIANS -> guardians.stream().filter(g -> consent.guardianIds().contains(g.id())).map(Guardian::name).toList();
            case YOUNG_PERSON -> List.of(child.fullName());
            case CHILD_WELFARE -> List.of();
        };
    }

    /** Categories in their usual order, each with its receivers; a grant withdrawn on its own says so and when. */
    private List<Row> rows(List<Grant> grants) {
        Map<InformationCategory, List<String>> byCategory = new EnumMap<>(InformationCategory.class);
        for (Grant grant : grants) {
            String receiver = receiver(grant, "consent.pdf.receiver.all-of-type");
            if (grant.withdrawn()) {
                receiver = message("consent.pdf.receiver.withdrawn", receiver, format(osloDate(grant.withdrawnAt())));
            }
            List<String> receivers = byCategory.computeIfAbsent(grant.category(), category -> new ArrayList<>());
            if (!receivers.contains(receiver)) {
                receivers.add(receiver);
            }
        }
        return byCategory.entrySet().stream().map(entry -> new Row(entry.getKey(), List.copyOf(entry.getValue()))).toList();
    }

    private String receiver(Grant grant, String allOfTypeKey) {
        if (grant.receiverUnitName() != null) {
            return grant.receiverUnitName();
        }
        String type = UnitType.parse(grant.receiverUnitType()).map(t -> message(t.labelKey())).orElse(grant.receiverUnitType());
        return message(allOfTypeKey, type);
    }

    /** "A", "A og B", "A, B og C": how a list reads in a Norwegian sentence. */
    private static String joined(List<String> items) {
        if (items.size() <= 1) {
            return items.isEmpty() ? "" : items.getFirst();
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " og " + items.getLast();
    }

    private String message(String key, Object... arguments) {
        return messages.getMessage(key, arguments, BOKMAAL);
    }

    private static LocalDate osloDate(OffsetDateTime moment) {
        return moment.atZoneSameInstant(AccessDoor.OSLO).toLocalDate();
    }

    private static String format(LocalDate date) {
        return date.format(DATE);
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
