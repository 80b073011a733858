package no.laget.platform.web;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The languages of the family's door ({@code /familie}) and of the public catalogue ({@code /hvem-kan-hjelpe}).
 * Bokmål is the default and the language of every other page. Each has its name in its own language, for the
 * language choice, and Arabic is written right to left.
 */
public enum FamilyLanguage {

    NB("nb", "Norsk bokmål", false),
    NN("nn", "Norsk nynorsk", false),
    EN("en", "English", false),
    PL("pl", "Polski", false),
    LT("lt", "Lietuvių", false),
    AR("ar", "العربية", true),
    SO("so", "Soomaali", false),
    TI("ti", "ትግርኛ", false),
    UK("uk", "Українська", false);

    private final String tag;
    private final String nativeName;
    private final boolean rightToLeft;

    FamilyLanguage(String tag, String nativeName, boolean rightToLeft) {
        this.tag = tag;
        this.nativeName = nativeName;
        this.rightToLeft = rightToLeft;
    }

    /** The BCP 47 tag, for {@code lang}, the cookie and the message files' suffix ({@code messages-family_nn}). */
    public String tag() {
        return tag;
    }

    /** The language's name in the language itself ("Polski", "العربية"). */
    public String nativeName() {
        return nativeName;
    }

    public boolean rightToLeft() {
        return rightToLeft;
    }

    /** {@code rtl} or {@code ltr}, for the {@code dir} attribute. */
    public String direction() {
        return rightToLeft ? "rtl" : "ltr";
    }

    public Locale locale() {
        return this == NB ? Locale.forLanguageTag("nb-NO") : Locale.forLanguageTag(tag);
    }

    /** The language of a tag such as {@code ar} or {@code nn-NO}; empty for anything Laget does not speak. */
    public static Optional<FamilyLanguage> of(String tag) {
        if (tag == null || tag.isBlank() || tag.length() > 20) {
            return Optional.empty();
        }
        String language = Locale.forLanguageTag(tag.trim()).getLanguage();
        return Arrays.stream(values()).filter(value -> value.tag.equals(language)).findFirst();
    }

    /** The language of a locale; bokmål for any locale Laget does not speak (and for {@code no}). */
    public static FamilyLanguage of(Locale locale) {
        return locale == null ? NB : of(locale.toLanguageTag()).orElse(NB);
    }
}
