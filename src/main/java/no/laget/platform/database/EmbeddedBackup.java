package no.laget.platform.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Backup and restore of the embedded database with nothing but the server (the library ships initdb, pg_ctl and
 * postgres; no pg_dump, no pg_basebackup). A backup is PostgreSQL's low-level base backup: in one session a
 * temporary physical replication slot (so the server keeps the WAL from here on), {@code pg_backup_start}, a copy of
 * the data directory, {@code pg_backup_stop} (which switches to a new WAL segment), then the WAL segments from the
 * start to the stop location and the {@code backup_label} the server returned. The copy is self-contained: the server
 * started on it replays that WAL and comes up consistent as of the end of the backup.
 *
 * <p>A backup directory holds {@code postgres/} (the data directory) and {@code laget-backup.txt}, written last:
 * a directory without it is an unfinished backup, and restore refuses it.
 */
final class EmbeddedBackup {

    static final String MARKER = "laget-backup.txt";
    static final String DATA = "postgres";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);
    /** Directories whose contents the server rebuilds or that a backup must not carry (PostgreSQL's own list). */
    private static final Set<String> EMPTY_IN_BACKUP = Set.of("pg_wal", "pg_replslot", "pg_dynshmem", "pg_notify",
            "pg_serial", "pg_snapshots", "pg_stat_tmp", "pg_subtrans");
    private static final Set<String> LEFT_OUT = Set.of("postmaster.pid", "postmaster.opts", DataDirectory.LOCK_FILE,
            "backup_label", "backup_label.old", "tablespace_map", "tablespace_map.old", "current_logfiles");

    private final Clock clock;

    EmbeddedBackup(Clock clock) {
        this.clock = clock;
    }

    record Backup(Path directory, String startLsn, String stopLsn, boolean serverStartedForIt) {}

    record Restore(Path dataDir, Path oldDataDir) {}

    static String stamp(Clock clock) {
        return STAMP.format(clock.instant());
    }

    /** Backs up the database in {@code dataDir} to {@code out}, online from a running server or by starting one. */
    Backup backup(Path dataDir, Path out) {
        DataDirectory data = new DataDirectory(dataDir);
        if (!Files.exists(data.path().resolve("PG_VERSION"))) {
            throw new BackupException("Fant ingen database i " + data.path() + ".");
        }
        requireEmptyOrAbsent(out);
        Optional<DataDirectory.Server> running = data.runningServer();
        EmbeddedPostgres own = null;
        try {
            int port;
            if (running.isPresent()) {
                port = running.get().port();
            } else {
                own = EmbeddedDatabase.startServer(data.path(), true);
                port = own.getPort();
            }
            Backup backup = copy(data.path(), out, port, own != null);
            return backup;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (own != null) {
                try {
                    own.close();
                } catch (IOException e) {
                    // the library logs it; the backup itself is complete
                }
            }
        }
    }

    private Backup copy(Path dataDir, Path out, int port, boolean serverStartedForIt) throws IOException {
        Path target = out.resolve(DATA);
        createPrivateDirectories(target);
        String url = "jdbc:postgresql://localhost:" + port + "/postgres?user=" + EmbeddedDatabase.USER;
        try (Connection connection = DriverManager.getConnection(url)) {
            connection.setAutoCommit(true);
            try (Statement statement = connection.createStatement()) {
                // keeps every WAL segment from here until this session ends, whatever checkpoints happen meanwhile
                statement.execute("select pg_create_physical_replication_slot('laget_backup_' || pg_backend_pid(), "
                        + "true, true)");
            }
            String startLsn;
            String startWal;
            try (PreparedStatement start = connection.prepareStatement(
                    "select lsn::text, pg_walfile_name(lsn) from pg_backup_start(?, true) as lsn")) {
                start.setString(1, "laget " + stamp(clock));
                try (ResultSet rs = start.executeQuery()) {
                    rs.next();
                    startLsn = rs.getString(1);
                    startWal = rs.getString(2);
                }
            }
            copyDataDirectory(dataDir, target);
            String stopLsn;
            String stopWal;
            String label;
            String tablespaceMap;
            try (Statement stop = connection.createStatement();
                    ResultSet rs = stop.executeQuery("select lsn::text, pg_walfile_name(lsn), labelfile, spcmapfile "
                            + "from pg_backup_stop(false)")) {
                rs.next();
                stopLsn = rs.getString(1);
                stopWal = rs.getString(2);
                label = rs.getString(3);
                tablespaceMap = rs.getString(4);
            }
            copyWal(dataDir.resolve("pg_wal"), target.resolve("pg_wal"), startWal, stopWal);
            writeSynced(target.resolve("backup_label"), label);
            if (tablespaceMap != null && !tablespaceMap.isBlank()) {
                writeSynced(target.resolve("tablespace_map"), tablespaceMap);
            }
            syncTree(target);
            writeSynced(out.resolve(MARKER), """
                    Laget backup of the embedded PostgreSQL
                    made: %s
                    from: %s
                    postgresql: %s
                    wal: %s to %s
                    restore: ./laget restore %s
                    """.formatted(clock.instant(), dataDir, Files.readString(dataDir.resolve("PG_VERSION")).strip(),
                    startLsn, stopLsn, out));
            syncDirectory(out);
            return new Backup(out, startLsn, stopLsn, serverStartedForIt);
        } catch (SQLException e) {
            throw new BackupException("Sikkerhetskopien feilet: " + e.getMessage(), e);
        }
    }

    private static void copyDataDirectory(Path source, Path target) throws IOException {
        Files.walkFileTree(source, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                Path relative = source.relativize(dir);
                if (dir.getFileName().toString().startsWith("pgsql_tmp")) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                createPrivateDirectories(target.resolve(relative.toString()));
                if (relative.getNameCount() == 1 && EMPTY_IN_BACKUP.contains(relative.toString())) {
                    if (relative.toString().equals("pg_wal")) {
                        createPrivateDirectories(target.resolve("pg_wal").resolve("archive_status"));
                    }
                    return FileVisitResult.SKIP_SUBTREE;
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Path relative = source.relativize(file);
                String name = file.getFileName().toString();
                boolean top = relative.getNameCount() == 1;
                if ((top && LEFT_OUT.contains(name)) || name.equals("pg_internal.init") || !attrs.isRegularFile()) {
                    return FileVisitResult.CONTINUE;
                }
                try {
                    copyFile(file, target.resolve(relative.toString()));
                } catch (NoSuchFileException gone) {
                    // dropped while we copied: the WAL replay drops it too
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                if (e instanceof NoSuchFileException) {
                    return FileVisitResult.CONTINUE;
                }
                throw e;
            }
        });
    }

    /** The WAL from the segment of the start location to the segment of the stop location, and timeline history. */
    private static void copyWal(Path wal, Path target, String first, String last) throws IOException {
        int copied = 0;
        try (Stream<Path> files = Files.list(wal)) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                boolean segment = name.matches("[0-9A-F]{24}") && name.compareTo(first) >= 0 && name.compareTo(last) <= 0;
                if (segment || name.endsWith(".history")) {
                    copyFile(file, target.resolve(name));
                    copied += segment ? 1 : 0;
                }
            }
        }
        if (copied == 0 || !Files.exists(target.resolve(first)) || !Files.exists(target.resolve(last))) {
            throw new BackupException("Sikkerhetskopien mangler WAL fra " + first + " til " + last + ".");
        }
    }

    /** Restores the backup in {@code backup} into {@code dataDir}; the old directory is kept beside it. */
    Restore restore(Path backup, Path dataDir) {
        Path source = backup.toAbsolutePath().normalize().resolve(DATA);
        if (!Files.isRegularFile(backup.resolve(MARKER)) || !Files.isRegularFile(source.resolve("backup_label"))
                || !Files.isRegularFile(source.resolve("PG_VERSION"))) {
            throw new BackupException(backup + " er ikke en fullført sikkerhetskopi fra ./laget backup.");
        }
        DataDirectory data = new DataDirectory(dataDir);
        if (data.heldByRunningLaget()) {
            throw new BackupException("Laget kjører med databasen i " + data.path()
                    + ". Stopp Laget før du gjenoppretter.");
        }
        data.clearForStart();
        Path target = data.path();
        String stamp = stamp(clock);
        Path incoming = target.resolveSibling(target.getFileName() + ".restoring-" + stamp);
        Path old = target.resolveSibling(target.getFileName() + ".before-restore-" + stamp);
        try {
            createPrivateDirectories(incoming);
            copyTree(source, incoming);
            syncTree(incoming);
            boolean hadOld = Files.exists(target);
            if (hadOld) {
                Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
            }
            Files.move(incoming, target, StandardCopyOption.ATOMIC_MOVE);
            syncDirectory(target.getParent());
            try {
                recover(target);
            } catch (RuntimeException | IOException e) {
                Files.move(target, target.resolveSibling(target.getFileName() + ".failed-restore-" + stamp),
                        StandardCopyOption.ATOMIC_MOVE);
                if (hadOld) {
                    Files.move(old, target, StandardCopyOption.ATOMIC_MOVE);
                }
                throw new BackupException("Databasen i sikkerhetskopien startet ikke; den gamle er lagt tilbake. ("
                        + e.getMessage() + ")", e);
            }
            return new Restore(target, hadOld ? old : null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts the server once on the restored directory: it replays the backup's WAL now, not at Laget's next start. */
    private static void recover(Path dataDir) throws IOException {
        try (EmbeddedPostgres postgres = EmbeddedDatabase.startServer(dataDir, true);
                Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("checkpoint");
        } catch (SQLException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    private static void copyTree(Path source, Path target) throws IOException {
        Files.walkFileTree(source, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                createPrivateDirectories(target.resolve(source.relativize(dir).toString()));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                copyFile(file, target.resolve(source.relativize(file).toString()));
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private static void requireEmptyOrAbsent(Path out) {
        if (!Files.exists(out)) {
            return;
        }
        try (Stream<Path> entries = Files.list(out)) {
            if (entries.findAny().isPresent()) {
                throw new BackupException(out + " finnes og er ikke tom. Velg en ny mappe.");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The backup holds every child's data: only the owner may read it, as the server demands of a data directory. */
    private static void createPrivateDirectories(Path dir) throws IOException {
        Files.createDirectories(dir);
        try {
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system
        }
    }

    private static void copyFile(Path from, Path to) throws IOException {
        Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
        try {
            Files.setPosixFilePermissions(to, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException | AccessDeniedException e) {
            // not a POSIX file system
        }
    }

    private static void writeSynced(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }

    /** Flushes every file and directory of the tree to disk: a backup that a power cut can undo is none. */
    private static void syncTree(Path root) throws IOException {
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
                    channel.force(true);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                syncDirectory(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private static void syncDirectory(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // some systems cannot open a directory for syncing; the files themselves are synced
        }
    }

    /** A backup or restore that cannot be done; the message (bokmål) is for the operator. */
    static final class BackupException extends RuntimeException {
        BackupException(String message) {
            super(message);
        }

        BackupException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
