package no.laget.child.internal;

import java.util.List;
import java.util.Set;

/**
 * A person's given and family name as words, and the one rule for "this name stands in a text": one of the given
 * names and one word of the family name stand next to each other, in either order. So "Ola Hansen", "Ola Johan
 * Hansen", "Johan Hansen", "Hansen, Ola", "Ola Berg-Hansen" and "Ola Berg" (one part of a double family name) are
 * all the name of Ola Johan Berg-Hansen; "Ola" alone, "Hansen" alone or "Ola og Hansen" are not. Case and the
 * punctuation between the words do not matter.
 */
public record PersonName(List<String> given, List<String> family) {

    public static PersonName of(String given, String family) {
        return new PersonName(PersonNameWords.of(given), PersonNameWords.of(family));
    }

    /** Whether the name stands in a text, given as its {@link PersonNameWords#adjacentPairs adjacent word pairs}. */
    public boolean standsIn(Set<String> adjacentPairs) {
        for (String g : given) {
            for (String f : family) {
                if (adjacentPairs.contains(PersonNameWords.pair(g, f)) || adjacentPairs.contains(PersonNameWords.pair(f, g))) {
                    return true;
                }
            }
        }
        return false;
    }
}
