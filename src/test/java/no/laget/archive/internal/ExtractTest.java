package no.laget.archive.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;

import no.laget.platform.time.Oslo;
import no.laget.support.LagetTest;
import no.laget.support.MovableClock;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The deposit: the extract of what is archived validates against every schema of Noark 5 v5.0 (checked here again
 * with a validator of the test's own, from the copied schema files), every file's SHA-256 in arkivuttrekk.xml is the
 * file's, the public journal holds no child's name, and a year of 10,000 records is written in under a minute.
 */
@LagetTest
class ExtractTest {

    private static final Path SCHEMAS = Path.of("src/main/resources/noark5");
    private static final List<String> XML_FILES = List.of("arkivstruktur.xml", "endringslogg.xml", "loependeJournal.xml",
            "offentligJournal.xml", "arkivuttrekk.xml");

    @Autowired Extract extract;
    @Autowired ExtractCommand command;
    @Autowired JdbcClient jdbc;
    @Autowired MovableClock clock;

    @TempDir Path temp;
    LocalDate today;

    @BeforeEach
    void arrange() {
        clock.reset();
        today = LocalDate.now(clock.withZone(Oslo.ZONE));
    }

    @Test
    void the_extract_of_the_demo_data_validates_against_every_schema_and_its_checksums_match() throws Exception {
        Path out = temp.resolve("uttrekk");

        Extract.Result result = extract.write(today.minusDays(1), today.plusDays(1), out, done -> {});

        assertThat(result.records()).isGreaterThanOrEqualTo(3); // the demo children's consents at least
        validateIndependently(out);
        assertChecksumsMatch(out);
        String structure = Files.readString(out.resolve("arkivstruktur.xml"));
        assertThat(structure).contains("xsi:type=\"saksmappe\"", "xsi:type=\"journalpost\"", "<klasseID>100</klasseID>",
                "<skjermingshjemmel>offl. § 13 jf. fvl. § 13</skjermingshjemmel>", "<sjekksumAlgoritme>SHA256</sjekksumAlgoritme>");
        for (String xsd : List.of("arkivstruktur.xsd", "metadatakatalog.xsd", "addml.xsd")) {
            assertThat(Files.mismatch(out.resolve(xsd), SCHEMAS.resolve(xsd))).as(xsd).isEqualTo(-1L);
        }
    }

    @Test
    void the_public_journal_holds_no_name_of_a_child_while_the_running_journal_does() throws Exception {
        Path out = temp.resolve("uttrekk");
        extract.write(today.minusDays(1), today.plusDays(1), out, done -> {});
        String running = Files.readString(out.resolve("loependeJournal.xml"));
        String open = Files.readString(out.resolve("offentligJournal.xml"));

        List<String> names = jdbc.sql("""
                select distinct c.given_name || ' ' || c.family_name from child c
                 where c.id in (select child_id from archive_record where archived_at >= ?)""")
                .param(today.minusDays(1).atStartOfDay(Oslo.ZONE).toOffsetDateTime())
                .query(String.class).list();
        assertThat(names).as("the demo children have archived records")
                .contains("Emma Fiktivsen", "Noah Diktesen", "Sara Oppdiktsdatter");
        assertThat(running).as("the running journal keeps the full titles").contains("Fiktivsen");
        for (String name : names) {
            for (String word : Screening.wordsOf(name)) {
                assertThat(open).as("public journal").doesNotContainIgnoringCase(">" + word)
                        .doesNotContainIgnoringCase(" " + word + " ").doesNotContainIgnoringCase(" " + word + "<");
            }
        }
        assertThat(open).contains("<offentligTittel>Samtykker for ***** *****</offentligTittel>");
    }

    @Test
    void a_year_of_ten_thousand_records_is_written_and_validated_in_under_a_minute() throws Exception {
        generateYear(2011, 2_500, 4);
        Path out = temp.resolve("aar");

        long started = System.nanoTime();
        Extract.Result result = extract.write(LocalDate.of(2011, 1, 1), LocalDate.of(2011, 12, 31), out, done -> {});
        long millis = (System.nanoTime() - started) / 1_000_000;

        System.out.println("Archive extract of 10,000 records: " + millis + " ms, by phase " + result.phaseMillis());
        assertThat(result.records()).isEqualTo(10_000);
        assertThat(millis).as("milliseconds for 10,000 records").isLessThan(60_000);
        validateIndependently(out);
        assertChecksumsMatch(out);
        try (Stream<Path> documents = Files.list(out.resolve("dokumenter"))) {
            assertThat(documents.count()).isEqualTo(10_000);
        }
    }

    @Test
    void a_stored_document_that_no_longer_matches_its_checksum_stops_the_extract() {
        long file = jdbc.sql("""
                insert into archive_file (system_id, file_key, child_id, file_year, file_sequence, class_code, class_title,
                    title, public_title, unit_id, unit_name, responsible_name, created_at)
                values (gen_random_uuid(), 'test:tampered', 1, 2012, 1, '100', 'Klasse', 'Sak', 'Sak', 1, 'Enhet', 'Navn',
                    timestamptz '2012-03-01 10:00+01') returning id""").query(Long.class).single();
        long record = insertRecord(file, 2012, 1, 1, "timestamptz '2012-03-01 10:00+01'", "'" + "0".repeat(64) + "'");
        jdbc.sql("insert into archive_document (record_id, content) values (?, ?)").params(record, new byte[] {1, 2, 3})
                .update();

        assertThatThrownBy(() -> extract.write(LocalDate.of(2012, 1, 1), LocalDate.of(2012, 12, 31),
                temp.resolve("x"), done -> {})).isInstanceOf(ExtractException.class)
                .hasMessageContaining("no longer matches its checksum");
    }

    @Test
    void the_command_refuses_wrong_arguments_an_empty_period_and_a_used_directory_with_its_own_exit_code()
            throws IOException {
        assertThat(run("archive-extract", "--from=2026-01-01", "--out=" + temp.resolve("a"))).isEqualTo(2);
        assertThat(run("archive-extract", "--from=1.1.2026", "--to=2026-12-31", "--out=" + temp.resolve("a"))).isEqualTo(2);
        assertThat(run("archive-extract", "--from=2026-12-31", "--to=2026-01-01", "--out=" + temp.resolve("a"))).isEqualTo(2);
        assertThat(run("archive-extract", "--from=1990-01-01", "--to=1990-12-31", "--out=" + temp.resolve("a"))).isEqualTo(4);
        assertThat(temp.resolve("a")).doesNotExist();
        Path used = Files.createDirectories(temp.resolve("used"));
        Files.writeString(used.resolve("annet.txt"), "noe");
        assertThat(run("archive-extract", "--from=" + today.minusDays(1), "--to=" + today.plusDays(1), "--out=" + used))
                .isEqualTo(5);
        assertThat(used.resolve("arkivstruktur.xml")).doesNotExist();
        // the period's edges are whole days in Oslo: a record archived today is in "today to today"
        assertThat(run("archive-extract", "--from=" + today, "--to=" + today, "--out=" + temp.resolve("b"))).isZero();
        assertThat(temp.resolve("b/arkivuttrekk.xml")).exists();
    }

    // ---------------------------------------------------------------------------------------------------------------

    private int run(String... args) {
        return command.execute(new DefaultApplicationArguments(args));
    }

    /** A fresh validator per file, from the schema files in the repository (not the jar's cached ones). */
    private static void validateIndependently(Path out) throws Exception {
        for (String xml : XML_FILES) {
            SchemaFactory factory = SchemaFactory.newDefaultInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file");
            factory.newSchema(SCHEMAS.resolve(ExtractSchemas.SCHEMA_OF.get(xml)).toFile()).newValidator()
                    .validate(new StreamSource(out.resolve(xml).toFile()));
        }
    }

    /** Every file of the extract is named in arkivuttrekk.xml with its SHA-256, and every named file is there. */
    private static void assertChecksumsMatch(Path out) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
        factory.setNamespaceAware(true);
        NodeList properties = factory.newDocumentBuilder().parse(out.resolve("arkivuttrekk.xml").toFile())
                .getElementsByTagNameNS(Extract.ADDML, "property");
        Map<String, String> listed = new TreeMap<>();
        for (int i = 0; i < properties.getLength(); i++) {
            Element property = (Element) properties.item(i);
            if (property.getAttribute("name").equals("file")) {
                String name = null;
                String sha256 = null;
                NodeList inner = property.getElementsByTagNameNS(Extract.ADDML, "property");
                for (int j = 0; j < inner.getLength(); j++) {
                    Element p = (Element) inner.item(j);
                    String value = p.getElementsByTagNameNS(Extract.ADDML, "value").getLength() == 0 ? null
                            : p.getElementsByTagNameNS(Extract.ADDML, "value").item(0).getTextContent();
                    if (p.getAttribute("name").equals("name") && name == null) {
                        name = value;
                    }
                    if (p.getAttribute("name").equals("value")) {
                        sha256 = value;
                    }
                }
                listed.put(name, sha256);
            }
        }
        TreeSet<String> present = new TreeSet<>();
        try (Stream<Path> files = Files.walk(out)) {
            files.filter(Files::isRegularFile).forEach(f -> present.add(out.relativize(f).toString().replace('\\', '/')));
        }
        present.remove("arkivuttrekk.xml");
        assertThat(listed.keySet()).isEqualTo(present);
        for (Map.Entry<String, String> file : listed.entrySet()) {
            assertThat(sha256(Files.readAllBytes(out.resolve(file.getKey())))).as(file.getKey()).isEqualTo(file.getValue());
        }
    }

    /** A year of synthetic records, straight into the tables: {@code files} case files with {@code each} records. */
    private void generateYear(int year, int files, int each) {
        jdbc.sql("""
                insert into archive_file (system_id, file_key, child_id, file_year, file_sequence, class_code, class_title,
                    title, public_title, unit_id, unit_name, responsible_name, created_at)
                select gen_random_uuid(), 'generated:' || :year || ':' || g, g, :year, g,
                       (array['100', '200', '300'])[g % 3 + 1], 'Klasse ' || (g % 3), 'Samtykker for Testbarn Nummer' || g,
                       'Samtykker for ***** *****', 1, 'Helsestasjonen', 'Saks Behandler',
                       make_timestamptz(:year, 1, 1, 8, 0, 0, 'Europe/Oslo') + (g * interval '3 hours')
                  from generate_series(1, :files) g""")
                .param("year", year).param("files", files).update();
        byte[] document = ("%PDF-1.7\n" + "x".repeat(4000) + "\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
        String hash = sha256(document);
        jdbc.sql("""
                insert into archive_record (system_id, document_system_id, object_system_id, file_id, child_id, kind,
                    category, journal_year, journal_sequence, file_record_number, record_type, document_type, title,
                    public_title, counterpart_type, counterpart_name, access_code, legal_basis, unit_id, unit_name,
                    archived_by, archived_by_name, archived_at, document_date, file_size, sha256)
                select gen_random_uuid(), gen_random_uuid(), gen_random_uuid(), f.id, f.child_id, 'CONSENT_GIVEN', 'BASIC',
                       :year, (f.file_sequence - 1) * :each + n, n, 'Organinternt dokument uten oppfølging', 'Samtykkeskjema',
                       'Samtykke nr. ' || n || ' for Testbarn Nummer' || f.file_sequence, 'Samtykke nr. ' || n || ' for ***** *****',
                       'IA', 'Helsestasjonen', '13', 'offl. § 13 jf. fvl. § 13', 1, 'Helsestasjonen', 1, 'Saks Behandler',
                       f.created_at + n * interval '1 minute', (f.created_at + n * interval '1 minute')::date, :size, :hash
                  from archive_file f cross join generate_series(1, :each) n
                 where f.file_key like 'generated:' || :year || ':%'""")
                .param("year", year).param("each", each).param("size", document.length).param("hash", hash).update();
        jdbc.sql("""
                insert into archive_document (record_id, content)
                select r.id, :content from archive_record r join archive_file f on f.id = r.file_id
                 where f.file_key like 'generated:' || :year || ':%'""")
                .param("content", document).param("year", year).update();
    }

    private long insertRecord(long file, int year, int sequence, int number, String at, String sha) {
        return jdbc.sql("""
                insert into archive_record (system_id, document_system_id, object_system_id, file_id, child_id, kind,
                    category, journal_year, journal_sequence, file_record_number, record_type, document_type, title,
                    public_title, counterpart_type, counterpart_name, access_code, legal_basis, unit_id, unit_name,
                    archived_by, archived_by_name, archived_at, document_date, file_size, sha256)
                values (gen_random_uuid(), gen_random_uuid(), gen_random_uuid(), ?, 1, 'CONSENT_GIVEN', 'BASIC', ?, ?, ?,
                    'Organinternt dokument uten oppfølging', 'Samtykkeskjema', 'Samtykke', 'Samtykke', 'IA', 'Enhet', '13',
                    'offl. § 13', 1, 'Enhet', 1, 'Navn', %s, date '%d-03-01', 3, %s) returning id""".formatted(at, year, sha))
                .params(file, year, sequence, number).query(Long.class).single();
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
