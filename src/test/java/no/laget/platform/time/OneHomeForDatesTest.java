package no.laget.platform.time;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Dates for people are written by {@link Dates} and the zone is named by {@link Oslo}: no template formats a date
 * itself, and no Java class outside this package declares Europe/Oslo or a day pattern of its own (SQL text and
 * parsing of typed input aside).
 */
class OneHomeForDatesTest {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Path JAVA = Path.of("src/main/java");

    @Test
    void templates_format_dates_through_the_dates_bean() throws IOException {
        List<String> offenders = lines(TEMPLATES, ".html").stream()
                .filter(line -> line.contains("#temporals.format") || line.contains(".OSLO"))
                .toList();
        assertThat(offenders).isEmpty();
        assertThat(lines(TEMPLATES, ".html")).anyMatch(line -> line.contains("@dates.day("));
    }

    @Test
    void java_names_the_zone_and_the_day_patterns_in_one_place() throws IOException {
        List<String> offenders = lines(JAVA, ".java").stream()
                .filter(line -> !line.startsWith(JAVA.resolve("no/laget/platform/time").toString()))
                .filter(line -> line.contains("ZoneId.of(\"Europe/Oslo\")") || line.contains("ofPattern(\"d.M.yyyy")
                        || line.contains("ofPattern(\"dd.MM.yyyy\")") || line.contains("ofPattern(\"HH:mm\")"))
                .toList();
        assertThat(offenders).isEmpty();
    }

    /** Every line of every file, as "path: line". */
    private static List<String> lines(Path root, String suffix) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(file -> file.toString().endsWith(suffix)).flatMap(file -> {
                try {
                    return Files.readAllLines(file).stream().map(line -> file + ": " + line);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
        }
    }
}
