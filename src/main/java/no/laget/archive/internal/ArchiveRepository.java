package no.laget.archive.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import no.laget.archive.ArchivedRecord;
import no.laget.platform.time.Oslo;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The archive's three insert-only tables (migration V140). Numbers (case file year and sequence, journal year and
 * sequence, record number within the file) are given under one transaction-scoped advisory lock, so two archivings
 * at once never take the same number and a rolled-back one leaves no gap behind a committed one.
 */
@Repository
public class ArchiveRepository {

    /** The key of the advisory lock that serialises numbering (any constant; this one reads "ARKIV"). */
    private static final long NUMBERING_LOCK = 0x41524B4956L;

    private final JdbcClient jdbc;

    ArchiveRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The head of a record, enough to ask the door: the child and the category its class needs. */
    public record Head(long id, Long childId, String category, String kind, String fileKey, long fileId) {}

    /** @param publicTitle the public title when the caller has it already (a correction keeps the old one's); else screened here */
    public long insert(NewRecord r, Classification.Entry cls, String unitName, String employeeName, String publicTitle) {
        jdbc.sql("select pg_advisory_xact_lock(?)").param(NUMBERING_LOCK).query((rs, row) -> 1).list();
        int year = r.at().atZoneSameInstant(Oslo.ZONE).getYear();
        long fileId = jdbc.sql("select id from archive_file where file_key = ?").param(r.fileKey()).query(Long.class)
                .optional().orElseGet(() -> {
                    int sequence = jdbc.sql("select coalesce(max(file_sequence), 0) + 1 from archive_file where file_year = ?")
                            .param(year).query(Integer.class).single();
                    return jdbc.sql("""
                            insert into archive_file (system_id, file_key, child_id, file_year, file_sequence, class_code,
                                class_title, title, public_title, unit_id, unit_name, responsible_name, created_at)
                            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                            .params(UUID.randomUUID(), r.fileKey(), r.childId(), year, sequence, cls.code(), cls.title(),
                                    r.fileTitle(), Screening.screen(r.fileTitle(), r.screenedWords()), r.unitId(),
                                    unitName, employeeName, r.at())
                            .query(Long.class).single();
                });
        int journalSequence = jdbc.sql("select coalesce(max(journal_sequence), 0) + 1 from archive_record where journal_year = ?")
                .param(year).query(Integer.class).single();
        int recordNumber = jdbc.sql("select coalesce(max(file_record_number), 0) + 1 from archive_record where file_id = ?")
                .param(fileId).query(Integer.class).single();
        long id = jdbc.sql("""
                insert into archive_record (system_id, document_system_id, object_system_id, file_id, child_id, kind,
                    category, journal_year, journal_sequence, file_record_number, record_type, document_type, title, public_title,
                    counterpart_type, counterpart_name, access_code, legal_basis, unit_id, unit_name, archived_by,
                    archived_by_name, archived_at, document_date, corrects_id, correction_reason, file_size, sha256)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), fileId, r.childId(), r.kind(),
                        cls.categoryName(), year, journalSequence, recordNumber, r.recordType(), r.documentType(), r.title(),
                        publicTitle != null ? publicTitle : Screening.screen(r.title(), r.screenedWords()), r.counterpartType(), r.counterpartName(),
                        cls.accessCode(), cls.legalBasis(), r.unitId(), unitName, r.employeeId(), employeeName, r.at(),
                        r.documentDate(), r.correctsId(), r.correctionReason(), r.pdf().length, sha256(r.pdf()))
                .query(Long.class).single();
        jdbc.sql("insert into archive_document (record_id, content) values (?, ?)").params(id, r.pdf()).update();
        return id;
    }

    /** Names the units whose employees may read a record of no child. */
    public void insertReaderUnits(long recordId, java.util.Collection<Long> unitIds) {
        for (long unitId : new java.util.TreeSet<>(unitIds)) {
            jdbc.sql("insert into archive_record_reader_unit (record_id, unit_id) values (?, ?)").params(recordId, unitId)
                    .update();
        }
    }

    /** The units whose employees may read a record of no child; empty for a child's record. */
    public List<Long> readerUnits(long recordId) {
        return jdbc.sql("select unit_id from archive_record_reader_unit where record_id = ? order by unit_id")
                .param(recordId).query(Long.class).list();
    }

    /** The records of no child in a case file that a unit may read, oldest first, without the bytes. */
    public List<ArchivedRecord> forUnitInFile(String fileKey, long unitId) {
        return jdbc.sql(SELECT + " " + """
                 where f.file_key = ? and r.child_id is null
                   and exists (select 1 from archive_record_reader_unit u where u.record_id = r.id and u.unit_id = ?)
                 order by r.archived_at, r.id""").params(fileKey, unitId).query(ArchiveRepository::archived).list();
    }

    public Optional<Head> head(long id) {
        return jdbc.sql("""
                select r.id, r.child_id, r.category, r.kind, f.file_key, f.id as file_id
                  from archive_record r join archive_file f on f.id = r.file_id where r.id = ?""")
                .param(id)
                .query((rs, row) -> new Head(rs.getLong("id"), (Long) rs.getObject("child_id"), rs.getString("category"),
                        rs.getString("kind"), rs.getString("file_key"), rs.getLong("file_id")))
                .optional();
    }

    /** The facts a correction copies from the record it corrects. */
    public Optional<NewRecord> asNew(long id) {
        return jdbc.sql("""
                select r.kind, f.file_key, r.child_id, f.title as file_title, r.title, r.record_type, r.document_type, r.counterpart_type,
                       r.counterpart_name, r.unit_id, r.document_date
                  from archive_record r join archive_file f on f.id = r.file_id where r.id = ?""")
                .param(id)
                .query((rs, row) -> new NewRecord(rs.getString("kind"), rs.getString("file_key"), (Long) rs.getObject("child_id"),
                        rs.getString("file_title"), rs.getString("title"), java.util.Set.of(), rs.getString("record_type"),
                        rs.getString("document_type"), rs.getString("counterpart_type"), rs.getString("counterpart_name"), rs.getLong("unit_id"), 0,
                        null, rs.getObject("document_date", LocalDate.class), null, null, null))
                .optional();
    }

    /** Every record of a child in time order (oldest first), without the bytes. */
    public List<ArchivedRecord> forChild(long childId) {
        return jdbc.sql(SELECT + " where r.child_id = ? order by r.archived_at, r.id").param(childId)
                .query(ArchiveRepository::archived).list();
    }

    public Optional<ArchivedRecord> find(long id) {
        return jdbc.sql(SELECT + " where r.id = ?").param(id).query(ArchiveRepository::archived).optional();
    }

    public String publicTitle(long id) {
        return jdbc.sql("select public_title from archive_record where id = ?").param(id).query(String.class).single();
    }

    public byte[] content(long id) {
        return jdbc.sql("select content from archive_document where record_id = ?").param(id)
                .query((rs, row) -> rs.getBytes(1)).single();
    }

    private static final String SELECT = """
            select r.id, r.journal_year, r.journal_sequence, f.file_year, f.file_sequence, f.title as file_title,
                   f.class_code, f.class_title, r.kind, r.title, r.record_type, r.access_code, r.legal_basis, r.unit_name,
                   r.archived_by_name, r.archived_at, r.document_date, r.corrects_id, r.correction_reason, r.file_size,
                   r.sha256, r.category, r.child_id, c.journal_year as corrects_year, c.journal_sequence as corrects_sequence
              from archive_record r join archive_file f on f.id = r.file_id
              left join archive_record c on c.id = r.corrects_id""";

    private static ArchivedRecord archived(ResultSet rs, int row) throws SQLException {
        return new ArchivedRecord(rs.getLong("id"), rs.getInt("journal_year") + "/" + rs.getInt("journal_sequence"),
                rs.getInt("file_year") + "/" + rs.getInt("file_sequence"), rs.getString("file_title"),
                rs.getString("class_code"), rs.getString("class_title"), rs.getString("kind"), rs.getString("title"),
                rs.getString("record_type"), rs.getString("access_code"), rs.getString("legal_basis"),
                rs.getString("unit_name"), rs.getString("archived_by_name"),
                rs.getObject("archived_at", OffsetDateTime.class), rs.getObject("document_date", LocalDate.class),
                (Long) rs.getObject("corrects_id"), rs.getString("correction_reason"), rs.getLong("file_size"),
                rs.getString("sha256"), rs.getString("category"), (Long) rs.getObject("child_id"),
                rs.getObject("corrects_year") == null ? null
                        : rs.getInt("corrects_year") + "/" + rs.getInt("corrects_sequence"));
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
