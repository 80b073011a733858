package no.laget.agreement.internal;

/** A meeting held under an agreement, with minutes that hold no child data. */
public record MeetingForm(String kind, String heldOn, String minutes) {}
