package no.laget.platform.database;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import no.laget.platform.LagetProperties;

import org.springframework.boot.Banner;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code ./laget backup [DIR]} ({@code java -jar laget.jar backup --out=DIR}) and {@code ./laget restore DIR}.
 *
 * <p>They run before, and instead of, the application: the application's start opens the database, and would stop a
 * server it takes for an orphan. A small Spring context reads the same settings (files, profiles, environment) as the
 * application, so the commands act on the data directory that {@code ./laget run} uses. Exit codes: 0 done, 1 refused
 * or failed, 2 wrong arguments, 4 the database is external (the operator's own backup applies).
 */
public final class DatabaseCommands {

    public static final String BACKUP = "backup";
    public static final String RESTORE = "restore";
    private static final Set<String> COMMANDS = Set.of(BACKUP, RESTORE);
    static final int DONE = 0;
    static final int FAILED = 1;
    static final int USAGE = 2;
    static final int EXTERNAL = 4;

    private DatabaseCommands() {}

    /** True when the first word of the command line that is no {@code --setting} is one of these commands. */
    public static boolean handles(String[] args) {
        return Arrays.stream(args).filter(arg -> !arg.startsWith("--")).findFirst().filter(COMMANDS::contains)
                .isPresent();
    }

    /** Runs the command and answers its exit code; what it did is written to {@code out}. */
    public static int run(String[] args, PrintStream out, Clock clock) {
        DefaultApplicationArguments arguments = new DefaultApplicationArguments(args);
        List<String> words = arguments.getNonOptionArgs();
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(Settings.class)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .registerShutdownHook(false)
                .run(args)) {
            return run(words, arguments, context.getBean(LagetProperties.class), out, clock);
        }
    }

    private static int run(List<String> words, DefaultApplicationArguments arguments, LagetProperties properties,
            PrintStream out, Clock clock) {
        if (properties.db().external()) {
            out.println("""
                    Laget bruker en ekstern PostgreSQL (LAGET_DB_URL). Laget tar ikke sikkerhetskopi av den og \
                    gjenoppretter den ikke: det gjør driftsleverandøren med PostgreSQLs egne verktøy, for eksempel \
                    pg_basebackup med WAL-arkivering (gjenoppretting til et tidspunkt) eller pg_dump. Se README, «Drift».""");
            return EXTERNAL;
        }
        Path dataDir = Path.of(properties.db().embeddedDataDir()).toAbsolutePath().normalize();
        EmbeddedBackup backups = new EmbeddedBackup(clock);
        try {
            if (words.getFirst().equals(BACKUP)) {
                Path target = arguments.containsOption("out") && !arguments.getOptionValues("out").isEmpty()
                        ? Path.of(arguments.getOptionValues("out").getFirst())
                        : words.size() > 1 ? Path.of(words.get(1))
                        : Path.of("backups", "laget-" + EmbeddedBackup.stamp(clock));
                EmbeddedBackup.Backup backup = backups.backup(dataDir, target.toAbsolutePath().normalize());
                out.println("Sikkerhetskopi tatt" + (backup.serverStartedForIt() ? " (Laget var stoppet)" : "")
                        + ": " + backup.directory());
                out.println("Gjenopprett med: ./laget restore " + backup.directory());
                return DONE;
            }
            if (words.size() < 2) {
                out.println("Bruk: ./laget restore MAPPE (en mappe laget av ./laget backup)");
                return USAGE;
            }
            EmbeddedBackup.Restore restore = backups.restore(Path.of(words.get(1)).toAbsolutePath().normalize(), dataDir);
            out.println("Databasen i " + restore.dataDir() + " er gjenopprettet fra " + words.get(1) + ".");
            if (restore.oldDataDir() != null) {
                out.println("Den forrige databasen ligger i " + restore.oldDataDir() + "; slett den når du ikke trenger den.");
            }
            out.println("Start Laget igjen med ./laget run, og kontroller tilgangsloggen med ./laget check-access-log.");
            return DONE;
        } catch (EmbeddedBackup.BackupException e) {
            out.println(e.getMessage());
            return FAILED;
        } catch (DataDirectory.DataDirectoryInUseException e) {
            out.println("En annen Laget bruker databasen i " + dataDir + " nå. Prøv igjen.");
            return FAILED;
        }
    }

    /** Only Laget's settings: no database, no web server. Not a component, so the application's scan skips it. */
    @EnableConfigurationProperties(LagetProperties.class)
    static class Settings {}
}
