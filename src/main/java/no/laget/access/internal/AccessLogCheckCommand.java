package no.laget.access.internal;

import no.laget.platform.operations.LagetCommand;

import org.springframework.boot.ApplicationArguments;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * {@code ./laget check-access-log}: checks every chain and exits 0 when intact, 3 when broken. Runs only when the
 * command word is given; a normal start ignores it.
 */
@Component
class AccessLogCheckCommand extends LagetCommand {

    static final String COMMAND = "check-access-log";

    private final AccessLogCheck check;

    AccessLogCheckCommand(AccessLogCheck check, ConfigurableApplicationContext context) {
        super(COMMAND, context);
        this.check = check;
    }

    @Override
    protected int execute(ApplicationArguments arguments) {
        AccessLogCheck.Result result = check.run();
        if (result.intact()) {
            System.out.println("Tilgangsloggen er hel: " + result.entriesChecked() + " oppføringer kontrollert.");
            return 0;
        }
        System.out.println("Tilgangsloggen er endret: første brutte ledd er oppføring "
                + result.firstBrokenEntry().orElseThrow() + ".");
        return 3;
    }
}
