package no.laget.statistics.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import no.laget.platform.validation.TextCharacters;
import no.laget.statistics.internal.ImportReport.Format;
import no.laget.statistics.internal.ImportReport.Problem;
import no.laget.statistics.internal.ImportReport.Refusal;
import no.laget.statistics.internal.IndicatorRepository.StoredFigure;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports official figures from JSON-stat or CSV. Every row is checked before anything is written, so
 * "all or nothing" stores nothing when one row is bad, and "store good rows" stores the rest; either way
 * the report names every bad row by its line (or cell) and why.
 */
@Service
class IndicatorImport {

    /** SSB's and FHI's marks for a figure that is not published. */
    private static final Set<String> MISSING_MARKS = Set.of(".", "..", "...", ":", "-");
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

    private final IndicatorRepository repository;
    private final RegionNumbers regions;

    IndicatorImport(IndicatorRepository repository, RegionNumbers regions) {
        this.repository = repository;
        this.regions = regions;
    }

    @Transactional
    public ImportReport importCsv(String text, ImportMode mode) {
        CsvFigures.Result result;
        try {
            result = CsvFigures.read(text);
        } catch (CsvFigures.FileRefused refused) {
            return ImportReport.fileRefused(Format.CSV, mode, refused.problem);
        }
        return store(Format.CSV, mode, result.read(), result.rows(), result.refusals());
    }

    @Transactional
    public ImportReport importJsonStat(String json, ImportMode mode) {
        List<ImportRow> rows;
        try {
            JsonStat data = JsonStat.read(json);
            rows = JsonStatFigures.rows(data, tableId(json, data));
        } catch (JsonStatException notJsonStat) {
            return ImportReport.fileRefused(Format.JSON_STAT, mode,
                    new Problem(notJsonStat.messageKey(), List.of(notJsonStat.arguments())));
        } catch (CsvFigures.FileRefused refused) {
            return ImportReport.fileRefused(Format.JSON_STAT, mode, refused.problem);
        }
        return store(Format.JSON_STAT, mode, rows.size(), rows, List.of());
    }

    /** SSB's table number (extension.px.tableid), else the number the label starts with ("07459: ..."). */
    private static String tableId(String json, JsonStat data) {
        var matcher = Pattern.compile("\"tableid\"\\s*:\\s*\"([^\"]{1,20})\"").matcher(json);
        if (matcher.find()) {
            return matcher.group(1);
        }
        var label = data.label() == null ? null : Pattern.compile("^(\\w{1,20}):").matcher(data.label());
        return label != null && label.find() ? label.group(1) : "jsonstat";
    }

    private ImportReport store(Format format, ImportMode mode, int read, List<ImportRow> rows,
            List<Refusal> earlier) {
        List<Refusal> refusals = new ArrayList<>(earlier);
        List<Checked> good = new ArrayList<>();
        Map<String, ImportRow> firstIndicatorRow = new HashMap<>();
        Map<String, List<Integer>> linesByKey = new LinkedHashMap<>();
        for (ImportRow row : rows) {
            Problem problem = null;
            Checked checked = null;
            try {
                checked = check(row, firstIndicatorRow);
            } catch (RowRefused refused) {
                problem = refused.problem;
            }
            if (problem != null) {
                refusals.add(new Refusal(row.line(), problem));
            } else {
                good.add(checked);
                linesByKey.computeIfAbsent(checked.key(), k -> new ArrayList<>()).add(row.line());
            }
        }
        // A period given twice for the same indicator and region: the file contradicts itself, so none of
        // them is taken.
        List<Checked> unique = new ArrayList<>();
        for (Checked checked : good) {
            List<Integer> lines = linesByKey.get(checked.key());
            if (lines.size() > 1) {
                refusals.add(new Refusal(checked.row().line(), Problem.of("statistics.import.duplicate",
                        checked.period().text(), String.join(", ", lines.stream().map(String::valueOf).toList()))));
            } else {
                unique.add(checked);
            }
        }
        refusals.sort(java.util.Comparator.comparingInt(Refusal::line));
        if (unique.isEmpty() || (mode == ImportMode.ALL_OR_NOTHING && !refusals.isEmpty())) {
            return new ImportReport(format, mode, read, 0, refusals, null);
        }
        Map<String, Long> indicatorIds = new HashMap<>();
        List<StoredFigure> figures = new ArrayList<>();
        for (Checked checked : unique) {
            ImportRow row = checked.row();
            long id = indicatorIds.computeIfAbsent(row.indicator(), code -> {
                ImportRow first = firstIndicatorRow.get(code);
                return repository.save(code, first.name() == null || first.name().isBlank() ? code : first.name(),
                        first.unit(), first.source());
            });
            figures.add(new StoredFigure(id, checked.region(), RegionNumbers.levelOf(checked.region()),
                    checked.period().text(), checked.value(), checked.status()));
        }
        repository.saveFigures(figures);
        return new ImportReport(format, mode, read, figures.size(), refusals, null);
    }

