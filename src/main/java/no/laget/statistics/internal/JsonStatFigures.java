package no.laget.statistics.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import no.laget.statistics.internal.ImportReport.Problem;

/**
 * Turns a JSON-stat dataset into figures: the dimension with role "time" gives the period, "geo" the
 * region, and "metric" (SSB's ContentsCode) the indicator. Other dimensions must have one category (SSB
 * leaves an eliminated dimension such as age in with a single "all ages"); one with several would mix
 * figures that do not belong on one line, so the file is refused.
 */
final class JsonStatFigures {

    private JsonStatFigures() {}

    static List<ImportRow> rows(JsonStat data, String tableId) {
        String time = role(data, "time", "Tid", "statistics.import.no-time-dimension");
        String geo = role(data, "geo", "Region", "statistics.import.no-region-dimension");
        Optional<String> metric = data.singleRole("metric");
        for (JsonStat.Dimension dimension : data.dimensions()) {
            String id = dimension.id();
            if (!id.equals(time) && !id.equals(geo) && !metric.orElse("").equals(id)
                    && dimension.categories().size() > 1) {
                throw new CsvFigures.FileRefused(Problem.of("statistics.import.extra-dimension",
                        dimension.label() == null ? id : dimension.label()));
            }
        }
        String source = data.source() == null ? "" : data.source();
        List<ImportRow> rows = new ArrayList<>();
        List<JsonStat.Cell> cells = data.cells();
        for (int i = 0; i < cells.size(); i++) {
            JsonStat.Cell cell = cells.get(i);
            String code;
            String name;
            String unit;
            if (metric.isPresent()) {
                JsonStat.Dimension contents = data.dimension(metric.get());
                String category = cell.category(metric.get());
                code = tableId + "/" + category;
                name = contents.categories().size() == 1 && data.label() != null ? data.label()
                        : contents.label(category);
                unit = contents.units().getOrDefault(category, "");
            } else {
                code = tableId;
                name = data.label() == null ? tableId : data.label();
                unit = "";
            }
            BigDecimal value = cell.value();
            rows.add(new ImportRow(i + 1, code, name, cell.category(geo), cell.category(time),
                    value == null ? null : value.toPlainString(), unit, source, cell.status()));
        }
        return rows;
    }

    private static String role(JsonStat data, String role, String ssbName, String problem) {
        Optional<String> dimension = data.singleRole(role);
        if (dimension.isPresent()) {
            return dimension.get();
        }
        // Files saved without roles still carry SSB's dimension names.
        if (data.ids().contains(ssbName)) {
            return ssbName;
        }
        throw new CsvFigures.FileRefused(Problem.of(problem));
    }
}
