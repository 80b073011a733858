package no.laget.casework;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import no.laget.access.AccessRefusedException;
import no.laget.platform.time.Oslo;
import no.laget.casework.internal.AnonymousDiscussion;
import no.laget.casework.internal.AnonymousDiscussionForm;
import no.laget.casework.internal.AnonymousDiscussions;
import no.laget.platform.validation.InvalidInputException;
import no.laget.support.ChildFixtures;
import no.laget.support.LagetTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static no.laget.support.Problems.problems;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@LagetTest
class AnonymousDiscussionsTest {

    @Autowired AnonymousDiscussions discussions;
    @Autowired ChildFixtures fixtures;
    @Autowired Clock clock;

    private String today() {
        return LocalDate.now(clock.withZone(Oslo.ZONE)).toString();
    }

    private List<String> refusal(AnonymousDiscussionForm form) {
        try {
            discussions.record(fixtures.user("ansatt"), form.toCommand());
        } catch (InvalidInputException e) {
            return problems(e);
        }
        throw new AssertionError("not refused");
    }

    @Test
    void an_identity_number_is_refused_also_with_a_space() {
        assertThat(refusal(new AnonymousDiscussionForm(today(), "Barnehage; barnevern", "Gjelder 120315 12345", "Råd")))
                .containsExactly("question:discussion.question.identity-number");
        assertThat(refusal(new AnonymousDiscussionForm(today(), "Barnehage", "Gjelder 12031512345", "Råd")))
                .containsExactly("question:discussion.question.identity-number");
    }

    @Test
    void a_date_of_birth_is_refused_in_each_written_form() {
        for (String date : List.of("3.5.19", "3.5.2019", "03.05.2019")) {
            assertThat(refusal(new AnonymousDiscussionForm(today(), "Skole", "Gutt født " + date + " strever", "Råd")))
                    .as(date).containsExactly("question:discussion.question.date");
        }
        assertThat(refusal(new AnonymousDiscussionForm(today(), "Skole", "Strever", "Møte 14.02.2025 med foreldre")))
                .containsExactly("advice:discussion.advice.date");
    }

    @Test
    void an_address_is_refused() {
        assertThat(refusal(new AnonymousDiscussionForm(today(), "Helsestasjon", "Bor i Storgata 12", "Råd")))
                .containsExactly("question:discussion.question.address");
        assertThat(refusal(new AnonymousDiscussionForm(today(), "Helsestasjon", "Familien bor ved skolen", "Besøk på veien 3")))
                .containsExactly("advice:discussion.advice.address");
    }

    @Test
    void a_discussion_without_identity_is_stored_and_listed_for_the_unit_only() {
        String question = "En jente i barnehagen forteller om mye krangling hjemme. Hva gjør vi?";
        long id = discussions.record(fixtures.user("ansatt"), new AnonymousDiscussionForm(today(),
                "Pedagogisk leder; saksbehandler i barneverntjenesten", question, "Snakk med jenta, dokumenter, ta kontakt igjen om to uker.").toCommand());

        assertThat(discussions.forUnit(fixtures.user("leder"))).extracting(AnonymousDiscussion::id).contains(id);
        assertThat(discussions.forUnit(fixtures.user("laerer"))).extracting(AnonymousDiscussion::id).doesNotContain(id);
    }

    @Test
    void required_fields_and_a_future_date_are_refused() {
        String tomorrow = LocalDate.now(clock.withZone(Oslo.ZONE)).plusDays(1).toString();
        assertThat(refusal(new AnonymousDiscussionForm(tomorrow, "", "", "")))
                .containsExactly("heldOn:discussion.heldOn.future", "participants:discussion.participants.required",
                        "question:discussion.question.required", "advice:discussion.advice.required");
    }

    @Test
    void administrators_do_not_record_discussions() {
        assertThatThrownBy(() -> discussions.forUnit(fixtures.user("admin"))).isInstanceOf(AccessRefusedException.class);
    }
}
