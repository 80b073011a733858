package no.laget.organisation.internal;

import java.util.List;
import java.util.regex.Pattern;

import no.laget.platform.validation.FieldProblem;

/** Small checks shared by the unit and employee rules; each adds at most one problem per field. */
final class FieldRules {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+$");

    private FieldRules() {}

    /** Required text with a maximum length; returns true when the value passed. */
    static boolean text(List<FieldProblem> problems, String field, String value, int max, String prefix) {
        if (value == null || value.isBlank()) {
            problems.add(new FieldProblem(field, prefix + ".required"));
            return false;
        }
        if (value.trim().length() > max) {
            problems.add(new FieldProblem(field, prefix + ".too-long"));
            return false;
        }
        return true;
    }

    static void email(List<FieldProblem> problems, String field, String value, String prefix) {
        if (text(problems, field, value, 254, prefix) && !EMAIL.matcher(value.trim()).matches()) {
            problems.add(new FieldProblem(field, prefix + ".malformed"));
        }
    }
}
