package no.laget;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Laget builds and passes its tests from its own repository alone (docs/design.md, "The repository stands alone"):
 * nothing under src/, the build or the scripts reads a file beside the repository, every document they cite is a
 * file in it, and every national file copied in is the one its SOURCES.md names, byte for byte.
 */
class RepositoryStandsAloneTest {

    private static final Path ROOT = Path.of("").toAbsolutePath().normalize();

    /** What a clone must hold on its own: the code, the build and the commands. */
    private static final List<String> SCANNED = List.of("src", "pom.xml", "laget", ".ci", "scripts", "README.md");

    /** A path up and out of the repository into a neighbouring folder of shared material, however it is spelt. */
    private static final Pattern OUTSIDE = Pattern.compile(
            "\\.\\.[/\\\\]shared\\b|\"\\.\\.\"\\s*,\\s*\"shared\"|/work/share[d]\\b|\\bshared[/\\\\](?:standards|seeds|hooks)\\b");

    /** A cited document of the domain, the design or the style, with whatever path is written before it. */
    private static final Pattern CITED_DOCUMENT = Pattern.compile("[\\w./\\\\-]*\\b(?i:domain|design|style)\\.md\\b");

    /**
     * Migrations already applied to databases may not change (Flyway checks their checksums), so their comments keep
     * the older citations of the domain and design documents by bare name; in them the bare names mean
     * docs/domain.md and docs/design.md.
     * A new migration cites docs/ like everything else.
     */
    private static final Set<String> FROZEN_MIGRATIONS = Set.of(
            "src/main/resources/db/migration/V5__consent.sql",
            "src/main/resources/db/migration/V20__casework.sql",
            "src/main/resources/db/migration/V30__deadline_reminders.sql",
            "src/main/resources/db/migration/V40__report.sql",
            "src/main/resources/db/migration/V51__nav_transition.sql");

    /** "docs/domain.md rule 15", "docs/domain.md rules 22-24", "docs/domain.md section 3", "rules 2 and 3". */
    private static final Pattern DOMAIN_CITATION = Pattern.compile(
            "docs/domain\\.md,?\\s+(rules?|sections?)\\s+(\\d+(?:\\s*(?:-|,|and)\\s*\\d+)*)");

    @Test
    void no_file_in_the_code_the_build_or_the_scripts_reaches_outside_the_repository() throws IOException {
        List<String> offences = new ArrayList<>();
        for (Path file : scannedFiles()) {
            String relative = relative(file);
            String text = Files.readString(file, StandardCharsets.ISO_8859_1);
            offences.addAll(offences(relative, text, FROZEN_MIGRATIONS.contains(relative)));
        }
        assertThat(offences).as("references to files beside the repository").isEmpty();
    }

    @Test
    void the_check_catches_every_spelling_of_a_path_beside_the_repository_and_lets_the_own_documents_pass() {
        // Built from pieces, so that this file does not offend against its own check.
        String up = "..";
        String sibling = up + "/shared";
        String md = ".md";
        assertThat(offences("A.java", "Path.of(\"" + up + "\", \"shared\", \"standards\")", false)).hasSize(1);
        assertThat(offences("A.java", "read " + sibling + "/standards/jsonstat/x.json", false)).isNotEmpty();
        assertThat(offences("A.java", "see " + sibling + "/DOMAIN" + md, false)).isNotEmpty();
        assertThat(offences("A.java", "DOMAIN" + md + " rule 15", false)).hasSize(1);
        assertThat(offences("A.java", "DESIGN" + md + " \"one door\"", false)).hasSize(1);
        assertThat(offences("A.java", "how a test looks (STYLE" + md + ")", false)).hasSize(1);
        assertThat(offences("A.java", "domain" + md + " rule 15", false)).as("a bare name is not a file of the repository").hasSize(1);
        assertThat(offences("A.java", "docs/domain.md rule 15 and docs/design.md \"Data\"", false)).isEmpty();
        assertThat(offences("V5__consent.sql", "-- DOMAIN" + md + " rule 12", true)).isEmpty();
        assertThat(offences("V5__consent.sql", "-- " + sibling + "/DOMAIN" + md + " rule 12", true)).isNotEmpty();
    }

    @Test
    void every_rule_and_section_cited_from_the_code_is_in_docs_domain_md() throws IOException {
        String domain = Files.readString(ROOT.resolve("docs/domain.md"));
        Set<Integer> rules = numbers(domain, "(?m)^(\\d+)\\. ");
        Set<Integer> sections = numbers(domain, "(?m)^## (\\d+)\\. ");
        assertThat(rules).as("rules 1-39 as numbered in docs/domain.md").containsAll(rangeClosed(1, 39));
        assertThat(sections).containsAll(rangeClosed(1, 8));

        Map<String, List<String>> missing = new TreeMap<>();
        int citations = 0;
        for (Path file : scannedFiles()) {
            Matcher m = DOMAIN_CITATION.matcher(Files.readString(file, StandardCharsets.ISO_8859_1));
            while (m.find()) {
                citations++;
                Set<Integer> known = m.group(1).startsWith("rule") ? rules : sections;
                for (int cited : numbers(m.group(2), "(\\d+)")) {
                    if (!known.contains(cited)) {
                        missing.computeIfAbsent(relative(file), k -> new ArrayList<>()).add(m.group());
                    }
                }
            }
        }
        assertThat(citations).as("the code cites docs/domain.md").isGreaterThan(20);
        assertThat(missing).as("citations of rules or sections that docs/domain.md does not have").isEmpty();
    }

