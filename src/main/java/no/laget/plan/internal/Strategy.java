package no.laget.plan.internal;

public record Strategy(long id, int position, String title, String description, int version) {}
