package no.laget.statistics.internal;

import java.util.List;

/**
 * What an import did. {@code fileProblem} is set when the file as a whole could not be read (then nothing
 * is stored and there are no row refusals); {@code line} is the line in a CSV file, or the cell number
 * (from 1) in a JSON-stat file.
 */
record ImportReport(Format format, ImportMode mode, int read, int stored, List<Refusal> refusals,
        Problem fileProblem) {

    enum Format { CSV, JSON_STAT }

    enum Outcome { ALL_STORED, GOOD_ROWS_STORED, NOTHING_STORED }

    /** A message key in messages-statistics.properties with its arguments. */
    record Problem(String messageKey, List<Object> arguments) {
        static Problem of(String messageKey, Object... arguments) {
            return new Problem(messageKey, List.of(arguments));
        }
    }

    record Refusal(int line, Problem reason) {}

    ImportReport {
        refusals = List.copyOf(refusals);
    }

    static ImportReport fileRefused(Format format, ImportMode mode, Problem problem) {
        return new ImportReport(format, mode, 0, 0, List.of(), problem);
    }

    public Outcome outcome() {
        if (stored == 0) {
            return Outcome.NOTHING_STORED;
        }
        return refusals.isEmpty() ? Outcome.ALL_STORED : Outcome.GOOD_ROWS_STORED;
    }
}
