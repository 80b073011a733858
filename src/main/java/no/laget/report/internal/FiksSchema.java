package no.laget.report.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * KS Fiks's JSON Schema for a public report of concern (offentlig bekymringsmelding v2, draft 2019-09), copied
 * unchanged into src/main/resources/fiks from KS's repository (origin and checksums in the SOURCES.md there; tests
 * check the copies against the originals' SHA-256).
 * The schema's {@code $ref: "../adresse.json"} resolves against its {@code $id} to https://fiks.ks.no/adresse.json,
 * which is mapped to the copied file: nothing is fetched from the network. The form checks e-mail and telephone
 * with the schema's own patterns, read from the schema, so the form refuses exactly what the schema would.
 */
@Component
class FiksSchema {

    static final String SCHEMA_ID = "https://fiks.ks.no/bekymringsmelding.offentlig.v2.json";
    static final String ADDRESS_REF = "https://fiks.ks.no/adresse.json";
    static final String SCHEMA_PATH = "fiks/bekymringsmelding/domain/v2/offentlig.bekymringsmelding.v2.json";
    static final String ADDRESS_PATH = "fiks/bekymringsmelding/domain/adresse.json";

    private final Schema schema;
    private final Pattern email;
    private final Pattern phone;

    FiksSchema() {
        String main = read(SCHEMA_PATH);
        String address = read(ADDRESS_PATH);
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2019_09,
                builder -> builder.schemas(Map.of(SCHEMA_ID, main, ADDRESS_REF, address)));
        this.schema = registry.getSchema(SchemaLocation.of(SCHEMA_ID));
        JsonNode reporter = JsonMapper.shared().readTree(main).path("properties").path("offentligMelder").path("properties");
        this.email = Pattern.compile(reporter.path("epost").path("pattern").asString());
        this.phone = Pattern.compile(reporter.path("telefonnummer").path("pattern").asString());
    }

    /** The schema's complaints, empty when the document is valid. Messages name paths, not values. */
    List<String> problems(String json) {
        List<Error> errors = schema.validate(json, InputFormat.JSON);
        return errors.stream().map(e -> e.getInstanceLocation() + " " + e.getKeyword()).toList();
    }

    boolean acceptsEmail(String value) {
        return email.matcher(value).find();
    }

    boolean acceptsPhone(String value) {
        return phone.matcher(value).find();
    }

    private static String read(String path) {
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("The Fiks schema " + path + " is missing from the jar", e);
        }
    }
}
