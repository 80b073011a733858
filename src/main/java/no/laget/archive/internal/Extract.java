package no.laget.archive.internal;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.LongConsumer;

import javax.sql.DataSource;

import no.laget.platform.LagetProperties;
import no.laget.platform.time.Oslo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The deposit for the national archive (Noark 5 v5.0, chapter 6.4): the records archived in a period as
 * arkivstruktur.xml (arkiv, arkivdel, klassifikasjonssystem, klasse, saksmappe, journalpost, dokumentbeskrivelse,
 * dokumentobjekt), endringslogg.xml, loependeJournal.xml, offentligJournal.xml (public titles only, screened words
 * replaced), the documents under dokumenter/, the schemas, and arkivuttrekk.xml (ADDML) with the SHA-256 of every
 * other file. Each query streams through a database cursor and each file is written element by element, so memory
 * stays the same for a hundred records or a million. Every XML file is validated against its schema before the
 * extract is reported done; a stored document whose checksum no longer matches stops the extract.
 */
@Component
public class Extract {

    private static final Logger log = LoggerFactory.getLogger(Extract.class);

    static final String N5 = "http://www.arkivverket.no/standarder/noark5/";
    static final String ADDML = "http://www.arkivverket.no/standarder/addml";
    static final String SYSTEM = "Laget";
    static final String DOCUMENTS = "dokumenter";
    private static final int FETCH = 200;

    /** What was written: the period, how many records, the files with their SHA-256, and how long it took. */
    public record Result(LocalDate from, LocalDate to, long records, Map<String, String> checksums, long millis,
            Map<String, Long> phaseMillis) {}

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final Classification classification;
    private final Clock clock;
    private final String creatorId;
    private final String creatorName;

