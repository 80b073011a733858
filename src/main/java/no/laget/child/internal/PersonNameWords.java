package no.laget.child.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A text or a name as a list of lower-case words: split on everything that is not a letter or a digit, so that "Anne-Lise",
 * "Berg-Hansen," and "O'Neill" give the same words as the SQL function {@code person_name_words} (V75). Unicode
 * letters throughout, so "ØSTBY" and "østby" are one word.
 */
public final class PersonNameWords {

    private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{M}\\p{N}]+");

    private PersonNameWords() {}

    public static List<String> of(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        String normalized = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        List<String> words = new ArrayList<>();
        Arrays.stream(NOT_A_WORD.split(normalized)).filter(word -> !word.isEmpty()).forEach(words::add);
        return List.copyOf(words);
    }

    /** Every two words that stand next to each other in the text, as "first second". */
    public static Set<String> adjacentPairs(List<String> words) {
        Set<String> pairs = new LinkedHashSet<>();
        for (int i = 0; i + 1 < words.size(); i++) {
            pairs.add(pair(words.get(i), words.get(i + 1)));
        }
        return pairs;
    }

    static String pair(String first, String second) {
        return first + " " + second;
    }
}
