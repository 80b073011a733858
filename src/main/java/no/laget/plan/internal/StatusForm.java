package no.laget.plan.internal;

/** A status update as typed: status code, comment and the date it describes (2024-08-15 or 15.8.2024). */
public record StatusForm(String status, String comment, String date) {}
