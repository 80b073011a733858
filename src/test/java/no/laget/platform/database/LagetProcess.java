package no.laget.platform.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;

import no.laget.LagetApplication;

import static org.awaitility.Awaitility.await;

/**
 * Laget as the operator runs it: a JVM of its own (the test's class path, the main class, the demo profile) on a data
 * directory of the test's choosing, killed or stopped like a real process. Its output goes to target/process-tests.
 */
final class LagetProcess implements AutoCloseable {

    private static final Path LOGS = Path.of("target", "process-tests");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final Process process;
    private final int port;
    private final Path log;

    private LagetProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** Starts Laget in demo mode on {@code dataDir} and waits until it is ready. */
    static LagetProcess start(Path dataDir, String name, String... settings) {
        int port = freePort();
        List<String> args = new ArrayList<>(List.of("--spring.profiles.active=demo", "--server.port=" + port,
                "--laget.db.embedded-data-dir=" + dataDir));
        args.addAll(List.of(settings));
        Path log = LOGS.resolve(name + ".log");
        LagetProcess laget = new LagetProcess(java(args, log), port, log);
        laget.awaitReady();
        return laget;
    }

    /** Runs a command of the application ({@code backup}, {@code restore}) to its end; answers its exit code. */
    static int command(String name, String... args) {
        Path log = LOGS.resolve(name + ".log");
        Process process = java(List.of(args), log);
        try {
            if (!process.waitFor(90, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("The command did not end: " + tail(log));
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    static String output(String name) {
        return tail(LOGS.resolve(name + ".log"));
    }

    private static Process java(List<String> args, Path log) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto",
                "-cp", System.getProperty("java.class.path"), LagetApplication.class.getName(),
                "--logging.level.root=WARN", "--logging.level.no.laget=INFO"));
        command.addAll(args);
        try {
            Files.createDirectories(LOGS);
            return new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.to(log.toFile())).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void awaitReady() {
        await("Laget on port " + port).atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(300))
                .ignoreExceptionsInstanceOf(IOException.class)
                .until(() -> {
                    if (!process.isAlive()) {
                        throw new AssertionError("Laget ended with " + process.exitValue() + ": " + tail(log));
                    }
                    return get("/actuator/health/readiness", null).statusCode() == 200;
                });
    }

    long pid() {
        return process.pid();
    }

    HttpResponse<String> get(String path, String user) throws IOException, InterruptedException {
        return HTTP.send(request(path, user).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> postJson(String path, String user, String json) throws IOException, InterruptedException {
        return HTTP.send(request(path, user).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String path, String user) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(30));
        if (user != null) {
            String basic = Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
            request.header("Authorization", "Basic " + basic);
        }
        return request;
    }

    /** SIGKILL, as {@code kill -9} or a crash: no shutdown hook runs. */
    void kill() {
        process.destroyForcibly();
        awaitEnd();
    }

    /** SIGTERM, as Ctrl-C or a service manager: Laget shuts down and stops its database. */
    void stop() {
        process.destroy();
        awaitEnd();
    }

    private void awaitEnd() {
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            stop();
        }
    }

    /** A connection straight to the embedded server that runs on {@code dataDir} now (as its pid file says). */
    static Connection database(Path dataDir) throws SQLException {
        DataDirectory.Server server = new DataDirectory(dataDir).runningServer()
                .orElseThrow(() -> new AssertionError("No server runs on " + dataDir));
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + server.port() + "/postgres?user=postgres");
    }

    /** Test clean-up: a server still running on {@code dataDir} (a test that failed half-way) is stopped. */
    static void stopServerOn(Path dataDir) {
        new DataDirectory(dataDir).runningServer().flatMap(server -> ProcessHandle.of(server.pid())).ifPresent(pg -> {
            pg.destroy(); // SIGTERM: PostgreSQL's smart shutdown
            pg.onExit().orTimeout(30, TimeUnit.SECONDS).exceptionally(e -> null).join();
        });
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no output: " + e.getMessage() + ")";
        }
    }
}
