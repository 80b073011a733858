package no.laget.nav;

import java.util.regex.Pattern;

/**
 * Text that must hold no identity of a person (meeting minutes, a recipient reference): eleven digits in a row,
 * also written 6 + 5 with a space, a dot or a dash, look like a fødselsnummer or D-number and are refused.
 */
final class IdentityLike {

    private static final Pattern NUMBER = Pattern.compile("(?<!\\d)\\d{6}[ .-]?\\d{5}(?!\\d)");

    private IdentityLike() {}

    static boolean in(String text) {
        return text != null && NUMBER.matcher(text).find();
    }
}
