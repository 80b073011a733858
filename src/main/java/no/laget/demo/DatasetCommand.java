package no.laget.demo;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

import no.laget.platform.operations.LagetCommand;
import no.laget.platform.time.Dates;

import org.springframework.boot.ApplicationArguments;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code ./laget dataset --children N [--municipalities M] [--load-file PATH]}: writes a synthetic nation into the
 * database (see {@link Dataset}), then the load test's list of which child each employee knows (PATH, default
 * {@value #LOAD_FILE}; written again on every run, also when the data set was already there). Exit code 0: written, or already there with the same size; 2: wrong arguments, or not in demo
 * mode / test data, or another size is already there. Runs only when the command word is given.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class DatasetCommand extends LagetCommand {

    static final String COMMAND = "dataset";

    /** Read by the load test (src/gatling, LagetSimulation): username, child id, the child's name and birth date. */
    static final String LOAD_FILE = "data/dataset-children.csv";

    private final Dataset dataset;

    DatasetCommand(Dataset dataset, ConfigurableApplicationContext context) {
        super(COMMAND, context);
        this.dataset = dataset;
    }

    @Override
    protected int execute(ApplicationArguments arguments) {
        return execute(arguments, System.out);
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
            Path file = Path.of(Objects.requireNonNullElse(option(arguments, "load-file"), LOAD_FILE));
            out.println("datasett: " + writeLoadFile(file) + " ansatte og et barn hver av dem kjenner, til lasttesten: "
                    + file);
            return 0;
        } catch (Dataset.Refused e) {
            out.println(e.getMessage());
            return 2;
        }
    }

    /** Synthetic names only (the data set's), and no identity numbers: the test searches by name and birth date. */
    private int writeLoadFile(Path file) {
        List<Dataset.FamiliarChild> children = dataset.familiarChildren();
        StringBuilder csv = new StringBuilder("username,childId,childName,birthDate\n");
        children.forEach(c -> csv.append(c.username()).append(',').append(c.childId()).append(',')
                .append(c.name()).append(',').append(Dates.paddedDay(c.birthDate())).append('\n'));
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(file, csv, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + file + ": " + e.getMessage(), e);
        }
        return children.size();
    }

    private static Long number(ApplicationArguments arguments, String name) {
        String value = option(arguments, name);
        if (value == null) {
            return null;
        }
        try {
            return Long.parseLong(value.trim().replace("_", ""));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