    @Test
    void every_copied_national_file_is_listed_in_its_sources_md_with_the_original_checksum() throws IOException {
        List<Path> sourceLists;
        try (Stream<Path> files = Files.walk(ROOT.resolve("src"))) {
            sourceLists = files.filter(f -> f.getFileName().toString().equals("SOURCES.md")).sorted().toList();
        }
        assertThat(sourceLists).extracting(RepositoryStandsAloneTest::relative).contains(
                "src/main/resources/fiks/SOURCES.md", "src/test/resources/standards/SOURCES.md");

        // | `file` | origin, "unchanged" or "changed: ..." | ... | `original's SHA-256` | `copy's SHA-256` |
        Pattern row = Pattern.compile("^\\|\\s*`([^`]+)`\\s*\\|(.*)`([0-9a-f]{64})`\\s*\\|\\s*$");
        Pattern hash = Pattern.compile("`([0-9a-f]{64})`");
        for (Path list : sourceLists) {
            Path folder = list.getParent();
            Map<String, String> recorded = new TreeMap<>();
            for (String line : Files.readAllLines(list)) {
                Matcher m = row.matcher(line);
                if (m.matches()) {
                    recorded.put(m.group(1), m.group(3));
                    Set<String> original = new TreeSet<>(hashes(hash, m.group(2)));
                    assertThat(original).as("the original's checksum in the row of %s", m.group(1)).hasSize(1);
                    if (m.group(2).contains("changed:")) {
                        assertThat(original).as("a changed copy of %s", m.group(1)).doesNotContain(m.group(3));
                    } else {
                        assertThat(m.group(2)).as("the row of %s says unchanged or changed:", m.group(1))
                                .contains("unchanged");
                        assertThat(original).as("an unchanged copy of %s", m.group(1)).containsExactly(m.group(3));
                    }
                }
            }
            assertThat(recorded).as("files listed in %s", relative(list)).isNotEmpty();
            Set<String> present = new TreeSet<>();
            try (Stream<Path> files = Files.walk(folder)) {
                files.filter(Files::isRegularFile).filter(f -> !f.equals(list))
                        .forEach(f -> present.add(folder.relativize(f).toString().replace('\\', '/')));
            }
            assertThat(present).as("every file beside %s is listed in it, and every listed file is there", relative(list))
                    .isEqualTo(recorded.keySet());
            recorded.forEach((name, sha256) -> assertThat(sha256(folder.resolve(name)))
                    .as("SHA-256 of %s against the original's in %s", name, relative(list)).isEqualTo(sha256));
        }
    }

    // --- the check itself -----------------------------------------------------------------------------------------

    private static List<String> offences(String relative, String text, boolean frozen) {
        List<String> found = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String where = relative + ":" + (i + 1) + ": ";
            Matcher outside = OUTSIDE.matcher(lines[i]);
            while (outside.find()) {
                found.add(where + outside.group());
            }
            Matcher cited = CITED_DOCUMENT.matcher(lines[i]);
            while (cited.find()) {
                String path = cited.group().replace('\\', '/');
                boolean bare = !path.contains("/");
                if (frozen && bare) {
                    continue;
                }
                Path target = ROOT.resolve(path).normalize();
                if (!target.startsWith(ROOT) || !Files.isRegularFile(target)) {
                    found.add(where + cited.group());
                }
            }
        }
        return found;
    }

    private static List<Path> scannedFiles() throws IOException {
        List<Path> files = new ArrayList<>();
        for (String name : SCANNED) {
            Path start = ROOT.resolve(name);
            assertThat(start).as("%s in the repository", name).exists();
            try (Stream<Path> walk = Files.walk(start)) {
                walk.filter(Files::isRegularFile).sorted().forEach(files::add);
            }
        }
        return files;
    }

    private static String relative(Path file) {
        return ROOT.relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
    }

    private static Set<Integer> numbers(String text, String regex) {
        Set<Integer> found = new TreeSet<>();
        Matcher m = Pattern.compile(regex).matcher(text);
        while (m.find()) {
            found.add(Integer.parseInt(m.group(1)));
        }
        return found;
    }

    private static List<String> hashes(Pattern pattern, String text) {
        List<String> found = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    private static List<Integer> rangeClosed(int from, int to) {
        return java.util.stream.IntStream.rangeClosed(from, to).boxed().toList();
    }

    static String sha256(Path file) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
