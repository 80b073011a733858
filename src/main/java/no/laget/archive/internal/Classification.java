package no.laget.archive.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

import no.laget.access.InformationCategory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * The classification scheme the municipality configures (laget.archive.classification; the default for the services
 * around a child is archive/classification.properties): the classes, the access door's category a reader needs, the
 * access code and the legal basis for confidentiality, and which class each kind of document goes to. Read once at
 * start; a scheme that names a class it does not define, or a category the door does not know, stops the start.
 */
@Component
public class Classification {

    /** The category of a class whose records belong to no child and are read by the units each record names. */
    public static final String UNITS = "UNITS";

    /**
     * A class (klasse) of the scheme with what a record in it is screened under. category is null for a class of
     * records of no child ({@link #UNITS}).
     */
    public record Entry(String code, String title, InformationCategory category, String accessCode, String legalBasis) {

        public boolean ofNoChild() {
            return category == null;
        }

        /** The category as stored with a record. */
        public String categoryName() {
            return category == null ? UNITS : category.name();
        }
    }

    private final String schemeId;
    private final String schemeTitle;
    private final Map<String, Entry> classes = new TreeMap<>();
    private final Map<String, Entry> byKind = new TreeMap<>();

    Classification(@Value("${laget.archive.classification:classpath:archive/classification.properties}") Resource resource) {
        Properties p = new Properties();
        try (InputStream in = resource.getInputStream()) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("The archive's classification scheme " + resource + " cannot be read", e);
        }
        schemeId = required(p, "scheme.id");
        schemeTitle = required(p, "scheme.title");
        for (String key : p.stringPropertyNames()) {
            if (key.startsWith("class.") && key.endsWith(".title")) {
                String code = key.substring("class.".length(), key.length() - ".title".length());
                String category = required(p, "class." + code + ".category");
                InformationCategory parsed = UNITS.equals(category) ? null : InformationCategory.parse(category)
                        .orElseThrow(() -> new IllegalStateException(
                                "The archive's class " + code + " names an unknown information category: " + category));
                classes.put(code, new Entry(code, p.getProperty(key).trim(), parsed,
                        required(p, "class." + code + ".access-code"), required(p, "class." + code + ".legal-basis")));
            }
        }
        for (String key : p.stringPropertyNames()) {
            if (key.startsWith("kind.")) {
                String code = p.getProperty(key).trim();
                Entry entry = classes.get(code);
                if (entry == null) {
                    throw new IllegalStateException("The archive's scheme sends " + key + " to class " + code
                            + ", which it does not define");
                }
                byKind.put(key.substring("kind.".length()), entry);
            }
        }
    }

    /** The class a kind of document is archived under; a kind the scheme does not place stops the archiving. */
    public Entry forKind(String kind) {
        Entry entry = byKind.get(kind);
        if (entry == null) {
            throw new IllegalStateException("The archive's classification scheme places no documents of kind " + kind);
        }
        return entry;
    }

    public String schemeId() {
        return schemeId;
    }

    public String schemeTitle() {
        return schemeTitle;
    }

    public Collection<Entry> classes() {
        return classes.values();
    }

    private static String required(Properties p, String key) {
        String value = p.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("The archive's classification scheme lacks " + key);
        }
        return value.trim();
    }
}
