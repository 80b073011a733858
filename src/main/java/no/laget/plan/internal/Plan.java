package no.laget.plan.internal;

/** A municipal plan and the years it covers; {@code version} for optimistic locking of its edits. */
public record Plan(long id, String name, int fromYear, int toYear, int version) {}
