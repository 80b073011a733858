package no.laget.access.internal;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * {@code ./laget check-access-log}: checks the chain and exits 0 when intact, 3 when broken. Runs only when
 * the command word is given; a normal start ignores it.
 */
@Component
class AccessLogCheckCommand implements ApplicationRunner, ExitCodeGenerator {

    static final String COMMAND = "check-access-log";

    private final AccessLogCheck check;
    private final ConfigurableApplicationContext context;
    private int exitCode;

    AccessLogCheckCommand(AccessLogCheck check, ConfigurableApplicationContext context) {
        this.check = check;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        if (!arguments.getNonOptionArgs().contains(COMMAND)) {
            return;
        }
        AccessLogCheck.Result result = check.run();
        if (result.intact()) {
            System.out.println("Tilgangsloggen er hel: " + result.entriesChecked() + " oppføringer kontrollert.");
        } else {
            System.out.println("Tilgangsloggen er endret: første brutte ledd er oppføring "
                    + result.firstBrokenEntry().orElseThrow() + ".");
            exitCode = 3;
        }
        System.exit(SpringApplication.exit(context, this));
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
