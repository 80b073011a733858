package no.laget.platform.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every bundle the family's door and the public catalogue speak ({@code messages-family*},
 * {@code messages-catalogue-public}, the consent form's {@code messages-consent-form} and the texts of every form,
 * {@code messages-input}) exists in every language with exactly the bokmål file's keys, each text
 * formats with its arguments, and no key is defined twice anywhere (a key in two bundles would show the first
 * bundle's bokmål in every language). A new bundle {@code messages-family-x.properties} is checked as soon as it
 * exists; adding {@code messages-family-x_nn.properties} and the other languages is all it needs.
 */
class TranslationsTest {

    private static final Pattern LANGUAGE_FILE = Pattern.compile("(messages-[a-z-]+)_([a-z]{2,3})\\.properties");
    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)");
    /** The bundles in every language (file patterns); every other bundle is bokmål only. */
    private static final String[] TRANSLATED = {"messages-family*.properties", "messages-catalogue-public*.properties",
            "messages-consent-form*.properties", "messages-input*.properties"};

    @Test
    void every_family_and_public_catalogue_bundle_has_every_key_in_every_language() throws IOException {
        Map<String, Map<String, String>> bases = bundles(TRANSLATED);
        assertThat(bases).containsKeys("messages-family", "messages-catalogue-public", "messages-consent-form",
                "messages-input");
        List<String> problems = new ArrayList<>();
        for (var base : bases.entrySet()) {
            if (base.getValue().isEmpty()) {
                continue; // a bundle without keys yet (another feature's, still empty) needs no translation yet
            }
            for (FamilyLanguage language : FamilyLanguage.values()) {
                if (language == FamilyLanguage.NB) {
                    continue;
                }
                String file = base.getKey() + "_" + language.tag() + ".properties";
                Map<String, String> translated = readIfPresent(file);
                if (translated == null) {
                    problems.add(file + " is missing (copy " + base.getKey() + ".properties and translate every key)");
                    continue;
                }
                Set<String> missing = new TreeSet<>(base.getValue().keySet());
                missing.removeAll(translated.keySet());
                Set<String> unknown = new TreeSet<>(translated.keySet());
                unknown.removeAll(base.getValue().keySet());
                missing.forEach(key -> problems.add(file + ": missing " + key));
                unknown.forEach(key -> problems.add(file + ": " + key + " is not in " + base.getKey() + ".properties"));
                translated.forEach((key, text) -> {
                    String bokmaal = base.getValue().get(key);
                    if (text.isBlank()) {
                        problems.add(file + ": " + key + " is empty");
                    } else if (bokmaal != null) {
                        problems.addAll(argumentProblems(file, key, bokmaal, text, language));
                    }
                });
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void every_language_file_belongs_to_a_bundle_and_a_language_laget_speaks() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Resource resource : resources("messages*_*.properties")) {
            Matcher file = LANGUAGE_FILE.matcher(resource.getFilename());
            if (!file.matches()) {
                problems.add(resource.getFilename() + " is not named bundle_language.properties");
            } else if (FamilyLanguage.of(file.group(2)).filter(language -> language.tag().equals(file.group(2))).isEmpty()
                    || file.group(2).equals("nb")) {
                problems.add(resource.getFilename() + ": " + file.group(2) + " is not one of the languages (bokmål is the file without suffix)");
            } else if (!new ClassPathResource(file.group(1) + ".properties").exists()) {
                problems.add(resource.getFilename() + " has no bokmål " + file.group(1) + ".properties");
            } else if (!file.group(1).startsWith("messages-family") && !file.group(1).equals("messages-catalogue-public")
                    && !file.group(1).equals("messages-consent-form") && !file.group(1).equals("messages-input")) {
                problems.add(resource.getFilename() + ": only the family's, the public catalogue's, the consent form's and the forms' common (messages-input) bundles are translated; employee pages stay bokmål");
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void every_bundle_is_registered_once_and_no_key_is_defined_twice() throws IOException {
        Properties settings = new Properties();
        try (InputStream in = new ClassPathResource("application.properties").getInputStream()) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(text.lines().filter(line -> line.startsWith("spring.messages.basename")).count()).isEqualTo(1);
            settings.load(new java.io.StringReader(text));
        }
        List<String> registered = Arrays.stream(settings.getProperty("spring.messages.basename").split(","))
                .map(String::trim).toList();
        assertThat(registered).doesNotHaveDuplicates();
        Map<String, Map<String, String>> all = bundles("messages*.properties");
        assertThat(registered).containsExactlyInAnyOrderElementsOf(all.keySet());

        Map<String, String> firstBundleOfKey = new TreeMap<>();
        List<String> problems = new ArrayList<>();
        for (var bundle : all.entrySet()) {
            for (String key : bundle.getValue().keySet()) {
                String earlier = firstBundleOfKey.putIfAbsent(key, bundle.getKey());
                if (earlier != null) {
                    problems.add(key + " is in both " + earlier + " and " + bundle.getKey());
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    /** The same arguments as bokmål, and each one shown when formatted (a lone apostrophe would swallow it). */
    private static List<String> argumentProblems(String file, String key, String bokmaal, String text, FamilyLanguage language) {
        List<String> problems = new ArrayList<>();
        if (!arguments(bokmaal).equals(arguments(text))) {
            problems.add(file + ": " + key + " has arguments " + arguments(text) + ", bokmål has " + arguments(bokmaal));
            return problems;
        }
        if (arguments(text).isEmpty()) {
            return problems;
        }
        try {
            Object[] values = arguments(text).stream().map(index -> (Object) (index + 7001)).toArray();
            String formatted = new MessageFormat(text, language.locale()).format(values);
            if (arguments(text).stream().anyMatch(index -> !formatted.contains(String.valueOf(index + 7001))
                    && !formatted.contains(String.format(language.locale(), "%,d", index + 7001)))) {
                problems.add(file + ": " + key + " loses an argument when formatted: " + formatted);
            }
        } catch (IllegalArgumentException malformed) {
            problems.add(file + ": " + key + " is not a valid message format: " + malformed.getMessage());
        }
        return problems;
    }

    private static Set<Integer> arguments(String text) {
        Set<Integer> found = new TreeSet<>();
        Matcher matcher = ARGUMENT.matcher(text);
        while (matcher.find()) {
            found.add(Integer.parseInt(matcher.group(1)));
        }
        return found;
    }

    /** Bokmål bundles (no language suffix) matching the patterns, by name, each with its keys and texts. */
    private static Map<String, Map<String, String>> bundles(String... patterns) throws IOException {
        Map<String, Map<String, String>> bundles = new TreeMap<>();
        for (String pattern : patterns) {
            for (Resource resource : resources(pattern)) {
                String name = resource.getFilename();
                if (!name.contains("_")) {
                    bundles.put(name.substring(0, name.length() - ".properties".length()), read(resource, name));
                }
            }
        }
        return bundles;
    }

    private static Resource[] resources(String pattern) throws IOException {
        return new PathMatchingResourcePatternResolver().getResources("classpath*:" + pattern);
    }

    private static Map<String, String> readIfPresent(String file) throws IOException {
        ClassPathResource resource = new ClassPathResource(file);
        return resource.exists() ? read(resource, file) : null;
    }

    /** Keys in file order; a key twice in one file is an error, not a silent overwrite. */
    private static Map<String, String> read(Resource resource, String name) throws IOException {
        Map<String, String> entries = new LinkedHashMap<>();
        try (InputStream in = resource.getInputStream()) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("#") || trimmed.startsWith("!")) {
                    continue;
                }
                assertThat(trimmed).as(name + ": a line without '=' (continuation lines are not used)").contains("=");
                String key = trimmed.substring(0, trimmed.indexOf('=')).strip();
                String value = trimmed.substring(trimmed.indexOf('=') + 1).strip();
                assertThat(entries.put(key, value)).as(name + ": " + key + " twice").isNull();
            }
        }
        return entries;
    }
}
