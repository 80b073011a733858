package no.laget.archive.internal;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import no.laget.platform.operations.LagetCommand;

import org.springframework.boot.ApplicationArguments;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * {@code ./laget archive-extract --from DATE --to DATE --out DIR}: writes the Noark 5 extract of the records archived
 * in the period (days in Oslo, both included) into DIR, which must be missing or empty, and validates it. Exit code
 * 0: written and valid; 2: wrong arguments; 4: no records in the period; 5: the extract could not be written or did
 * not validate. Runs only when the command word is given; a normal start ignores it.
 */
@Component
class ExtractCommand extends LagetCommand {

    static final String COMMAND = "archive-extract";

    private final Extract extract;

    ExtractCommand(Extract extract, ConfigurableApplicationContext context) {
        super(COMMAND, context);
        this.extract = extract;
    }

    @Override
    protected int execute(ApplicationArguments arguments) {
        LocalDate from = date(arguments, "from");
        LocalDate to = date(arguments, "to");
        String out = option(arguments, "out");
        if (from == null || to == null || out == null || out.isBlank()) {
            System.out.println("Bruk: ./laget archive-extract --from ÅÅÅÅ-MM-DD --to ÅÅÅÅ-MM-DD --out MAPPE");
            return 2;
        }
        if (to.isBefore(from)) {
            System.out.println("Til-datoen (--to) må være samme dag som eller etter fra-datoen (--from).");
            return 2;
        }
        try {
            long records = extract.count(from, to);
            if (records == 0) {
                System.out.println("Ingen dokumenter ble arkivert fra " + from + " til " + to + ". Ingen uttrekk er laget.");
                return 4;
            }
            System.out.println("Lager arkivuttrekk av " + records + " journalposter fra " + from + " til " + to + " ...");
            Extract.Result result = extract.write(from, to, Path.of(out), done -> {
                if (done % 1000 == 0) {
                    System.out.println("  " + done + " av " + records + " dokumenter skrevet");
                }
            });
            System.out.println("Arkivuttrekket er skrevet til " + Path.of(out).toAbsolutePath() + ": "
                    + result.records() + " journalposter og " + result.checksums().size()
                    + " filer, kontrollert mot skjemaene i Noark 5 v5.0 (" + result.millis() + " ms).");
            return 0;
        } catch (ExtractException e) {
            System.out.println("Arkivuttrekket ble ikke laget: " + e.getMessage());
            return 5;
        }
    }

    private static LocalDate date(ApplicationArguments arguments, String name) {
        String value = option(arguments, name);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            System.out.println("--" + name + " må være en dato som ÅÅÅÅ-MM-DD, for eksempel 2026-01-31.");
            return null;
        }
    }
}
