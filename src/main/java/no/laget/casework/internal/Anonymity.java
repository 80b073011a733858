package no.laget.casework.internal;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What an anonymous discussion must not hold (forvaltningsloven § 13 a nr. 2): something that looks like an
 * identity number, a date of birth or an address. A heuristic: it catches what is typed by habit, not every way
 * to identify a child; the form also says so.
 */
public final class Anonymity {

    /** 11 digits, also written 6 + 5 with a space, dot or dash between. */
    private static final Pattern IDENTITY_NUMBER = Pattern.compile("(?<!\\d)\\d{6}[ .\\-]?\\d{5}(?!\\d)");
    /** d.m.yy, d.m.yyyy, dd.mm.yyyy (also with / or -), a day 1-31 and a month 1-12. */
    private static final Pattern DATE = Pattern.compile(
            "(?<![\\d.])(0?[1-9]|[12]\\d|3[01])[./\\-](0?[1-9]|1[0-2])[./\\-](\\d{4}|\\d{2})(?![\\d])");
    /** A street word (gata, gate, veien, vei, vegen, veg, stien, sti, allé, plass, bakken, ...) followed by a number. */
    private static final Pattern ADDRESS = Pattern.compile(
            "(?iu)\\b\\p{L}*(gata|gaten|gate|veien|vegen|vei|veg|stien|sti|allé|alle|plassen|plass|bakken|bakke"
                    + "|svingen|tunet|tun|lia|haugen|ringen|stredet|smuget|kroken|løkka|lykkja|toppen|åsen|jordet|grenda)"
                    + "\\s+\\d{1,4}\\s?[a-zA-Z]?\\b");

    public enum Finding { IDENTITY_NUMBER, DATE_OF_BIRTH, ADDRESS }

    private Anonymity() {}

    public static Optional<Finding> check(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        if (IDENTITY_NUMBER.matcher(text).find()) {
            return Optional.of(Finding.IDENTITY_NUMBER);
        }
        if (DATE.matcher(text).find()) {
            return Optional.of(Finding.DATE_OF_BIRTH);
        }
        if (ADDRESS.matcher(text).find()) {
            return Optional.of(Finding.ADDRESS);
        }
        return Optional.empty();
    }
}