    Extract(DataSource dataSource, PlatformTransactionManager transactionManager, Classification classification,
            Clock clock, LagetProperties properties) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.jdbc.setFetchSize(FETCH);
        this.transactions = new TransactionTemplate(transactionManager);
        this.transactions.setReadOnly(true);
        this.classification = classification;
        this.clock = clock;
        String number = properties.municipality() == null ? null : properties.municipality().number();
        String name = properties.municipality() == null ? null : properties.municipality().name();
        this.creatorId = number == null || number.isBlank() ? "0000" : number.trim();
        this.creatorName = name == null || name.isBlank() ? "Kommunen" : name.trim();
    }

    /** The number of records archived in the period (dates are days in Oslo, both included). */
    public long count(LocalDate from, LocalDate to) {
        return jdbc.queryForObject("select count(*) from archive_record where archived_at >= ? and archived_at < ?",
                Long.class, start(from), start(to.plusDays(1)));
    }

    /**
     * Writes the extract of the records archived from {@code from} to {@code to} (both included) into {@code out}, a
     * directory that must be missing or empty. {@code progress} hears the number of records written so far.
     */
    public Result write(LocalDate from, LocalDate to, Path out, LongConsumer progress) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("The period ends before it starts");
        }
        long started = System.nanoTime();
        OffsetDateTime start = start(from);
        OffsetDateTime end = start(to.plusDays(1));
        Long lastId = jdbc.queryForObject("select max(id) from archive_record where archived_at >= ? and archived_at < ?",
                Long.class, start, end);
        if (lastId == null) {
            throw new ExtractException("No records were archived in the period");
        }
        long total = jdbc.queryForObject(
                "select count(*) from archive_record where archived_at >= ? and archived_at < ? and id <= ?", Long.class,
                start, end, lastId);
        prepare(out);
        Period period = new Period(from, to, start, end, now(), total, lastId);
        Map<String, String> checksums = new java.util.concurrent.ConcurrentHashMap<>();
        Map<String, Long> phases = new java.util.concurrent.ConcurrentSkipListMap<>();
        // Three workers: the documents on their own connection, the XML on another, and each XML file validated as
        // soon as it is written. On two cores this overlaps the disk, the database and the validator.
        ExecutorService pool = Executors.newFixedThreadPool(3, r -> {
            Thread thread = new Thread(r, "archive-extract-part");
            thread.setDaemon(true);
            return thread;
        });
        try {
            Future<?> documents = pool.submit(() -> transactions.executeWithoutResult(status -> {
                long t = System.nanoTime();
                checksums.putAll(writeDocuments(out, period, progress));
                lap(phases, "documents", t);
            }));
            List<Future<?>> validations = new ArrayList<>();
            transactions.executeWithoutResult(status -> {
                long t = System.nanoTime();
                checksums.put("arkivstruktur.xml", writeStructure(out, period));
                t = lap(phases, "arkivstruktur", t);
                validations.add(pool.submit(() -> validate(out, "arkivstruktur.xml", phases)));
                checksums.put("endringslogg.xml", writeChangeLog(out, period));
                t = lap(phases, "endringslogg", t);
                validations.add(pool.submit(() -> validate(out, "endringslogg.xml", phases)));
                checksums.putAll(writeJournals(out, period));
                lap(phases, "journals", t);
                validations.add(pool.submit(() -> validate(out, "loependeJournal.xml", phases)));
                validations.add(pool.submit(() -> validate(out, "offentligJournal.xml", phases)));
            });
            for (String xsd : List.of("arkivstruktur.xsd", "metadatakatalog.xsd", "endringslogg.xsd",
                    "loependeJournal.xsd", "offentligJournal.xsd", "addml.xsd")) {
                checksums.put(xsd, copy(xsd, out.resolve(xsd)));
            }
            join(documents);
            long t = System.nanoTime();
            String addml = writeAddml(out, period, new java.util.TreeMap<>(checksums));
            lap(phases, "addml", t);
            validate(out, "arkivuttrekk.xml", phases);
            for (Future<?> validation : validations) {
                join(validation);
            }
            checksums.put("arkivuttrekk.xml", addml);
        } finally {
            pool.shutdownNow();
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        log.info("Archive extract {} to {}: {} records in {} ms ({})", from, to, total, millis, phases);
        return new Result(from, to, total, checksums, millis, phases);
    }

    private static void validate(Path out, String file, Map<String, Long> phases) {
        long t = System.nanoTime();
        ExtractSchemas.validate(out.resolve(file));
        lap(phases, "validation " + file, t);
    }

    /** Waits for a part; its failure (an ExtractException above all) becomes the extract's. */
    private static void join(Future<?> part) {
        try {
            part.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ExtractException("The extract was interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new ExtractException("A part of the extract failed", e.getCause());
        }
    }

    private static long lap(Map<String, Long> phases, String phase, long since) {
        long now = System.nanoTime();
        phases.put(phase, (now - since) / 1_000_000);
        return now;
    }

    /**
     * The period and what it holds. lastId bounds every query: records are only ever added, so the parts written on
     * different connections (in parallel) see the same records even while new ones are archived.
     */
    private record Period(LocalDate from, LocalDate to, OffsetDateTime start, OffsetDateTime end, OffsetDateTime made,
            long records, long lastId) {}

    // ------------------------------------------------------------------------------------------------ documents

    private Map<String, String> writeDocuments(Path out, Period period, LongConsumer progress) {
        Map<String, String> checksums = new LinkedHashMap<>();
        long[] done = {0};
        jdbc.query("""
                select r.journal_year, r.journal_sequence, r.sha256, d.content
                  from archive_record r join archive_document d on d.record_id = r.id
                 where r.archived_at >= ? and r.archived_at < ? and r.id <= ? order by r.id""",
                (RowCallbackHandler) rs -> {
                    String name = documentName(rs.getInt("journal_year"), rs.getInt("journal_sequence"));
                    String sha256;
                    try (InputStream in = rs.getBinaryStream("content"); Hashing file = Hashing.to(out.resolve(name))) {
                        in.transferTo(file.stream());
                        sha256 = file.finish();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    if (!sha256.equals(rs.getString("sha256"))) {
                        throw new ExtractException("The stored document " + name + " no longer matches its checksum");
                    }
                    checksums.put(name, sha256);
                    progress.accept(++done[0]);
                }, period.start(), period.end(), period.lastId());
        return checksums;
    }

    static String documentName(int journalYear, int journalSequence) {
        return DOCUMENTS + "/" + journalYear + "-" + journalSequence + ".pdf";
    }

    // ------------------------------------------------------------------------------------------------ arkivstruktur

    private static final String RECORDS = """
            select f.id as file_id, f.system_id as file_system_id, f.file_year, f.file_sequence, f.class_code,
                   f.class_title, f.title as file_title, f.public_title as file_public_title, f.unit_name as file_unit,
                   f.responsible_name, f.created_at as file_created_at,
                   max(r.archived_at) over (partition by f.id) as file_last,
                   bool_or(r.kind = 'CASE_CLOSED') over (partition by f.id) as file_closed,
                   r.system_id, r.document_system_id, r.object_system_id, r.journal_year, r.journal_sequence,
                   r.file_record_number, r.record_type, r.document_type, r.title, r.public_title, r.counterpart_type,
                   r.counterpart_name, r.access_code, r.legal_basis, r.unit_name, r.archived_by_name, r.archived_at,
                   r.document_date, r.correction_reason, r.file_size, r.sha256, c.system_id as corrects_system_id
              from archive_record r join archive_file f on f.id = r.file_id
              left join archive_record c on c.id = r.corrects_id
             where r.archived_at >= ? and r.archived_at < ? and r.id <= ?""";

    private String writeStructure(Path out, Period period) {
        try (Hashing file = Hashing.to(out.resolve("arkivstruktur.xml"));
                Xml xml = new Xml(file.stream(), "arkiv", N5 + "arkivstruktur", "arkivstruktur.xsd")) {
            xml.el("systemID", uuid("arkiv:" + creatorId))
                    .el("tittel", "Laget: " + creatorName)
                    .el("beskrivelse", "Saksdokumenter fra tjenestene rundt barnet, arkivert i Laget")
                    .el("arkivstatus", "Avsluttet")
                    .el("dokumentmedium", "Elektronisk arkiv")
                    .el("opprettetDato", period.start()).el("opprettetAv", SYSTEM)
                    .el("avsluttetDato", period.made()).el("avsluttetAv", SYSTEM)
                    .start("arkivskaper").el("arkivskaperID", creatorId).el("arkivskaperNavn", creatorName).end();
            xml.start("arkivdel")
                    .el("systemID", uuid("arkivdel:" + creatorId + ":" + period.from() + ":" + period.to()))
                    .el("tittel", "Saksarkiv " + period.from() + " til " + period.to())
                    .el("arkivdelstatus", "Avsluttet periode")
                    .el("dokumentmedium", "Elektronisk arkiv")
                    .el("opprettetDato", period.start()).el("opprettetAv", SYSTEM)
                    .el("avsluttetDato", period.made()).el("avsluttetAv", SYSTEM)
                    .el("arkivperiodeStartDato", period.from()).el("arkivperiodeSluttDato", period.to());
            xml.start("klassifikasjonssystem")
                    .el("systemID", uuid("klassifikasjonssystem:" + classification.schemeId()))
                    .el("klassifikasjonstype", "Egendefinert")
                    .el("tittel", classification.schemeTitle())
                    .el("opprettetDato", period.start()).el("opprettetAv", SYSTEM);
            StructureRows rows = new StructureRows(xml, period);
            jdbc.query(RECORDS + " order by f.class_code, f.file_year, f.file_sequence, r.file_record_number", rows,
                    period.start(), period.end(), period.lastId());
            rows.finish();
            xml.end(); // klassifikasjonssystem
            xml.end(); // arkivdel
            xml.close();
            return file.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Opens and closes klasse and saksmappe as the sorted rows change class and file; one row is one journalpost. */
    private final class StructureRows implements RowCallbackHandler {

        private final Xml xml;
        private final Period period;
        private String openClass;
        private long openFile = -1;
        private FileFacts file;

        StructureRows(Xml xml, Period period) {
            this.xml = xml;
            this.period = period;
        }

        private record FileFacts(int year, int sequence, OffsetDateTime created, String unit, String responsible,
                boolean closed) {}

        @Override
        public void processRow(ResultSet rs) throws SQLException {
            String classCode = rs.getString("class_code");
            long fileId = rs.getLong("file_id");
            if (!classCode.equals(openClass)) {
                closeFile();
                if (openClass != null) {
                    xml.end();
                }
                xml.start("klasse")
                        .el("systemID", uuid("klasse:" + classification.schemeId() + ":" + classCode))
                        .el("klasseID", classCode)
                        .el("tittel", rs.getString("class_title"))
                        .el("opprettetDato", period.start()).el("opprettetAv", SYSTEM);
                openClass = classCode;
            }
            if (fileId != openFile) {
                closeFile();
                openFile(rs);
            }
            writeRecord(rs);
        }

        private void openFile(ResultSet rs) throws SQLException {
            OffsetDateTime created = time(rs, "file_created_at");
            file = new FileFacts(rs.getInt("file_year"), rs.getInt("file_sequence"), created, rs.getString("file_unit"),
                    rs.getString("responsible_name"), rs.getBoolean("file_closed"));
            openFile = rs.getLong("file_id");
            xml.start("mappe", "saksmappe")
                    .el("systemID", rs.getString("file_system_id"))
                    .el("mappeID", file.year() + "/" + file.sequence())
                    .el("tittel", rs.getString("file_title"))
                    .el("offentligTittel", rs.getString("file_public_title"))
                    .el("dokumentmedium", "Elektronisk arkiv")
                    .el("opprettetDato", created).el("opprettetAv", file.responsible())
                    // Mandatory in an extract: the last record of the file in the period closes it there.
                    .el("avsluttetDato", time(rs, "file_last")).el("avsluttetAv", SYSTEM);
            screening(xml, rs, "Skjerming av tittel, delvis");
        }

        private void closeFile() {
            if (file == null) {
                return;
            }
            // The saksmappe's own fields come after the journalposts it holds (an extension follows its base).
            xml.el("saksaar", file.year()).el("sakssekvensnummer", file.sequence())
                    .el("saksdato", file.created().atZoneSameInstant(Oslo.ZONE).toLocalDate())
                    .el("administrativEnhet", file.unit()).el("saksansvarlig", file.responsible())
                    .el("saksstatus", file.closed() ? "Avsluttet" : "Under behandling");
            xml.end();
            file = null;
            openFile = -1;
        }

        private void writeRecord(ResultSet rs) throws SQLException {
            OffsetDateTime archivedAt = time(rs, "archived_at");
            String by = rs.getString("archived_by_name");
            int number = rs.getInt("file_record_number");
            xml.start("registrering", "journalpost")
                    .el("systemID", rs.getString("system_id"))
                    .el("opprettetDato", archivedAt).el("opprettetAv", by)
                    .el("arkivertDato", archivedAt).el("arkivertAv", by);
            screening(xml, rs, "Skjerming av tittel, delvis");
            xml.start("dokumentbeskrivelse")
                    .el("systemID", rs.getString("document_system_id"))
                    .el("dokumenttype", rs.getString("document_type"))
                    .el("dokumentstatus", "Dokumentet er ferdigstilt")
                    .el("tittel", rs.getString("title"))
                    .el("opprettetDato", archivedAt).el("opprettetAv", by)
                    .el("dokumentmedium", "Elektronisk arkiv")
                    .el("tilknyttetRegistreringSom", "Hoveddokument")
                    .el("dokumentnummer", 1)
                    .el("tilknyttetDato", archivedAt).el("tilknyttetAv", by);
            screening(xml, rs, "Skjerming av hele dokumentet");
            xml.start("dokumentobjekt")
                    .el("systemID", rs.getString("object_system_id"))
                    .el("versjonsnummer", 1)
                    .el("variantformat", "Arkivformat")
                    .el("format", "PDF/A-3u")
                    .el("formatDetaljer", "PDF/A-3u og PDF/UA-1")
                    .el("opprettetDato", archivedAt).el("opprettetAv", by)
                    .el("referanseDokumentfil", documentName(rs.getInt("journal_year"), rs.getInt("journal_sequence")))
                    .el("sjekksum", rs.getString("sha256"))
                    .el("sjekksumAlgoritme", "SHA256")
                    .el("filstoerrelse", rs.getLong("file_size"))
                    .end();
            xml.end(); // dokumentbeskrivelse
            xml.el("registreringsID", file.year() + "/" + file.sequence() + "-" + number)
                    .el("tittel", rs.getString("title"))
                    .el("offentligTittel", rs.getString("public_title"));
            String reason = rs.getString("correction_reason");
            if (reason != null) {
                xml.start("merknad").el("merknadstekst", reason).el("merknadstype", "Korrigering")
                        .el("merknadsdato", archivedAt).el("merknadRegistrertAv", by).end();
                xml.start("kryssreferanse").el("referanseTilRegistrering", rs.getString("corrects_system_id")).end();
            }
            xml.start("korrespondansepart")
                    .el("korrespondanseparttype", rs.getString("counterpart_type"))
                    .el("korrespondansepartNavn", rs.getString("counterpart_name"))
                    .end();
            xml.el("journalaar", rs.getInt("journal_year"))
                    .el("journalsekvensnummer", rs.getInt("journal_sequence"))
                    .el("journalpostnummer", number)
                    .el("journalposttype", rs.getString("record_type"))
                    .el("journalstatus", "Arkivert")
                    .el("journaldato", archivedAt.atZoneSameInstant(Oslo.ZONE).toLocalDate())
                    .el("dokumentetsDato", rs.getObject("document_date", LocalDate.class));
            if ("Utgående dokument".equals(rs.getString("record_type"))) {
                xml.el("sendtDato", rs.getObject("document_date", LocalDate.class).atStartOfDay(Oslo.ZONE)
                        .toOffsetDateTime());
            }
            xml.end();
        }

        void finish() {
            closeFile();
            if (openClass != null) {
                xml.end();
            }
        }
    }

    private static void screening(Xml xml, ResultSet rs, String what) throws SQLException {
        xml.start("skjerming")
                .el("tilgangsrestriksjon", rs.getString("access_code"))
                .el("skjermingshjemmel", rs.getString("legal_basis"))
                .el("skjermingMetadata", what)
                .end();
    }

    // ------------------------------------------------------------------------------------------------ endringslogg

    private String writeChangeLog(Path out, Period period) {
        try (Hashing file = Hashing.to(out.resolve("endringslogg.xml"));
                Xml xml = new Xml(file.stream(), "endringslogg", N5 + "endringslogg", "endringslogg.xsd")) {
            jdbc.query("""
                    select r.document_system_id, r.archived_at, r.archived_by_name, r.journal_year, r.journal_sequence,
                           c.system_id as corrects_system_id
                      from archive_record r left join archive_record c on c.id = r.corrects_id
                     where r.archived_at >= ? and r.archived_at < ? and r.id <= ? order by r.archived_at, r.id""",
                    (RowCallbackHandler) rs -> {
                        OffsetDateTime at = time(rs, "archived_at");
                        String by = rs.getString("archived_by_name");
                        // The moment a document became a record: it leaves Laget's working data, final.
                        xml.start("endring")
                                .el("referanseArkivenhet", rs.getString("document_system_id"))
                                .el("referanseMetadata", "dokumentstatus")
                                .el("endretDato", at).el("endretAv", by)
                                .el("tidligereVerdi", "Dokumentet er under redigering")
                                .el("nyVerdi", "Dokumentet er ferdigstilt")
                                .end();
                        String corrected = rs.getString("corrects_system_id");
                        if (corrected != null) {
                            // The corrected record itself is not changed: it gains a cross-reference from the new one.
                            xml.start("endring")
                                    .el("referanseArkivenhet", corrected)
                                    .el("referanseMetadata", "kryssreferanse")
                                    .el("endretDato", at).el("endretAv", by)
                                    .el("tidligereVerdi", "Ingen korrigering")
                                    .el("nyVerdi", "Korrigert av journalpost " + rs.getInt("journal_year") + "/"
                                            + rs.getInt("journal_sequence"))
                                    .end();
                        }
                    }, period.start(), period.end(), period.lastId());
            xml.close();
            return file.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ------------------------------------------------------------------------------------------------ journals

    /** Both journals in one pass, in journal order: the running journal in full, the public one screened. */
    private Map<String, String> writeJournals(Path out, Period period) {
        try (Hashing running = Hashing.to(out.resolve("loependeJournal.xml"));
                Hashing open = Hashing.to(out.resolve("offentligJournal.xml"));
                Xml full = new Xml(running.stream(), "loependeJournal", N5 + "loependeJournal", "loependeJournal.xsd");
                Xml pub = new Xml(open.stream(), "offentligJournal", N5 + "offentligJournal", "offentligJournal.xsd")) {
            for (Xml xml : List.of(full, pub)) {
                xml.start("journalhode")
                        .el("journalStartDato", period.from()).el("journalSluttDato", period.to())
                        .el("antallJournalposter", period.records())
                        .start("arkivskaper").el("arkivskaperID", creatorId).el("arkivskaperNavn", creatorName).end()
                        .end();
            }
            jdbc.query(RECORDS + " order by r.journal_year, r.journal_sequence", (RowCallbackHandler) rs -> {
                String fileNumber = rs.getInt("file_year") + "/" + rs.getInt("file_sequence");
                LocalDate journalDate = time(rs, "archived_at").atZoneSameInstant(Oslo.ZONE).toLocalDate();
                LocalDate documentDate = rs.getObject("document_date", LocalDate.class);
                boolean externalParty = ArchiveListener.EXTERNAL_RECEIVER.equals(rs.getString("counterpart_type"));

                full.start("journalregistrering");
                full.start("klasse").el("klasseID", rs.getString("class_code")).el("tittel", rs.getString("class_title")).end();
                full.start("saksmappe").el("mappeID", fileNumber).el("saksaar", rs.getInt("file_year"))
                        .el("sakssekvensnummer", rs.getInt("file_sequence")).el("tittel", rs.getString("file_title"))
                        .el("offentligTittel", rs.getString("file_public_title"))
                        .el("administrativEnhet", rs.getString("file_unit"))
                        .el("saksansvarlig", rs.getString("responsible_name")).end();
                full.start("journalpost").el("systemID", rs.getString("system_id"))
                        .el("journalaar", rs.getInt("journal_year"))
                        .el("journalsekvensnummer", rs.getInt("journal_sequence"))
                        .el("journalpostnummer", rs.getInt("file_record_number"))
                        .el("tittel", rs.getString("title")).el("offentligTittel", rs.getString("public_title"))
                        .el("journaldato", journalDate).el("dokumentetsDato", documentDate)
                        .el("administrativEnhet", rs.getString("unit_name"))
                        .el("saksbehandler", rs.getString("archived_by_name"))
                        .el("tilgangsrestriksjon", rs.getString("access_code"))
                        .el("skjermingshjemmel", rs.getString("legal_basis"))
                        .start("korrespondansepart").el("korrespondanseparttype", rs.getString("counterpart_type"))
                        .el("korrespondansepartNavn", rs.getString("counterpart_name")).end()
                        .end();
                full.end();

                // The public journal: public titles only; an outside party's name is screened whole.
                pub.start("journalregistrering");
                pub.start("klasse").el("klasseID", rs.getString("class_code")).el("tittel", rs.getString("class_title")).end();
                pub.start("saksmappe").el("mappeID", fileNumber).el("saksaar", rs.getInt("file_year"))
                        .el("sakssekvensnummer", rs.getInt("file_sequence"))
                        .el("offentligTittel", rs.getString("file_public_title"))
                        .el("administrativEnhet", rs.getString("file_unit"))
                        .el("saksansvarlig", rs.getString("responsible_name"))
                        .el("tilgangsrestriksjon", rs.getString("access_code"))
                        .el("skjermingshjemmel", rs.getString("legal_basis")).end();
                pub.start("journalpost").el("systemID", rs.getString("system_id"))
                        .el("journalaar", rs.getInt("journal_year"))
                        .el("journalsekvensnummer", rs.getInt("journal_sequence"))
                        .el("journalpostnummer", rs.getInt("file_record_number"))
                        .el("offentligTittel", rs.getString("public_title"))
                        .el("journaldato", journalDate).el("dokumentetsDato", documentDate)
                        .el("administrativEnhet", rs.getString("unit_name"))
                        .el("saksbehandler", rs.getString("archived_by_name"))
                        .el("tilgangsrestriksjon", rs.getString("access_code"))
                        .el("skjermingshjemmel", rs.getString("legal_basis"))
                        .start("korrespondansepart").el("korrespondanseparttype", rs.getString("counterpart_type"))
                        .el("korrespondansepartNavn", externalParty ? Screening.MASK : rs.getString("counterpart_name"))
                        .end()
                        .end();
                pub.end();
            }, period.start(), period.end(), period.lastId());
            full.close();
            pub.close();
            Map<String, String> checksums = new LinkedHashMap<>();
            checksums.put("loependeJournal.xml", running.finish());
            checksums.put("offentligJournal.xml", open.finish());
            return checksums;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ------------------------------------------------------------------------------------------------ ADDML

    private String writeAddml(Path out, Period period, Map<String, String> checksums) {
        try (Hashing file = Hashing.to(out.resolve("arkivuttrekk.xml"));
                Xml xml = new Xml(file.stream(), "addml", ADDML, "addml.xsd")) {
            xml.start("dataset");
            xml.el("description", "Noark 5 arkivuttrekk fra Laget, " + period.from() + " til " + period.to());
            xml.start("reference");
            xml.start("context").start("additionalElements");
            additional(xml, "recordCreators", "recordCreator", Map.of("name", creatorName, "id", creatorId));
            additional(xml, "systemType", null, Map.of("value", "Noark 5"));
            additional(xml, "systemName", null, Map.of("value", SYSTEM));
            additional(xml, "archive", null, Map.of("value", "Laget: " + creatorName));
            xml.end().end(); // additionalElements, context
            xml.start("content").start("additionalElements");
            additional(xml, "archivalPeriod", null, Map.of("startDate", period.from().toString(),
                    "endDate", period.to().toString()));
            additional(xml, "extractDate", null, Map.of("value", Xml.text(period.made())));
            xml.end().end(); // additionalElements, content
            xml.end(); // reference
            xml.start("dataObjects").start("dataObject").attribute("name", "Noark 5 arkivuttrekk");
            xml.start("dataObjects");
            List<String> documents = new ArrayList<>();
            checksums.forEach((name, sha256) -> {
                if (name.startsWith(DOCUMENTS + "/")) {
                    documents.add(name);
                } else {
                    fileObject(xml, name.endsWith(".xml") ? name.replaceFirst("\\.xml$", "") : name, name, sha256,
                            name.endsWith(".xml") ? ExtractSchemas.SCHEMA_OF.get(name) : null,
                            "arkivstruktur.xml".equals(name) || name.endsWith("Journal.xml") ? period.records() : null);
                }
            });
            xml.start("dataObject").attribute("name", DOCUMENTS).start("dataObjects");
            for (String name : documents) {
                fileObject(xml, name, name, checksums.get(name), null, null);
            }
            xml.end().end(); // dataObjects, dataObject (documents)
            xml.end().end().end(); // dataObjects, dataObject (extract), dataObjects
            xml.end(); // dataset
            xml.close();
            return file.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void additional(Xml xml, String name, String inner, Map<String, String> values) {
        xml.start("additionalElement").attribute("name", name);
        if (inner != null) {
            xml.start("additionalElements").start("additionalElement").attribute("name", inner);
        }
        xml.start("properties");
        values.forEach((key, value) -> xml.start("property").attribute("name", key).el("value", value).end());
        xml.end();
        if (inner != null) {
            xml.end().end();
        }
        xml.end();
    }

    private static void fileObject(Xml xml, String objectName, String fileName, String sha256, String schema,
            Long occurrences) {
        xml.start("dataObject").attribute("name", objectName).start("properties");
        xml.start("property").attribute("name", "file").start("properties");
        xml.start("property").attribute("name", "name").el("value", fileName).end();
        xml.start("property").attribute("name", "type").el("value", fileName.endsWith(".pdf") ? "PDF/A"
                : fileName.endsWith(".xsd") ? "XML Schema" : "XML").end();
        if (schema != null) {
            xml.start("property").attribute("name", "schema").start("properties");
            xml.start("property").attribute("name", "name").el("value", schema).end();
            xml.start("property").attribute("name", "type").el("value", "XML Schema").end();
            xml.start("property").attribute("name", "version").el("value", schema.equals("addml.xsd") ? "8.3" : "5.0").end();
            xml.end().end();
        }
        xml.start("property").attribute("name", "checksum").start("properties");
        xml.start("property").attribute("name", "algorithm").el("value", "SHA256").end();
        xml.start("property").attribute("name", "value").el("value", sha256).end();
        xml.end().end(); // properties, checksum
        xml.end().end(); // properties, file
        if (occurrences != null) {
            xml.start("property").attribute("name", "info").start("properties");
            xml.start("property").attribute("name", "numberOfOccurrences").el("value", occurrences).end();
            xml.end().end();
        }
        xml.end().end(); // properties, dataObject
    }

    // ------------------------------------------------------------------------------------------------ helpers

    private static void prepare(Path out) {
        try {
            if (Files.exists(out)) {
                if (!Files.isDirectory(out)) {
                    throw new ExtractException(out + " is a file, not a directory");
                }
                try (var entries = Files.list(out)) {
                    if (entries.findAny().isPresent()) {
                        throw new ExtractException(out + " is not empty; an extract is written to a new directory");
                    }
                }
            }
            Files.createDirectories(out.resolve(DOCUMENTS));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String copy(String xsd, Path target) {
        try (InputStream in = ExtractSchemas.resource(xsd).openStream(); Hashing file = Hashing.to(target)) {
            in.transferTo(file.stream());
            return file.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static OffsetDateTime start(LocalDate day) {
        return day.atStartOfDay(Oslo.ZONE).toOffsetDateTime();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock.withZone(ZoneOffset.UTC));
    }

    private static OffsetDateTime time(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t.toInstant().atOffset(ZoneOffset.UTC);
    }

    /** A stable identifier for the parts that are not rows (the arkiv, a class): the same name gives the same UUID. */
    static String uuid(String name) {
        return UUID.nameUUIDFromBytes(("laget:" + name).getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString();
    }

    /** A file written through a SHA-256 digest, so each checksum is taken while writing, not by reading again. */
    static final class Hashing implements AutoCloseable {

        private final DigestOutputStream out;
        private String hex;

        private Hashing(DigestOutputStream out) {
            this.out = out;
        }

        static Hashing to(Path path) throws IOException {
            try {
                return new Hashing(new DigestOutputStream(new BufferedOutputStream(Files.newOutputStream(path), 1 << 16),
                        MessageDigest.getInstance("SHA-256")));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }

        OutputStream stream() {
            return out;
        }

        String finish() throws IOException {
            if (hex == null) {
                out.flush();
                hex = HexFormat.of().formatHex(out.getMessageDigest().digest());
            }
            return hex;
        }

        @Override
        public void close() throws IOException {
            out.close();
        }
    }
}
