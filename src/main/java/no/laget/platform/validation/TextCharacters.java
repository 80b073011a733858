package no.laget.platform.validation;

/**
 * The characters Laget refuses in any text it is given (forms, JSON bodies, query parameters, uploaded files):
 * control characters other than tab and line breaks (PostgreSQL cannot store NUL, and the others are invisible),
 * unpaired surrogates, U+FFFD (what undecodable bytes become when read), and the bidirectional embedding,
 * override and isolate characters U+202A..U+202E and U+2066..U+2069, which can make text read differently from
 * what it says. Everything else, in any script, is text.
 */
public final class TextCharacters {

    private TextCharacters() {}

    /** True when the text holds no refused character (null and empty text are fine). */
    public static boolean acceptable(CharSequence text) {
        return firstRefused(text) < 0;
    }

    /** The index of the first refused character, or -1 when there is none. */
    public static int firstRefused(CharSequence text) {
        if (text == null) {
            return -1;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++; // a whole supplementary character (an emoji, a historic script): text
                continue;
            }
            if (refused(c)) {
                return i;
            }
        }
        return -1;
    }

    /** The text without its refused characters: what a page shows again after refusing it. */
    public static String withoutRefused(String text) {
        if (text == null || acceptable(text)) {
            return text;
        }
        StringBuilder kept = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                kept.append(c).append(text.charAt(++i));
            } else if (!refused(c)) {
                kept.append(c);
            }
        }
        return kept.toString();
    }

    /** One UTF-16 unit on its own; a surrogate reaching here is unpaired. */
    private static boolean refused(char c) {
        if (c == '\t' || c == '\n' || c == '\r') {
            return false;
        }
        return c < 0x20                              // C0 controls, NUL among them
                || (c >= 0x7F && c <= 0x9F)           // DEL and the C1 controls
                || Character.isSurrogate(c)           // half of a character
                || c == '\uFFFD'                      // the replacement for bytes that could not be decoded
                || (c >= '\u202A' && c <= '\u202E')   // LRE, RLE, PDF, LRO, RLO
                || (c >= '\u2066' && c <= '\u2069');  // LRI, RLI, FSI, PDI
    }
}
