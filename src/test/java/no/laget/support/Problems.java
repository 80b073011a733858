package no.laget.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import no.laget.platform.validation.FieldProblem;
import no.laget.platform.validation.InvalidInputException;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** What a refused command said, as "field:message key" in order, for comparing with what the test expects. */
public final class Problems {

    private Problems() {}

    /** The problems of an {@link InvalidInputException}; fails when the refusal was something else. */
    public static List<String> problems(Throwable e) {
        if (!(e instanceof InvalidInputException invalid)) {
            throw new AssertionError("not refused as invalid input: " + e, e);
        }
        return invalid.problems().stream().map(p -> p.field() + ":" + p.messageKey()).toList();
    }

    /** The field problems {@code action} is refused with; fails when it is not refused as invalid input. */
    public static List<FieldProblem> fieldProblems(Runnable action) {
        try {
            action.run();
        } catch (InvalidInputException e) {
            return e.problems();
        }
        throw new AssertionError("Expected the input to be refused");
    }

    /** Fails unless {@code call} is refused as invalid input with exactly these problems ("field:message key"). */
    public static void assertRefused(ThrowingCallable call, String... expected) {
        assertThatThrownBy(call).satisfies(e -> assertThat(problems(e)).containsExactly(expected));
    }
}
