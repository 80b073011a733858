package no.laget.statistics.internal;

/** One figure as read from a file, still text, with where it stood (line or cell number). */
record ImportRow(int line, String indicator, String name, String region, String period, String value,
        String unit, String source, String status) {}
