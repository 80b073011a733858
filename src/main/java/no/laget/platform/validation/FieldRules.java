package no.laget.platform.validation;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Small checks every module's rules share. Each adds at most one problem per field, with message keys
 * {@code prefix.required}, {@code prefix.too-long}, {@code prefix.malformed}.
 */
public final class FieldRules {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+$");
    private static final Pattern PHONE = Pattern.compile("^\\+?[0-9 ]{8,20}$");
    private static final DateTimeFormatter NORWEGIAN_DATE = DateTimeFormatter.ofPattern("d.M.uuuu")
            .withResolverStyle(ResolverStyle.STRICT); // 31.02 is a mistake, not 28.02

    private FieldRules() {}

    /** Required text with a maximum length; returns true when the value passed. */
    public static boolean text(List<FieldProblem> problems, String field, String value, int max, String prefix) {
        if (blank(value)) {
            problems.add(new FieldProblem(field, prefix + ".required"));
            return false;
        }
        return optionalText(problems, field, value, max, prefix);
    }

    /** Optional text with a maximum length; returns true when the value passed (or is empty). */
    public static boolean optionalText(List<FieldProblem> problems, String field, String value, int max, String prefix) {
        if (value != null && value.trim().length() > max) {
            problems.add(new FieldProblem(field, prefix + ".too-long"));
            return false;
        }
        return true;
    }

    public static void email(List<FieldProblem> problems, String field, String value, String prefix) {
        if (text(problems, field, value, 254, prefix) && !EMAIL.matcher(value.trim()).matches()) {
            problems.add(new FieldProblem(field, prefix + ".malformed"));
        }
    }

    public static void optionalEmail(List<FieldProblem> problems, String field, String value, String prefix) {
        if (!blank(value) && optionalText(problems, field, value, 254, prefix) && !EMAIL.matcher(value.trim()).matches()) {
            problems.add(new FieldProblem(field, prefix + ".malformed"));
        }
    }

    public static void optionalPhone(List<FieldProblem> problems, String field, String value, String prefix) {
        if (!blank(value) && !PHONE.matcher(value.trim()).matches()) {
            problems.add(new FieldProblem(field, prefix + ".malformed"));
        }
    }

    /** A required date as typed: 2024-08-15 (the date field) or 15.8.2024. */
    public static Optional<LocalDate> date(List<FieldProblem> problems, String field, String value, String prefix) {
        if (blank(value)) {
            problems.add(new FieldProblem(field, prefix + ".required"));
            return Optional.empty();
        }
        Optional<LocalDate> date = parseDate(value);
        if (date.isEmpty()) {
            problems.add(new FieldProblem(field, prefix + ".malformed"));
        }
        return date;
    }

    public static Optional<LocalDate> parseDate(String value) {
        if (blank(value)) {
            return Optional.empty();
        }
        for (DateTimeFormatter format : new DateTimeFormatter[] {DateTimeFormatter.ISO_LOCAL_DATE, NORWEGIAN_DATE}) {
            try {
                return Optional.of(LocalDate.parse(value.trim(), format));
            } catch (DateTimeParseException notThisFormat) {
                // try the next
            }
        }
        return Optional.empty();
    }

    public static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    /** Trimmed, or null when empty: optional columns store no empty strings. */
    public static String trimToNull(String value) {
        return blank(value) ? null : value.trim();
    }
}
