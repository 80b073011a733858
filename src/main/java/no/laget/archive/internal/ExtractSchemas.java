package no.laget.archive.internal;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;

import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Validates an extract's XML files against Arkivverket's schemas kept in the jar (src/main/resources/noark5, see its
 * SOURCES.md), with the JDK's own validator, streaming: a file of any size is read once and never held in memory.
 */
public final class ExtractSchemas {

    /** Each file of an extract and the schema it must follow (Noark 5 chapter 6.4). */
    public static final Map<String, String> SCHEMA_OF = Map.of(
            "arkivstruktur.xml", "arkivstruktur.xsd",
            "endringslogg.xml", "endringslogg.xsd",
            "loependeJournal.xml", "loependeJournal.xsd",
            "offentligJournal.xml", "offentligJournal.xsd",
            "arkivuttrekk.xml", "addml.xsd");

    private static final Map<String, Schema> SCHEMAS = new ConcurrentHashMap<>();

    private ExtractSchemas() {}

    /** Throws {@link ExtractException} naming the file, line and the validator's message when the file is invalid. */
    public static void validate(Path file) {
        String name = file.getFileName().toString();
        String xsd = SCHEMA_OF.get(name);
        if (xsd == null) {
            throw new ExtractException("No schema is known for " + name);
        }
        Validator validator = schema(xsd).newValidator();
        try {
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            validator.validate(new StreamSource(file.toFile()));
        } catch (SAXParseException e) {
            // Only the rule's code and the place: the validator's full message may quote a value, and a value may be a
            // title with a child's name in it, which must reach neither the log nor the administrator's page.
            String message = e.getMessage() == null ? "" : e.getMessage();
            String rule = message.contains(":") ? message.substring(0, message.indexOf(':')) : "invalid";
            throw new ExtractException(name + " does not follow " + xsd + " (line " + e.getLineNumber() + ", column "
                    + e.getColumnNumber() + ", rule " + rule + ")", e);
        } catch (SAXException | IOException e) {
            throw new ExtractException(name + " could not be validated against " + xsd, e);
        }
    }

    /** The copied schema file as it is in the jar, for the extract's own copy. */
    public static URL resource(String xsd) {
        URL url = ExtractSchemas.class.getClassLoader().getResource("noark5/" + xsd);
        if (url == null) {
            throw new ExtractException("The schema " + xsd + " is missing from the jar");
        }
        return url;
    }

    private static Schema schema(String xsd) {
        return SCHEMAS.computeIfAbsent(xsd, name -> {
            try {
                SchemaFactory factory = SchemaFactory.newDefaultInstance();
                factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
                // The schemas import metadatakatalog.xsd beside them, inside the jar; nothing from the network.
                factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file,jar");
                factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
                return factory.newSchema(resource(name));
            } catch (SAXException e) {
                throw new ExtractException("The schema " + name + " could not be read", e);
            }
        });
    }
}
