package no.laget.platform.validation;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an anonymous text must not hold (forvaltningsloven § 13 a nr. 2): something that looks like an identity
 * number, a date of birth or an address, and text that looks like a name is confirmed by the writer. Anonymous
 * discussions and the family's free-text feedback use it. A heuristic: it catches what is typed by habit, not every way
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

    /** A capitalised word: a capital and then small letters ("Ola", "Østby", "Anne-Lise"); not "NAV" or "I". */
    private static final String CAPITALISED = "\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)*";
    /** Two capitalised words in a row, with only spaces between: "Ola Hansen", "med Anne-Lise Berg". */
    private static final Pattern CAPITALISED_PAIR = Pattern.compile(
            "(?<![\\p{L}\\p{M}])" + CAPITALISED + "[ \\t]+" + CAPITALISED + "(?![\\p{L}\\p{M}])");
    private static final Pattern CAPITALISED_WORD = Pattern.compile("(?<![\\p{L}\\p{M}-])" + CAPITALISED + "(?![\\p{L}\\p{M}])");
    /**
     * Common given names in Norway (SSB's lists for children and parents), written with a capital, are names even
     * alone and at the start of a sentence. Names that are also everyday words are left out: Per (per uke), Dag,
     * Liv, Tor, Hans, Stein, Vår, Sol, Bo, Ask, Storm, Even, Are, Mai, Rose, Siv, Tone, Line, Lin, Kim.
     */
    private static final Set<String> GIVEN_NAMES = Set.of(
            "emma", "nora", "olivia", "sofie", "sofia", "ella", "leah", "lea", "ingrid", "sara", "maja", "frida",
            "amalie", "ida", "hedda", "thea", "selma", "astrid", "vilde", "ada", "tiril", "julie", "emilie", "ingeborg",
            "mathilde", "aurora", "hanna", "hannah", "anna", "linnea", "marie", "mia", "alma", "eva", "jenny", "sigrid",
            "kari", "anne", "inger", "kristin", "marit", "hilde", "silje", "ingvild", "camilla", "nina", "tove", "siri",
            "randi", "lise", "hege", "heidi", "ragnhild", "mona", "trine", "elisabeth", "berit", "gunn", "wenche",
            "fatima", "amina", "maryam", "aisha", "zainab", "malak", "noor", "natalia", "zofia", "maria",
            "jakob", "noah", "emil", "lucas", "oliver", "isak", "william", "filip", "aksel", "theodor", "magnus",
            "elias", "johannes", "oskar", "henrik", "liam", "mathias", "jonas", "olav", "ola", "ole", "lars", "jan",
            "bjørn", "kjetil", "knut", "arne", "geir", "terje", "trond", "morten", "espen", "anders", "thomas",
            "martin", "andreas", "kristian", "erik", "eirik", "sindre", "sander", "tobias", "ludvig", "sebastian",
            "mohammed", "mohammad", "muhammad", "ali", "ahmed", "adam", "ibrahim", "omar", "yusuf", "jakub", "oscar",
            "edvard", "iver", "kasper", "leon", "matheo", "mikkel", "nikolai", "peder", "sverre", "tiago", "ulrik",
            "vetle", "håkon", "torbjørn", "svein", "rune", "odd", "jon", "kåre", "gunnar", "nils", "harald", "sigurd");

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

    /**
     * Whether the text looks like it holds a person's name, so that the employee is asked to confirm it does not:
     * two capitalised words in a row ("Ola Hansen", wherever in a sentence), or a common given name written with a
     * capital ("Emma", "snakket med Jonas"). A heuristic that errs on the side of asking: place names ("Gimle Skole")
     * fire too, and a name typed in lower case does not (the check against registered names catches those).
     */
    public static boolean looksLikeName(String text) {
        if (text == null || text.isBlank()) {
            return false;
        }
        String normalized = Normalizer.normalize(text, Normalizer.Form.NFC);
        if (CAPITALISED_PAIR.matcher(normalized).find()) {
            return true;
        }
        Matcher word = CAPITALISED_WORD.matcher(normalized);
        while (word.find()) {
            for (String part : word.group().split("-")) { // Ole-Martin
                if (GIVEN_NAMES.contains(part.toLowerCase(Locale.ROOT))) {
                    return true;
                }
            }
        }
        return false;
    }
}
