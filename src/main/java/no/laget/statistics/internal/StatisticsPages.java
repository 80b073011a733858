package no.laget.statistics.internal;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import no.laget.platform.LagetProperties;
import no.laget.platform.validation.FieldProblem;
import no.laget.platform.validation.InvalidInputException;
import no.laget.platform.validation.NotFoundException;
import no.laget.platform.web.Choice;
import no.laget.platform.web.FieldErrors;
import no.laget.platform.web.PageController;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** Municipal staff's statistics: the indicators, an import with its report, and one indicator over time. */
@PageController
@RequestMapping("/statistics")
class StatisticsPages {

    private final IndicatorRepository indicators;
    private final IndicatorImport importer;
    private final RegionNumbers regions;
    private final LagetProperties properties;
    private final FieldErrors fieldErrors;

    StatisticsPages(IndicatorRepository indicators, IndicatorImport importer, RegionNumbers regions,
            LagetProperties properties, FieldErrors fieldErrors) {
        this.fieldErrors = fieldErrors;
        this.indicators = indicators;
        this.importer = importer;
        this.regions = regions;
        this.properties = properties;
    }

    @GetMapping
    String list(Model model) {
        return list(model, null, fieldErrors.none(), ImportMode.STORE_GOOD_ROWS.name());
    }

    @PostMapping("/import")
    String importFile(@RequestParam(name = "file", required = false) MultipartFile file,
            @RequestParam(name = "mode", defaultValue = "") String mode, Model model) throws IOException {
        List<FieldProblem> problems = new ArrayList<>();
        if (file == null || file.isEmpty()) {
            problems.add(new FieldProblem("file", "statistics.upload.file.required"));
        }
        if (!mode.equals(ImportMode.STORE_GOOD_ROWS.name()) && !mode.equals(ImportMode.ALL_OR_NOTHING.name())) {
            problems.add(new FieldProblem("mode", "statistics.upload.mode.required"));
        }
        if (!problems.isEmpty()) {
            return list(model, null, fieldErrors.of(new InvalidInputException(problems)), mode);
        }
        String text = new String(file.getBytes(), StandardCharsets.UTF_8);
        boolean json = text.stripLeading().startsWith("{")
                || (file.getOriginalFilename() != null && file.getOriginalFilename().toLowerCase().endsWith(".json"));
        ImportReport report = json ? importer.importJsonStat(text, ImportMode.valueOf(mode))
                : importer.importCsv(text, ImportMode.valueOf(mode));
        return list(model, report, fieldErrors.none(), mode);
    }

    @GetMapping("/{id}")
    String indicator(@PathVariable long id, Model model) {
        var indicator = indicators.find(id).orElseThrow(() -> new NotFoundException("indicator"));
        String municipality = properties.municipality().number();
        List<RegionNumbers.Region> municipalityNumbers = regions.series(municipality);
        List<RegionNumbers.Region> counties = regions.countiesOf(municipality);
        Set<String> codes = new HashSet<>(List.of(RegionNumbers.COUNTRY, municipality));
        municipalityNumbers.forEach(r -> codes.add(r.number()));
        counties.forEach(r -> codes.add(r.number()));
        List<SeriesJoin.Figure> figures = indicators.figures(id, codes);

        Map<Period, BigDecimal> ofMunicipality = values(SeriesJoin.join(municipalityNumbers, figures));
        Map<Period, BigDecimal> ofCounty = values(SeriesJoin.join(counties, figures));
        Map<Period, BigDecimal> ofCountry = new TreeMap<>();
        figures.stream().filter(f -> f.region().equals(RegionNumbers.COUNTRY) && f.value() != null)
                .forEach(f -> Period.parse(f.period()).ifPresent(p -> ofCountry.put(p, f.value())));
        TreeSet<Period> periods = new TreeSet<>();
        periods.addAll(ofMunicipality.keySet());
        periods.addAll(ofCounty.keySet());
        periods.addAll(ofCountry.keySet());

        model.addAttribute("indicator", indicator);
        model.addAttribute("municipalityName", regions.name(municipality));
        model.addAttribute("chart", IndicatorChart.of(new ArrayList<>(periods), ofMunicipality, ofCounty, ofCountry));
        return "statistics/indicator";
    }

    private static Map<Period, BigDecimal> values(TreeMap<Period, SeriesJoin.Point> line) {
        return line.values().stream().filter(p -> p.value() != null)
                .collect(Collectors.toMap(SeriesJoin.Point::period, SeriesJoin.Point::value, (a, b) -> a, TreeMap::new));
    }

    private String list(Model model, ImportReport report, Map<String, String> errors, String mode) {
        model.addAttribute("indicators", indicators.listed());
        model.addAttribute("report", report);
        model.addAttribute("errors", errors);
        model.addAttribute("mode", mode);
        model.addAttribute("modeChoices", List.of(Choice.ofKey(ImportMode.STORE_GOOD_ROWS.name(), "statistics.upload.mode.STORE_GOOD_ROWS"),
                Choice.ofKey(ImportMode.ALL_OR_NOTHING.name(), "statistics.upload.mode.ALL_OR_NOTHING")));
        return "statistics/list";
    }
}
