package no.laget.child;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import no.laget.child.internal.PersonName;
import no.laget.child.internal.PersonNameRepository;
import no.laget.child.internal.PersonNameWords;

import org.springframework.stereotype.Service;

/**
 * Whether a text holds the given and family name of a child or a guardian registered in Laget (in the
 * municipality): for texts that must identify nobody, such as an anonymous discussion.
 *
 * <p>This does not go through the access door, on purpose: it shows the caller no child's data. The answer is one
 * boolean per text, never whose name it is, how many matched or anything else about them, and nothing here is
 * logged (a log line would carry the name). Matching: {@link PersonName#standsIn}; any case, æøå included; double
 * given names, double (hyphenated) family names and "family name, given name" order. One SQL statement per call,
 * on indexes, whatever the number of children.
 */
@Service
public class KnownPersons {

    private final PersonNameRepository names;

    KnownPersons(PersonNameRepository names) {
        this.names = names;
    }

    /** True when the text holds the full name of a child or guardian in Laget. Says nothing about whose. */
    public boolean mentionsKnownPerson(String text) {
        return mentionKnownPerson(List.of(text == null ? "" : text)).getFirst();
    }

    /** For each text, in order, whether it holds the full name of a child or guardian; one statement for all. */
    public List<Boolean> mentionKnownPerson(List<String> texts) {
        List<Set<String>> pairs = texts.stream().map(PersonNameWords::of).map(PersonNameWords::adjacentPairs).toList();
        Set<String> allPairs = new LinkedHashSet<>();
        pairs.forEach(allPairs::addAll);
        if (allPairs.isEmpty()) {
            return texts.stream().map(text -> false).toList();
        }
        List<PersonName> found = names.standingIn(allPairs);
        return pairs.stream().map(text -> found.stream().anyMatch(name -> name.standsIn(text))).toList();
    }
}
