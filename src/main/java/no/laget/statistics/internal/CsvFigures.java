package no.laget.statistics.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import no.laget.statistics.internal.ImportReport.Problem;

/**
 * Reads figures from CSV: a header naming at least indicator, region, period, value, unit and source (in
 * any order; name and status are optional), separated by ";" or ",", fields optionally in double quotes.
 */
final class CsvFigures {

    static final List<String> REQUIRED = List.of("indicator", "region", "period", "value", "unit", "source");

    /** The file is unreadable as a whole. */
    static final class FileRefused extends RuntimeException {
        final Problem problem;

        FileRefused(Problem problem) {
            super(problem.messageKey());
            this.problem = problem;
        }
    }

    /** Rows that could be read, and lines refused before their content was looked at. */
    record Result(List<ImportRow> rows, List<ImportReport.Refusal> refusals, int read) {}

    private CsvFigures() {}

    static Result read(String text) {
        List<ImportRow> rows = new ArrayList<>();
        List<ImportReport.Refusal> refusals = new ArrayList<>();
        int read = 0;
        try (BufferedReader reader = new BufferedReader(new StringReader(stripBom(text)))) {
            String header = reader.readLine();
            int lineNumber = 1;
            while (header != null && header.isBlank()) {
                header = reader.readLine();
                lineNumber++;
            }
            if (header == null) {
                throw new FileRefused(Problem.of("statistics.csv.empty"));
            }
            char separator = header.indexOf(';') >= 0 ? ';' : ',';
            Map<String, Integer> columns = new LinkedHashMap<>();
            List<String> names = split(header, separator);
            for (int i = 0; i < names.size(); i++) {
                columns.putIfAbsent(names.get(i).trim().toLowerCase(Locale.ROOT), i);
            }
            List<String> missing = REQUIRED.stream().filter(c -> !columns.containsKey(c)).toList();
            if (!missing.isEmpty()) {
                throw new FileRefused(Problem.of("statistics.csv.missing-columns", String.join(", ", missing)));
            }
            String line;
            while ((line = reader.readLine()) != null) {
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                read++;
                List<String> fields = split(line, separator);
                if (fields.size() != names.size()) {
                    refusals.add(new ImportReport.Refusal(lineNumber,
                            Problem.of("statistics.csv.field-count", fields.size(), names.size())));
                    continue;
                }
                rows.add(new ImportRow(lineNumber, field(fields, columns, "indicator"), field(fields, columns, "name"),
                        field(fields, columns, "region"), field(fields, columns, "period"),
                        field(fields, columns, "value"), field(fields, columns, "unit"),
                        field(fields, columns, "source"), field(fields, columns, "status")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Result(rows, refusals, read);
    }

    private static String field(List<String> fields, Map<String, Integer> columns, String name) {
        Integer index = columns.get(name);
        return index == null ? null : fields.get(index).trim();
    }

    private static String stripBom(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** Splits one line; a quoted field may hold the separator, and "" inside quotes is one quote. */
    static List<String> split(String line, char separator) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"' && field.toString().isBlank()) {
                field.setLength(0);
                quoted = true;
            } else if (c == separator) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }
}
