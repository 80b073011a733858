package no.laget.demo;

import java.io.PrintStream;
import java.util.List;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code ./laget dataset --children N [--municipalities M]}: writes a synthetic nation into the database (see
 * {@link Dataset}). Exit code 0: written, or already there with the same size; 2: wrong arguments, or not in demo
 * mode / test data, or another size is already there. Runs only when the command word is given.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class DatasetCommand implements ApplicationRunner, ExitCodeGenerator {

    static final String COMMAND = "dataset";

    private final Dataset dataset;
    private final ConfigurableApplicationContext context;
    private int exitCode;

    DatasetCommand(Dataset dataset, ConfigurableApplicationContext context) {
        this.dataset = dataset;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        if (!arguments.getNonOptionArgs().contains(COMMAND)) {
            return;
        }
        exitCode = execute(arguments, System.out);
        System.exit(SpringApplication.exit(context, this));
    }

    int execute(ApplicationArguments arguments, PrintStream out) {
        Long children = number(arguments, "children");
        Long municipalities = arguments.containsOption("municipalities") ? number(arguments, "municipalities") : null;
        if (children == null || children < 1 || children > 5_000_000
                || (arguments.containsOption("municipalities") && municipalities == null)) {
            out.println("Bruk: ./laget dataset --children ANTALL [--municipalities ANTALL] (1 til 5 000 000 barn)");
            return 2;
        }
        int m = municipalities == null ? Dataset.defaultMunicipalities(children) : municipalities.intValue();
        if (m < 1 || m > Dataset.MAX_MUNICIPALITIES || m > children) {
            out.println("--municipalities må være fra 1 til 357, og ikke flere enn barna.");
            return 2;
        }
        if (!dataset.allowed()) {
            out.println("Datasettet lages bare i demomodus (./laget dataset bruker demoprofilen) eller med"
                    + " laget.allow-test-data=true: det har bare syntetiske fødselsnumre og et felles passord.");
            return 2;
        }
        out.println("datasett: lager " + children + " barn i " + m + " kommuner");
        try {
            Dataset.Result result = dataset.write(children, m, out);
            if (!result.written()) {
                out.println("Datasettet med " + children + " barn i " + m + " kommuner finnes allerede. Ingenting lagt til.");
            } else {
                out.println("Datasettet er skrevet: " + children + " barn i " + m + " kommuner, "
                        + result.accessLogRows() + " oppføringer i tilgangsloggen (" + result.millis() / 1000 + " s).");
            }
            return 0;
        } catch (Dataset.Refused e) {
            out.println(e.getMessage());
            return 2;
        }
    }

    private static Long number(ApplicationArguments arguments, String name) {
        List<String> values = arguments.getOptionValues(name);
        if (values == null || values.size() != 1) {
            return null;
        }
        try {
            return Long.parseLong(values.getFirst().trim().replace("_", ""));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