    private record Checked(ImportRow row, String region, Period period, BigDecimal value, String status) {
        String key() {
            return row.indicator() + "\u0000" + region + "\u0000" + period.text();
        }
    }

    private static final class RowRefused extends RuntimeException {
        final Problem problem;

        RowRefused(String messageKey, Object... arguments) {
            super(messageKey, null, false, false);
            this.problem = Problem.of(messageKey, arguments);
        }
    }

    private Checked check(ImportRow row, Map<String, ImportRow> firstIndicatorRow) {
        for (String text : List.of(blankAsDash(row.indicator()), blankAsDash(row.name()), blankAsDash(row.region()),
                blankAsDash(row.period()), blankAsDash(row.value()), blankAsDash(row.unit()), blankAsDash(row.source()),
                blankAsDash(row.status()))) {
            if (!TextCharacters.acceptable(text)) {
                throw new RowRefused("statistics.import.characters"); // NUL cannot be stored; the others disguise text
            }
        }
        String indicator = required(row.indicator(), "indicator", 80);
        String unit = required(row.unit(), "unit", 60);
        String source = required(row.source(), "source", 200);
        if (row.name() != null && row.name().length() > 200) {
            throw new RowRefused("statistics.import.too-long", "name", 200);
        }
        String region = RegionNumbers.normalise(row.region()).filter(regions::known)
                .orElseThrow(() -> new RowRefused("statistics.import.unknown-region", blankAsDash(row.region())));
        Period period = Period.parse(row.period())
                .orElseThrow(() -> new RowRefused("statistics.import.bad-period", blankAsDash(row.period())));
        String status = row.status() == null || row.status().isBlank() ? null : row.status().trim();
        if (status != null && status.length() > 10) {
            throw new RowRefused("statistics.import.too-long", "status", 10);
        }
        BigDecimal value = null;
        String raw = row.value() == null ? "" : row.value().trim();
        if (MISSING_MARKS.contains(raw)) {
            status = status == null ? raw : status;
        } else if (raw.isEmpty()) {
            if (status == null) {
                throw new RowRefused("statistics.import.value-missing");
            }
        } else {
            value = number(raw).orElseThrow(() -> new RowRefused("statistics.import.value-not-number", raw));
            if (value.signum() < 0) {
                throw new RowRefused("statistics.import.negative", raw);
            }
        }
        ImportRow first = firstIndicatorRow.putIfAbsent(indicator, row);
        if (first != null && (!first.unit().equals(unit) || !first.source().equals(source))) {
            throw new RowRefused("statistics.import.indicator-differs", indicator, first.line());
        }
        return new Checked(row, region, period, value, status);
    }

    private static String required(String value, String column, int max) {
        if (value == null || value.isBlank()) {
            throw new RowRefused("statistics.import.field-missing", column);
        }
        if (value.trim().length() > max) {
            throw new RowRefused("statistics.import.too-long", column, max);
        }
        return value.trim();
    }

    /** Accepts "12.5", "12,5" and "31 444" (thin spaces and non-breaking spaces as SSB writes thousands). */
    static Optional<BigDecimal> number(String raw) {
        String text = raw.replaceAll("[\\s\u00A0\u202F]", "");
        if (text.indexOf(',') >= 0 && text.indexOf('.') < 0) {
            text = text.replace(',', '.');
        }
        return NUMBER.matcher(text).matches() ? Optional.of(new BigDecimal(text)) : Optional.empty();
    }

    private static String blankAsDash(String value) {
        return value == null || value.isBlank() ? "–" : value.trim();
    }
}
