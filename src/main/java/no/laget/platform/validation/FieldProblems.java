package no.laget.platform.validation;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What a web form (Strings, as typed) turns into a typed command with. Each reading method adds at most one problem
 * for its field (message keys {@code prefix.required}, {@code prefix.too-long}, {@code prefix.malformed}) and returns
 * the value read, or null when it could not be read; {@link #command} then gives the command or throws every problem
 * at once. Services receive typed commands and only check what needs the database (a taken name, an unknown unit).
 *
 * <pre>{@code
 * FieldProblems problems = new FieldProblems();
 * LocalDate doneOn = problems.date("doneOn", form.doneOn(), "casework.step.done-on");
 * String note = problems.optionalText("note", form.note(), 2000, "casework.step.note");
 * return problems.command(() -> new RecordStep(step, doneOn, note));
 * }</pre>
 */
public final class FieldProblems {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H:mm");

    private final List<FieldProblem> problems = new ArrayList<>();

    /** Required text, trimmed, at most {@code max} characters. */
    public String text(String field, String typed, int max, String prefix) {
        return FieldRules.text(problems, field, typed, max, prefix) ? typed.trim() : null;
    }

    /** Optional text, trimmed, at most {@code max} characters; null when empty. */
    public String optionalText(String field, String typed, int max, String prefix) {
        return FieldRules.optionalText(problems, field, typed, max, prefix) ? FieldRules.trimToNull(typed) : null;
    }

    /** A required date as typed: 2024-08-15 (the date field) or 15.8.2024. */
    public LocalDate date(String field, String typed, String prefix) {
        return FieldRules.date(problems, field, typed, prefix).orElse(null);
    }

    /** An optional date; null when empty, a problem when typed but not a date. */
    public LocalDate optionalDate(String field, String typed, String prefix) {
        return FieldRules.blank(typed) ? null : date(field, typed, prefix);
    }

    /** A required time of day as typed: 09:30 or 9.30. */
    public LocalTime time(String field, String typed, String prefix) {
        if (FieldRules.blank(typed)) {
            return add(field, prefix + ".required");
        }
        try {
            return LocalTime.parse(typed.trim().replace('.', ':'), TIME);
        } catch (DateTimeParseException e) {
            return add(field, prefix + ".malformed");
        }
    }

    /** A required whole number (an id from a select, a year, a count). */
    public Long number(String field, String typed, String prefix) {
        if (FieldRules.blank(typed)) {
            return add(field, prefix + ".required");
        }
        Optional<Long> number = parseNumber(typed);
        return number.isPresent() ? number.get() : add(field, prefix + ".malformed");
    }

    /** An optional whole number; null when empty. */
    public Long optionalNumber(String field, String typed, String prefix) {
        return FieldRules.blank(typed) ? null : number(field, typed, prefix);
    }

    /** One of an enum's constants, by name (a radio button or select); {@code prefix.required} when none or unknown. */
    public <E extends Enum<E>> E choice(String field, String typed, Class<E> type, String prefix) {
        if (!FieldRules.blank(typed)) {
            for (E constant : type.getEnumConstants()) {
                if (constant.name().equals(typed.trim())) {
                    return constant;
                }
            }
        }
        return add(field, prefix + ".required");
    }

    /** A problem only the caller can see (two fields that disagree, a date before another). */
    public <T> T add(String field, String messageKey) {
        problems.add(new FieldProblem(field, messageKey));
        return null;
    }

    public boolean has(String field) {
        return problems.stream().anyMatch(problem -> problem.field().equals(field));
    }

    public boolean isEmpty() {
        return problems.isEmpty();
    }

    /** The command when every field was read, else an {@link InvalidInputException} with every problem. */
    public <C> C command(Supplier<C> command) {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return command.get();
    }

    public static Optional<Long> parseNumber(String typed) {
        // strip(), not trim(): trim() would quietly drop a NUL or other control character
        if (FieldRules.blank(typed) || !typed.strip().matches("-?\\d{1,18}")) {
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(typed.strip()));
    }
}
