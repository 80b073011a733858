package no.laget.transition.internal;

/** A child welfare measure as typed. */
public record ChildWelfareMeasureForm(String description, String startsOn, String endsOn) {}
