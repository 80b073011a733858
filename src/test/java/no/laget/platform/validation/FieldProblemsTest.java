package no.laget.platform.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;

import org.junit.jupiter.api.Test;

class FieldProblemsTest {

    enum Colour { RED, GREEN }

    record Command(String name, LocalDate on, Long count) {}

    @Test
    void everyFieldReadGivesTheTypedCommand() {
        FieldProblems problems = new FieldProblems();
        String name = problems.text("name", "  Ola  ", 10, "x.name");
        LocalDate on = problems.date("on", "15.8.2024", "x.on");
        Long count = problems.number("count", " 6 ", "x.count");

        assertThat(problems.command(() -> new Command(name, on, count)))
                .isEqualTo(new Command("Ola", LocalDate.of(2024, 8, 15), 6L));
    }

    @Test
    void everyProblemIsThrownAtOnceWithOnePerField() {
        FieldProblems problems = new FieldProblems();
        problems.text("name", " ", 10, "x.name");
        problems.date("on", "31.02.2024", "x.on");
        problems.number("count", "six", "x.count");
        problems.text("long", "elleve tegn", 10, "x.long");

        assertThatThrownBy(() -> problems.command(() -> "never"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).containsExactly(
                        new FieldProblem("name", "x.name.required"), new FieldProblem("on", "x.on.malformed"),
                        new FieldProblem("count", "x.count.malformed"), new FieldProblem("long", "x.long.too-long")));
    }

    @Test
    void optionalFieldsAreNullWhenEmptyAndStillCheckedWhenTyped() {
        FieldProblems problems = new FieldProblems();
        assertThat(problems.optionalText("a", "", 5, "x.a")).isNull();
        assertThat(problems.optionalDate("b", " ", "x.b")).isNull();
        assertThat(problems.optionalNumber("c", null, "x.c")).isNull();
        assertThat(problems.isEmpty()).isTrue();

        assertThat(problems.optionalDate("b", "i morgen", "x.b")).isNull();
        assertThat(problems.has("b")).isTrue();
        assertThat(problems.has("c")).isFalse();
    }

    @Test
    void timesAndChoices() {
        FieldProblems problems = new FieldProblems();
        assertThat(problems.time("t", "9.30", "x.t")).isEqualTo(LocalTime.of(9, 30));
        assertThat(problems.time("t", "14:05", "x.t")).isEqualTo(LocalTime.of(14, 5));
        assertThat(problems.choice("c", "GREEN", Colour.class, "x.c")).isEqualTo(Colour.GREEN);
        assertThat(problems.isEmpty()).isTrue();

        assertThat(problems.time("t2", "25:00", "x.t2")).isNull();
        assertThat(problems.choice("c2", "BLUE", Colour.class, "x.c2")).isNull();
        assertThat(problems.choice("c3", "", Colour.class, "x.c3")).isNull();
        assertThatThrownBy(() -> problems.command(() -> "never"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).containsExactly(
                        new FieldProblem("t2", "x.t2.malformed"), new FieldProblem("c2", "x.c2.required"),
                        new FieldProblem("c3", "x.c3.required")));
    }

    @Test
    void numbersAreWholeAndBounded() {
        assertThat(FieldProblems.parseNumber("-12")).contains(-12L);
        assertThat(FieldProblems.parseNumber("1.5")).isEmpty();
        assertThat(FieldProblems.parseNumber("99999999999999999999")).isEmpty();
        assertThat(FieldProblems.parseNumber("6\u0000")).isEmpty();
    }
}
