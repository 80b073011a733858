package no.laget.child.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * A person's given and family name as words, and the one rule for "this name stands in a text": a word of the
 * family name (all of it, or one part of a double name such as Berg-Hansen) with one of the given names right
 * before it ("Ola Hansen", "Ola Johan Hansen", "Johan Hansen") or right after it ("Hansen, Ola"). Punctuation and
 * case between and around the words do not matter. A given name alone or a family name alone is not enough.
 */
public record PersonName(List<String> given, List<String> family) {

    public static PersonName of(String given, String family) {
        return new PersonName(PersonNameWords.of(given), PersonNameWords.of(family));
    }

    public boolean standsIn(List<String> words) {
        if (given.isEmpty() || family.isEmpty()) {
            return false;
        }
        for (List<String> familyForm : familyForms()) {
            for (int start = 0; start + familyForm.size() <= words.size(); start++) {
                int end = start + familyForm.size();
                if (words.subList(start, end).equals(familyForm)
                        && ((start > 0 && given.contains(words.get(start - 1)))
                                || (end < words.size() && given.contains(words.get(end))))) {
                    return true;
                }
            }
        }
        return false;
    }

    private List<List<String>> familyForms() {
        List<List<String>> forms = new ArrayList<>();
        forms.add(family);
        if (family.size() > 1) {
            family.forEach(part -> forms.add(List.of(part)));
        }
        return forms;
    }
}
