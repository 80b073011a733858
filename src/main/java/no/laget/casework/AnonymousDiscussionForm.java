package no.laget.casework;

/** An anonymous discussion as typed. */
public record AnonymousDiscussionForm(String heldOn, String participants, String question, String advice) {}
