package no.laget.plan;

/** A municipal plan and the years it covers. */
public record Plan(long id, String name, int fromYear, int toYear) {}
