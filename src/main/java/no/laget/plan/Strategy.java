package no.laget.plan;

public record Strategy(long id, int position, String title, String description, int version) {}
