package no.laget.casework.internal;

import java.time.LocalDate;

import no.laget.platform.validation.FieldProblems;

/**
 * An anonymous discussion as typed. {@code noNameConfirmed} is the employee's answer when the text looks like it
 * holds a name: ticked (true), the text is saved; it never lets through the name of a person registered in Laget.
 */
public record AnonymousDiscussionForm(String heldOn, String participants, String question, String advice,
        Boolean noNameConfirmed) {

    public AnonymousDiscussionForm(String heldOn, String participants, String question, String advice) {
        this(heldOn, participants, question, advice, null);
    }

    public boolean confirmedNoName() {
        return Boolean.TRUE.equals(noNameConfirmed);
    }

    /** The date and the texts as typed (trimmed); the anonymity rules read the texts together, in the service. */
    public RecordDiscussion toCommand() {
        FieldProblems problems = new FieldProblems();
        LocalDate held = problems.date("heldOn", heldOn(), "discussion.heldOn");
        return problems.command(() -> new RecordDiscussion(held, participants(), question(), advice(),
                confirmedNoName()));
    }
}
