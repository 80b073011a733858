package no.laget.catalogue.internal;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import no.laget.platform.validation.TextCharacters;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * The catalogue as CSV: semicolons and a byte order mark, because that is what Norwegian Excel opens and
 * saves; codes (not labels) for level, topics and access, so a column means the same in every release.
 * Rows are numbered as the spreadsheet shows them: the header is row 1.
 */
final class CatalogueCsv {

    static final List<String> COLUMNS = List.of("id", "name", "description", "provider_unit_id", "provider_name",
            "prevention_level", "age_from", "age_to", "topics", "free", "access", "contact", "accessibility", "active");

    /** A file without these is refused whole; the others may be left out. */
    static final List<String> REQUIRED_COLUMNS = COLUMNS.stream()
            .filter(column -> !List.of("id", "accessibility", "active").contains(column)).toList();

    /** Where each form field comes from, to name the column when a row is refused. */
    static final Map<String, String> COLUMN_OF_FIELD = Map.ofEntries(Map.entry("id", "id"),
            Map.entry("name", "name"), Map.entry("description", "description"),
            Map.entry("providerUnitId", "provider_unit_id"), Map.entry("providerName", "provider_name"),
            Map.entry("level", "prevention_level"), Map.entry("ageFrom", "age_from"), Map.entry("ageTo", "age_to"),
            Map.entry("topics", "topics"), Map.entry("free", "free"), Map.entry("access", "access"),
            Map.entry("contact", "contact"), Map.entry("accessibility", "accessibility"),
            Map.entry("active", "active"));

    private static final char BOM = '\uFEFF';
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** One data row: its spreadsheet row number, the id column as typed, and the rest as a form. */
    record Row(int number, String id, String active, MeasureForm form) {}

    /** A file that cannot be taken at all; {@code args} fill in the message. */
    static final class RefusedFile extends RuntimeException {
        final String messageKey;
        final List<String> args;

        RefusedFile(String messageKey, List<String> args) {
            super("CSV file refused: " + messageKey);
            this.messageKey = messageKey;
            this.args = args;
        }
    }

    private CatalogueCsv() {}

    static byte[] export(List<Measure> measures) {
        StringWriter out = new StringWriter();
        out.write(BOM);
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(';').setRecordSeparator("\r\n")
                .setHeader(COLUMNS.toArray(String[]::new)).get();
        try (CSVPrinter printer = new CSVPrinter(out, format)) {
            for (Measure m : measures) {
                printer.printRecord(m.id(), cell(m.name()), cell(m.description()),
                        m.providedByUnit() ? m.providerUnitId() : "", m.providedByUnit() ? "" : cell(m.providerName()),
                        m.level().name(), m.ageFrom(), m.ageTo(),
                        m.topics().stream().map(Topic::name).collect(Collectors.joining(",")),
                        m.free() ? "ja" : "nei", m.access().name(), cell(m.contact()),
                        m.accessibility() == null ? "" : cell(m.accessibility()), m.active() ? "ja" : "nei");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The file's text: UTF-8 (with or without a byte order mark) or, when it is not valid UTF-8, Windows-1252,
     * which Excel's plain "CSV (semikolonseparert)" still writes.
     */
    static String decode(byte[] bytes) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException notUtf8) {
            text = new String(bytes, WINDOWS_1252);
        }
        return !text.isEmpty() && text.charAt(0) == BOM ? text.substring(1) : text;
    }

    /** Every data row, or {@link RefusedFile} when the file is empty, unreadable or lacks columns. */
    static List<Row> read(String text) {
        if (text.isBlank()) {
            throw new RefusedFile("catalogue.import.file.empty", List.of());
        }
        int refused = TextCharacters.firstRefused(text);
        if (refused >= 0) { // NUL cannot be stored; the other control and direction characters disguise text
            int line = (int) text.substring(0, refused).chars().filter(c -> c == '\n').count() + 1;
            throw new RefusedFile("catalogue.import.file.characters", List.of(String.valueOf(line)));
        }
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiterOf(text)).setHeader()
                .setSkipHeaderRecord(true).setIgnoreEmptyLines(true).setTrim(false).setAllowMissingColumnNames(true)
                .setIgnoreHeaderCase(true).setIgnoreSurroundingSpaces(true).get();
        List<Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            List<String> header = parser.getHeaderNames().stream().map(String::trim).toList();
            List<String> missing = REQUIRED_COLUMNS.stream()
                    .filter(column -> header.stream().noneMatch(column::equalsIgnoreCase)).toList();
            if (!missing.isEmpty()) {
                throw new RefusedFile("catalogue.import.file.missing-columns", List.of(String.join(", ", missing)));
            }
            for (CSVRecord record : parser) {
                if (Arrays.stream(record.values()).allMatch(String::isBlank)) {
                    continue; // Excel leaves rows of bare semicolons after the data
                }
                int number = (int) record.getRecordNumber() + 1;
                rows.add(new Row(number, value(record, "id"), value(record, "active"), new MeasureForm(
                        value(record, "name"), value(record, "description"), value(record, "provider_unit_id"),
                        value(record, "provider_name"), value(record, "prevention_level"), value(record, "age_from"),
                        value(record, "age_to"), Arrays.asList(value(record, "topics").split("[,|]")),
                        value(record, "free"), value(record, "access"), value(record, "contact"),
                        value(record, "accessibility"), null)));
            }
        } catch (IOException | UncheckedIOException | IllegalStateException | IllegalArgumentException unreadable) {
            throw new RefusedFile("catalogue.import.file.unreadable", List.of());
        }
        if (rows.isEmpty()) {
            throw new RefusedFile("catalogue.import.file.no-rows", List.of());
        }
        return rows;
    }

    /**
     * Excel runs a cell that starts with = + - or @ as a formula, so free text that does is written with an
     * apostrophe first, which Excel hides; {@link #uncell} takes it off again on import.
     */
    private static String cell(String text) {
        return !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    private static String uncell(String text) {
        return text.length() > 1 && text.charAt(0) == '\'' && "=+-@".indexOf(text.charAt(1)) >= 0 ? text.substring(1)
                : text;
    }

    private static char delimiterOf(String text) {
        int end = text.indexOf('\n');
        String header = end < 0 ? text : text.substring(0, end);
        return header.chars().filter(c -> c == ';').count() >= header.chars().filter(c -> c == ',').count() ? ';' : ',';
    }

    private static String value(CSVRecord record, String column) {
        return record.isMapped(column) && record.isSet(column) ? uncell(record.get(column)) : "";
    }
}
