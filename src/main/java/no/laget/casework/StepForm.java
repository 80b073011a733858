package no.laget.casework;

/** One step of the guide recorded as done: which, on what date, and an optional note. */
public record StepForm(String step, String doneOn, String note) {}
