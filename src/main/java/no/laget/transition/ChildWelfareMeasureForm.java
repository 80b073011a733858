package no.laget.transition;

/** A child welfare measure as typed. */
public record ChildWelfareMeasureForm(String description, String startsOn, String endsOn) {}
