package no.laget.catalogue.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

import no.laget.platform.validation.FieldProblem;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MeasureRulesTest {

    private static final Set<Long> UNITS = Set.of(7L);

    /** A measure every rule accepts; each test changes one thing. */
    private static MeasureForm good() {
        return new MeasureForm("Åpen barnehage", "En møteplass for foreldre og små barn.", "7", "", "UNIVERSAL", "0",
                "5", List.of("PARENTING", "FAMILY"), "true", "SELF_REFERRAL", "Familiens hus, tlf. 69 17 00 00", "",
                true);
    }

    private static List<FieldProblem> problemsOf(UnaryOperator<MeasureForm> change) {
        List<FieldProblem> problems = new ArrayList<>();
        MeasureRules.check(change.apply(good()), UNITS, problems);
        return problems;
    }

    private static MeasureForm with(MeasureForm f, String field, Object value) {
        return new MeasureForm(
                field.equals("name") ? (String) value : f.name(),
                field.equals("description") ? (String) value : f.description(),
                field.equals("providerUnitId") ? (String) value : f.providerUnitId(),
                field.equals("providerName") ? (String) value : f.providerName(),
                field.equals("level") ? (String) value : f.level(),
                field.equals("ageFrom") ? (String) value : f.ageFrom(),
                field.equals("ageTo") ? (String) value : f.ageTo(),
                field.equals("topics") ? castList(value) : f.topics(),
                field.equals("free") ? (String) value : f.free(),
                field.equals("access") ? (String) value : f.access(),
                field.equals("contact") ? (String) value : f.contact(),
                field.equals("accessibility") ? (String) value : f.accessibility(),
                f.active());
    }

    @SuppressWarnings("unchecked")
    private static List<String> castList(Object value) {
        return (List<String>) value;
    }

    @Test
    void a_complete_measure_passes_and_is_trimmed() {
        List<FieldProblem> problems = new ArrayList<>();
        Optional<MeasureData> data = MeasureRules.check(with(good(), "name", "  Åpen barnehage "), UNITS, problems);

        assertThat(problems).isEmpty();
        assertThat(data).get().satisfies(d -> {
            assertThat(d.name()).isEqualTo("Åpen barnehage");
            assertThat(d.providerUnitId()).isEqualTo(7L);
            assertThat(d.providerName()).isNull();
            assertThat(d.level()).isEqualTo(PreventionLevel.UNIVERSAL);
            assertThat(d.topics()).containsExactly(Topic.PARENTING, Topic.FAMILY);
            assertThat(d.access()).isEqualTo(AccessRoute.SELF_REFERRAL);
            assertThat(d.accessibility()).isNull();
        });
    }

    @Test
    void an_empty_form_gets_every_problem_at_once_in_page_order() {
        MeasureForm empty = new MeasureForm("", "", "", "", "", "", "", List.of(), "", "", "", "", null);
        List<FieldProblem> problems = new ArrayList<>();

        MeasureRules.check(empty, UNITS, problems);

        assertThat(problems).containsExactly(
                new FieldProblem("name", "measure.name.required"),
                new FieldProblem("description", "measure.description.required"),
                new FieldProblem("providerUnitId", "measure.provider.required"),
                new FieldProblem("level", "measure.level.required"),
                new FieldProblem("ageFrom", "measure.ageFrom.required"),
                new FieldProblem("ageTo", "measure.ageTo.required"),
                new FieldProblem("topics", "measure.topics.required"),
                new FieldProblem("free", "measure.free.required"),
                new FieldProblem("access", "measure.access.required"),
                new FieldProblem("contact", "measure.contact.required"));
    }

    @Test
    void each_way_a_field_can_fail_has_its_own_message() {
        assertThat(problemsOf(f -> with(f, "name", "x".repeat(121))))
                .containsExactly(new FieldProblem("name", "measure.name.too-long"));
        assertThat(problemsOf(f -> with(f, "description", "x".repeat(2001))))
                .containsExactly(new FieldProblem("description", "measure.description.too-long"));
        assertThat(problemsOf(f -> with(f, "providerName", "Halden Frivilligsentral")))
                .containsExactly(new FieldProblem("providerName", "measure.provider.both"));
        assertThat(problemsOf(f -> with(f, "providerUnitId", "99")))
                .containsExactly(new FieldProblem("providerUnitId", "measure.providerUnitId.unknown"));
        assertThat(problemsOf(f -> with(f, "providerUnitId", "sju")))
                .containsExactly(new FieldProblem("providerUnitId", "measure.providerUnitId.unknown"));
        assertThat(problemsOf(f -> with(with(f, "providerUnitId", ""), "providerName", "x".repeat(121))))
                .containsExactly(new FieldProblem("providerName", "measure.providerName.too-long"));
        assertThat(problemsOf(f -> with(f, "level", "SOMETIMES")))
                .containsExactly(new FieldProblem("level", "measure.level.unknown"));
        assertThat(problemsOf(f -> with(f, "ageFrom", "seks")))
                .containsExactly(new FieldProblem("ageFrom", "measure.ageFrom.malformed"));
        assertThat(problemsOf(f -> with(f, "ageFrom", "-1")))
                .containsExactly(new FieldProblem("ageFrom", "measure.ageFrom.out-of-range"));
        assertThat(problemsOf(f -> with(f, "ageTo", "4,5")))
                .containsExactly(new FieldProblem("ageTo", "measure.ageTo.malformed"));
        assertThat(problemsOf(f -> with(f, "ageTo", "26")))
                .containsExactly(new FieldProblem("ageTo", "measure.ageTo.out-of-range"));
        assertThat(problemsOf(f -> with(with(f, "ageFrom", "12"), "ageTo", "6")))
                .containsExactly(new FieldProblem("ageTo", "measure.ageTo.before-from"));
        assertThat(problemsOf(f -> with(f, "topics", List.of("PARENTING", "KNITTING"))))
                .containsExactly(new FieldProblem("topics", "measure.topics.unknown"));
        assertThat(problemsOf(f -> with(f, "free", "kanskje")))
                .containsExactly(new FieldProblem("free", "measure.free.unknown"));
        assertThat(problemsOf(f -> with(f, "access", "ASK_NICELY")))
                .containsExactly(new FieldProblem("access", "measure.access.unknown"));
        assertThat(problemsOf(f -> with(f, "contact", "x".repeat(501))))
                .containsExactly(new FieldProblem("contact", "measure.contact.too-long"));
        assertThat(problemsOf(f -> with(f, "accessibility", "x".repeat(1001))))
                .containsExactly(new FieldProblem("accessibility", "measure.accessibility.too-long"));
    }

    @Test
    void an_outside_organisation_is_a_provider_and_ages_may_be_equal() {
        List<FieldProblem> problems = new ArrayList<>();
        MeasureForm form = with(with(with(with(good(), "providerUnitId", ""), "providerName", "Kirkens Bymisjon"),
                "ageFrom", "25"), "ageTo", "25");

        Optional<MeasureData> data = MeasureRules.check(form, UNITS, problems);

        assertThat(problems).isEmpty();
        assertThat(data.orElseThrow().providerUnitId()).isNull();
        assertThat(data.orElseThrow().providerName()).isEqualTo("Kirkens Bymisjon");
    }

    @Test
    void a_spreadsheet_says_ja_and_nei() {
        List<FieldProblem> problems = new ArrayList<>();

        assertThat(MeasureRules.yesNo(problems, "free", "Ja", false)).isTrue();
        assertThat(MeasureRules.yesNo(problems, "free", "nei", false)).isFalse();
        assertThat(MeasureRules.yesNo(problems, "active", "", true)).isNull();
        assertThat(problems).isEmpty();
    }
}
