package no.laget.platform.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded server's data directory as seen from outside the server: which PostgreSQL runs on it (its
 * {@code postmaster.pid}), whether a Laget holds it (the library's {@code epg-lock}, held by the JVM that started the
 * server and released by the operating system when that JVM dies, even by {@code kill -9}), and how to stop a server
 * whose Laget is gone.
 *
 * <p>The server is started by {@code pg_ctl} in a session of its own, so it outlives a Laget killed with
 * {@code kill -9}; the next start would then fail on "lock file postmaster.pid already exists". A server whose
 * {@code epg-lock} nobody holds is such an orphan: it is shut down (fast shutdown, SIGINT; SIGKILL as the last
 * resort) before the next start. A server whose lock is held belongs to a running Laget and is never touched.
 */
final class DataDirectory {

    static final String LOCK_FILE = "epg-lock";
    private static final Logger log = LoggerFactory.getLogger(DataDirectory.class);
    private static final Duration FAST_SHUTDOWN_WAIT = Duration.ofSeconds(30);
    private static final Duration KILL_WAIT = Duration.ofSeconds(10);

    private final Path dir;

    DataDirectory(Path dir) {
        this.dir = dir.toAbsolutePath().normalize();
    }

    Path path() {
        return dir;
    }

    /** A PostgreSQL server that runs now on this directory, as its pid file names it. */
    record Server(long pid, int port) {}

    Path pidFile() {
        return dir.resolve("postmaster.pid");
    }

    /** The server named by {@code postmaster.pid}, when that process is alive and is a postgres of this directory. */
    Optional<Server> runningServer() {
        List<String> lines;
        try {
            lines = Files.readAllLines(pidFile());
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + pidFile(), e);
        }
        if (lines.size() < 4 || !lines.get(0).strip().matches("\\d+") || !lines.get(3).strip().matches("\\d+")) {
            // the server writes the file in steps; a file cut short is a server starting or a crash while starting
            return Optional.empty();
        }
        long pid = Long.parseLong(lines.get(0).strip());
        int port = Integer.parseInt(lines.get(3).strip());
        Optional<ProcessHandle> process = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
        if (process.isEmpty() || !isPostgresOfThisDirectory(process.get(), lines.get(1).strip())) {
            return Optional.empty();
        }
        return Optional.of(new Server(pid, port));
    }

    private boolean isPostgresOfThisDirectory(ProcessHandle process, String dirInPidFile) {
        boolean postgres = process.info().command()
                .map(command -> Path.of(command).getFileName().toString().equals("postgres"))
                .orElse(true);
        if (!postgres) {
            return false;
        }
        // On Linux the server's working directory is its data directory; elsewhere trust the pid file's own line.
        Path cwd = Path.of("/proc", Long.toString(process.pid()), "cwd");
        try {
            if (Files.exists(Path.of("/proc/self/cwd"))) {
                return Files.isSameFile(cwd.toRealPath(), dir);
            }
        } catch (IOException e) {
            return false;
        }
        return Path.of(dirInPidFile).toAbsolutePath().normalize().equals(dir);
    }

    /**
     * True when a process holds the lock that a running Laget (the library that started its server) keeps. Asked from
     * a JVM that has not started the server itself: POSIX drops all of a process's locks on a file when any of its
     * descriptors of that file closes, so asking from the same JVM would release the library's lock.
     */
    boolean heldByRunningLaget() {
        Path lockFile = dir.resolve(LOCK_FILE);
        if (!Files.exists(lockFile)) {
            return false;
        }
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                return true;
            }
            lock.release();
            return false;
        } catch (OverlappingFileLockException e) {
            return true; // this very JVM runs it
        } catch (IOException e) {
            throw new UncheckedIOException("Could not test the lock " + lockFile, e);
        }
    }

    /**
     * Before a start: stops a server left behind by a Laget that died, and removes a pid file whose process is gone.
     * Refuses when a running Laget holds the directory.
     */
    void clearForStart() {
        if (heldByRunningLaget()) {
            throw new DataDirectoryInUseException(dir);
        }
        Optional<Server> server = runningServer();
        if (server.isPresent()) {
            log.warn("The embedded PostgreSQL (PID {}) outlived the Laget that started it; shutting it down",
                    server.get().pid());
            stop(server.get());
        }
        removeStalePidFile();
    }

    private void stop(Server server) {
        ProcessHandle process = ProcessHandle.of(server.pid()).orElse(null);
        if (process == null) {
            return;
        }
        List<ProcessHandle> children = process.descendants().toList();
        signal(server.pid(), "INT"); // PostgreSQL's fast shutdown: ends sessions, checkpoints, removes its pid file
        if (waitForEnd(process, FAST_SHUTDOWN_WAIT)) {
            return;
        }
        log.warn("The orphaned PostgreSQL (PID {}) did not stop in {}; killing it", server.pid(), FAST_SHUTDOWN_WAIT);
        process.destroyForcibly();
        children.forEach(ProcessHandle::destroyForcibly);
        waitForEnd(process, KILL_WAIT);
        children.forEach(child -> waitForEnd(child, KILL_WAIT));
        if (process.isAlive()) {
            throw new IllegalStateException("Could not stop the PostgreSQL server (PID " + server.pid()
                    + ") that still runs on " + dir);
        }
    }

    private static void signal(long pid, String signal) {
        try {
            Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(pid)).inheritIO().start();
            kill.waitFor(10, TimeUnit.SECONDS);
        } catch (IOException e) {
            log.warn("Could not send SIG{} to PID {}: {}", signal, pid, e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static boolean waitForEnd(ProcessHandle process, Duration wait) {
        try {
            process.onExit().get(wait.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (java.util.concurrent.TimeoutException e) {
            return !process.isAlive();
        } catch (java.util.concurrent.ExecutionException e) {
            return !process.isAlive();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !process.isAlive();
        }
    }

    /** A pid file is removed only when no server of this directory lives: its process is gone or is another one. */
    private void removeStalePidFile() {
        if (Files.exists(pidFile()) && runningServer().isEmpty()) {
            try {
                Files.deleteIfExists(pidFile());
                log.info("Removed a stale postmaster.pid from the embedded database's directory");
            } catch (IOException e) {
                throw new UncheckedIOException("Could not remove the stale " + pidFile(), e);
            }
        }
    }

    /** Another running Laget uses the directory. */
    static final class DataDirectoryInUseException extends IllegalStateException {
        DataDirectoryInUseException(Path dir) {
            super("The embedded database in " + dir + " is in use by another running Laget; stop that one first");
        }
    }
}
