package no.laget.interest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import no.laget.platform.validation.FieldProblem;

import org.junit.jupiter.api.Test;

import static no.laget.support.BestInterestNotesFixture.heard;
import static no.laget.support.BestInterestNotesFixture.notHeard;
import static org.assertj.core.api.Assertions.assertThat;

/** The note's one set of rules, as every occasion uses it. */
class BestInterestNoteTest {

    private final List<FieldProblem> problems = new ArrayList<>();

    @Test
    void not_heard_without_a_reason_is_refused_on_the_reason() {
        Optional<BestInterestNote> note = BestInterestNote.check(problems, "closeInterest", notHeard(" "), 3);
        assertThat(note).isEmpty();
        assertThat(problems).containsExactly(new FieldProblem("closeInterest.notHeardReason", "interest.notHeardReason.required"));
    }

    @Test
    void not_heard_with_a_reason_is_accepted_with_the_age_and_without_views() {
        BestInterestNote note = BestInterestNote.check(problems, "closeInterest",
                notHeard("For ung til å danne seg egne synspunkter"), 2).orElseThrow();
        assertThat(problems).isEmpty();
        assertThat(note.childHeard()).isFalse();
        assertThat(note.notHeardReason()).isEqualTo("For ung til å danne seg egne synspunkter");
        assertThat(note.childViews()).isNull();
        assertThat(note.childAge()).isEqualTo(2);
    }

    @Test
    void heard_needs_what_the_child_said_and_how_and_drops_a_stray_reason() {
        BestInterestForm typed = new BestInterestForm("YES", "", " ", "stray", "w", "a", "c");
        assertThat(BestInterestNote.check(problems, "p", typed, 9)).isEmpty();
        assertThat(problems).extracting(FieldProblem::field).containsExactly("p.childViews", "p.howHeard");

        problems.clear();
        BestInterestNote note = BestInterestNote.check(problems, "p", new BestInterestForm("YES", "sa", "samtale",
                "stray", "w", "a", "c"), 9).orElseThrow();
        assertThat(note.notHeardReason()).isNull();
        assertThat(note.childViews()).isEqualTo("sa");
    }

    @Test
    void no_answer_to_heard_and_an_empty_note_are_refused_field_by_field() {
        assertThat(BestInterestNote.check(problems, "levelInterest", null, null)).isEmpty();
        assertThat(problems).extracting(FieldProblem::field).containsExactly("levelInterest.childHeard",
                "levelInterest.weighing", "levelInterest.alternatives", "levelInterest.conclusion");
    }

    @Test
    void an_unknown_answer_and_text_too_long_or_with_refused_characters_are_refused() {
        BestInterestForm typed = new BestInterestForm("MAYBE", "", "", "", "x".repeat(4001), "a\u202Eb", "c");
        assertThat(BestInterestNote.check(problems, "p", typed, null)).isEmpty();
        assertThat(problems).containsExactly(new FieldProblem("p.childHeard", "interest.childHeard.required"),
                new FieldProblem("p.weighing", "interest.weighing.too-long"),
                new FieldProblem("p.alternatives", "input.characters"));
    }

    @Test
    void the_fixture_note_passes() {
        assertThat(BestInterestNote.check(problems, "p", heard(), 10)).isPresent();
        assertThat(problems).isEmpty();
    }
}
