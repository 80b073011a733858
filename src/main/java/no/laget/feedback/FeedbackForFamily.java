package no.laget.feedback;

import no.laget.feedback.internal.FeedbackKind;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import no.laget.platform.web.Choice;

/**
 * Feedback invitations an employee sent to a child's page in the family's door, and the family's answer to them
 * (issue 12 item 6). <strong>Reads and writes without an employee: the caller has decided access through
 * {@code access.FamilyDoor}</strong> for the child. An invitation is named by an opaque {@code ref}, never its token.
 * The answer is stored exactly like an answer by the one-use link: anonymous, with no child, member or invitation.
 */
public interface FeedbackForFamily {

    /** An invitation waiting on the child's page. */
    record Invitation(String ref, FeedbackKind kind, String unitName, LocalDate expiresOn) {}

    /** The answer as typed; who answers is chosen in the form, as on the link's form, not taken from the login. */
    record Answer(String respondent, String heard, String useful, String improve, String noNameConfirmed) {

        public static Answer empty() {
            return new Answer("", "", "", "", null);
        }

        public boolean confirmedNoName() {
            return "true".equals(noNameConfirmed);
        }
    }

    /** Who may answer, as the form's values. */
    List<String> RESPONDENTS = List.of("GUARDIAN", "YOUNG_PERSON");

    /** The two score questions' choices, 1 to 5, labelled {@code prefix + ".score." + n}: the link's and the page's. */
    static List<Choice> scoreChoices(String prefix) {
        return IntStream.rangeClosed(1, 5).mapToObj(n -> Choice.ofKey(String.valueOf(n), prefix + ".score." + n))
                .toList();
    }

    /** Who answers, labelled {@code prefix + ".respondent." + who}. */
    static List<Choice> respondentChoices(String prefix) {
        return RESPONDENTS.stream().map(who -> Choice.ofKey(who, prefix + ".respondent." + who)).toList();
    }

    /** Invitations on this child's page that can still be answered today. */
    List<Invitation> open(long childId);

    /** One of them; empty for a used, expired, unknown or another child's invitation alike. */
    Optional<Invitation> open(long childId, String ref);

    /**
     * Stores the answer and uses the invitation (its one-use link works no more).
     *
     * @throws no.laget.platform.validation.NotFoundException when {@link #open(long, String)} would be empty
     * @throws no.laget.platform.validation.InvalidInputException with the same field messages as the link's form
     */
    void answer(long childId, String ref, Answer answer);
}
