package no.laget.platform.operations;

import java.util.List;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A command of {@code ./laget} that needs the running application ({@code archive-extract}, {@code dataset}, ...):
 * it runs after the start only when its word is on the command line, writes to the console and then ends the
 * application with its exit code. A normal start ignores it. (Backup and restore run before Spring starts:
 * {@code platform.database.DatabaseCommands}.)
 */
public abstract class LagetCommand implements ApplicationRunner, ExitCodeGenerator {

    private final String word;
    private final ConfigurableApplicationContext context;
    private int exitCode;

    protected LagetCommand(String word, ConfigurableApplicationContext context) {
        this.word = word;
        this.context = context;
    }

    // Not final: every module bean is proxied (platform.web's refused-input trap), and a final method would run on the
    // proxy itself, whose fields are null, so the command never recognised its word and did nothing.
    @Override
    public void run(ApplicationArguments arguments) {
        if (!arguments.getNonOptionArgs().contains(word)) {
            return;
        }
        exitCode = execute(arguments);
        System.exit(SpringApplication.exit(context, this));
    }

    /** Does the work, telling the user on the console; the exit code (0 when done). */
    protected abstract int execute(ApplicationArguments arguments);

    @Override
    public int getExitCode() {
        return exitCode;
    }

    /** The value of {@code --name}, or null when it is missing or given more than once. */
    protected static String option(ApplicationArguments arguments, String name) {
        List<String> values = arguments.getOptionValues(name);
        return values == null || values.size() != 1 ? null : values.getFirst();
    }
}
