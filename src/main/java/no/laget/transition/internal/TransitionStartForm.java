package no.laget.transition.internal;

/** Starting the transition: the NAV unit the young person has consented to share with. */
public record TransitionStartForm(String navUnitId) {}
