package no.laget.archive.internal;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The public title (offentligTittel) of a title: every screened word (each part of the child's name, and of a
 * screened counterpart's name) replaced by five asterisks, as the Freedom of Information Act asks of a public journal
 * (offentleglova § 13 and offentlegforskrifta § 7: the screened words are replaced, the rest of the title stays).
 */
final class Screening {

    static final String MASK = "*****";

    private Screening() {}

    /** The words to screen out of a name: its parts split on spaces and hyphens, none shorter than two letters. */
    static Set<String> wordsOf(String... names) {
        Set<String> words = new LinkedHashSet<>();
        for (String name : names) {
            if (name == null) {
                continue;
            }
            for (String part : name.trim().split("[\\s\\-]+")) {
                if (part.length() >= 2) {
                    words.add(part);
                }
            }
        }
        return words;
    }

    static String screen(String text, Collection<String> words) {
        String result = text;
        // Longest first, so that "Anne-Marie" is not left as "*****-Marie" by a shorter word inside it.
        for (String word : words.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList()) {
            result = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(word) + "(?![\\p{L}\\p{N}])",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(result).replaceAll(MASK);
        }
        return result;
    }
}
