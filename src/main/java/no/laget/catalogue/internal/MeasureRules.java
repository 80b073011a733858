package no.laget.catalogue.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import no.laget.platform.validation.FieldProblem;
import no.laget.platform.validation.FieldRules;

/**
 * The rules for a measure, one set for the page, the API and every CSV row. Problems come in page order, at
 * most one per field. Known unit ids are handed in so that an import of thousands of rows asks for them once.
 */
final class MeasureRules {

    static final int MAX_AGE = 25;

    private MeasureRules() {}

    /** The checked measure, or empty with every problem added to {@code problems}. */
    static Optional<MeasureData> check(MeasureForm form, Set<Long> knownUnitIds, List<FieldProblem> problems) {
        int before = problems.size();
        FieldRules.text(problems, "name", form.name(), 120, "measure.name");
        FieldRules.text(problems, "description", form.description(), 2000, "measure.description");
        Long unitId = provider(form, knownUnitIds, problems);
        PreventionLevel level = choice(problems, "level", form.level(), PreventionLevel::parse);
        Integer ageFrom = age(problems, "ageFrom", form.ageFrom());
        Integer ageTo = age(problems, "ageTo", form.ageTo());
        if (ageFrom != null && ageTo != null && ageTo < ageFrom) {
            problems.add(new FieldProblem("ageTo", "measure.ageTo.before-from"));
        }
        List<Topic> topics = topics(problems, form.topics());
        Boolean free = yesNo(problems, "free", form.free(), false);
        AccessRoute access = choice(problems, "access", form.access(), AccessRoute::parse);
        FieldRules.text(problems, "contact", form.contact(), 500, "measure.contact");
        FieldRules.optionalText(problems, "accessibility", form.accessibility(), 1000, "measure.accessibility");
        if (problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new MeasureData(form.name().trim(), form.description().trim(), unitId,
                unitId == null ? form.providerName().trim() : null, level, ageFrom, ageTo, topics, free, access,
                form.contact().trim(), FieldRules.trimToNull(form.accessibility()),
                form.active() == null || form.active()));
    }

    /** "ja", "nei", "true" or "false", as the form's radios and a spreadsheet say it; blank is the default. */
    static Boolean yesNo(List<FieldProblem> problems, String field, String value, boolean blankAllowed) {
        if (FieldRules.blank(value)) {
            if (!blankAllowed) {
                problems.add(new FieldProblem(field, "measure." + field + ".required"));
            }
            return null;
        }
        switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "ja", "true": return true;
            case "nei", "false": return false;
            default:
                problems.add(new FieldProblem(field, "measure." + field + ".unknown"));
                return null;
        }
    }

    private static Long provider(MeasureForm form, Set<Long> knownUnitIds, List<FieldProblem> problems) {
        boolean unitGiven = !FieldRules.blank(form.providerUnitId());
        boolean nameGiven = !FieldRules.blank(form.providerName());
        if (!unitGiven && !nameGiven) {
            problems.add(new FieldProblem("providerUnitId", "measure.provider.required"));
            return null;
        }
        if (unitGiven && nameGiven) {
            problems.add(new FieldProblem("providerName", "measure.provider.both"));
            return null;
        }
        if (nameGiven) {
            FieldRules.optionalText(problems, "providerName", form.providerName(), 120, "measure.providerName");
            return null;
        }
        try {
            long id = Long.parseLong(form.providerUnitId().trim());
            if (knownUnitIds.contains(id)) {
                return id;
            }
        } catch (NumberFormatException notANumber) {
            // the same answer as an unknown unit: the list is what they must choose from
        }
        problems.add(new FieldProblem("providerUnitId", "measure.providerUnitId.unknown"));
        return null;
    }

    private static Integer age(List<FieldProblem> problems, String field, String value) {
        if (FieldRules.blank(value)) {
            problems.add(new FieldProblem(field, "measure." + field + ".required"));
            return null;
        }
        int age;
        try {
            age = Integer.parseInt(value.trim());
        } catch (NumberFormatException notWhole) {
            problems.add(new FieldProblem(field, "measure." + field + ".malformed"));
            return null;
        }
        if (age < 0 || age > MAX_AGE) {
            problems.add(new FieldProblem(field, "measure." + field + ".out-of-range"));
            return null;
        }
        return age;
    }

    private static List<Topic> topics(List<FieldProblem> problems, List<String> values) {
        Set<Topic> topics = new LinkedHashSet<>();
        boolean unknown = false;
        for (String value : values == null ? List.<String>of() : values) {
            if (FieldRules.blank(value)) {
                continue;
            }
            Optional<Topic> topic = Topic.parse(value.trim());
            topic.ifPresent(topics::add);
            unknown |= topic.isEmpty();
        }
        if (unknown) {
            problems.add(new FieldProblem("topics", "measure.topics.unknown"));
        } else if (topics.isEmpty()) {
            problems.add(new FieldProblem("topics", "measure.topics.required"));
        }
        // stored in the enum's order, so the same choice always reads the same
        return new ArrayList<>(topics).stream().sorted().toList();
    }

    private static <T> T choice(List<FieldProblem> problems, String field, String value,
            java.util.function.Function<String, Optional<T>> parse) {
        if (FieldRules.blank(value)) {
            problems.add(new FieldProblem(field, "measure." + field + ".required"));
            return null;
        }
        Optional<T> parsed = parse.apply(value.trim());
        if (parsed.isEmpty()) {
            problems.add(new FieldProblem(field, "measure." + field + ".unknown"));
        }
        return parsed.orElse(null);
    }
}
