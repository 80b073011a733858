package no.laget.catalogue.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import no.laget.catalogue.internal.CatalogueCsv.Row;
import no.laget.catalogue.internal.ImportRepository.Mode;
import no.laget.catalogue.internal.ImportRepository.Problem;
import no.laget.catalogue.internal.ImportRepository.Status;
import no.laget.platform.validation.FieldProblem;
import no.laget.platform.validation.FieldRules;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads a CSV file into the catalogue with the same rules as the form. A small file is done before the
 * answer; a large one runs in the background while its row in {@code catalogue_import} shows the progress.
 * Either every good row is stored and every bad one reported, or (all or nothing) nothing is stored unless
 * every row is good.
 */
@Service
class CatalogueImport {

    private static final Logger log = LoggerFactory.getLogger(CatalogueImport.class);

    /** Above this many rows the import runs in the background. */
    static final int BACKGROUND_ABOVE = 500;
    private static final int CHUNK = 100;

    private final ImportRepository imports;
    private final MeasureRepository measures;
    private final MeasureAdministration administration;
    private final TransactionTemplate transaction;
    private final TaskExecutor executor;

    CatalogueImport(ImportRepository imports, MeasureRepository measures, MeasureAdministration administration,
            TransactionTemplate transaction, @Qualifier("applicationTaskExecutor") TaskExecutor executor) {
        this.imports = imports;
        this.measures = measures;
        this.administration = administration;
        this.transaction = transaction;
        this.executor = executor;
    }

    /** Starts an import and returns its id; throws {@link CatalogueCsv.RefusedFile} when the file cannot be taken. */
    long start(byte[] file, Mode mode, long employeeId) {
        String text = CatalogueCsv.decode(file);
        List<Row> rows = CatalogueCsv.read(text);
        long id = imports.start(mode, rows.size(), text, employeeId);
        log.info("Catalogue import {} started: {} rows, {}", id, rows.size(), mode);
        if (rows.size() > BACKGROUND_ABOVE) {
            executor.execute(() -> run(id));
        } else {
            run(id);
        }
        return id;
    }

    Optional<ImportRepository.ImportJob> find(long id) {
        return imports.find(id);
    }

    List<Problem> problems(long id) {
        return imports.problems(id);
    }

    void run(long id) {
        try {
            ImportRepository.ImportJob job = imports.find(id).orElseThrow();
            List<Row> rows = CatalogueCsv.read(imports.content(id));
            if (job.mode() == Mode.ALL_OR_NOTHING) {
                allOrNothing(id, rows);
            } else {
                goodRows(id, rows);
            }
            imports.finish(id, Status.DONE);
            log.info("Catalogue import {} done", id);
        } catch (RuntimeException e) {
            log.error("Catalogue import {} failed: {}", id, e.getClass().getName());
            imports.finish(id, Status.FAILED);
        }
    }

    private void goodRows(long id, List<Row> rows) {
        Set<Long> unitIds = administration.knownUnitIds();
        int stored = 0;
        int refused = 0;
        for (int from = 0; from < rows.size(); from += CHUNK) {
            List<Row> chunk = rows.subList(from, Math.min(rows.size(), from + CHUNK));
            int done = from + chunk.size();
            int[] counts = transaction.execute(status -> {
                Checked checked = check(chunk, unitIds);
                checked.good.forEach(this::store);
                imports.addProblems(id, checked.problems);
                return new int[] {checked.good.size(), checked.refusedRows};
            });
            stored += counts[0];
            refused += counts[1];
            imports.progress(id, done, stored, refused);
        }
    }

    private void allOrNothing(long id, List<Row> rows) {
        Set<Long> unitIds = administration.knownUnitIds();
        List<Checked> chunks = new ArrayList<>();
        int refused = 0;
        for (int from = 0; from < rows.size(); from += CHUNK) {
            List<Row> chunk = rows.subList(from, Math.min(rows.size(), from + CHUNK));
            Checked checked = check(chunk, unitIds);
            imports.addProblems(id, checked.problems);
            refused += checked.refusedRows;
            chunks.add(checked);
            imports.progress(id, from + chunk.size(), 0, refused);
        }
        if (refused == 0) {
            transaction.executeWithoutResult(status -> chunks.forEach(c -> c.good.forEach(this::store)));
            imports.progress(id, rows.size(), rows.size(), 0);
        }
    }

    private void store(Good good) {
        if (good.id == null) {
            measures.insert(good.data);
        } else {
            measures.update(good.id, good.data);
        }
    }

    private record Good(Long id, MeasureData data) {}

    private record Checked(List<Good> good, List<Problem> problems, int refusedRows) {}

    /** Checks a chunk of rows; one statement for the ids it names, whatever its size. */
    private Checked check(List<Row> chunk, Set<Long> unitIds) {
        Map<Long, Boolean> existing = measures.activeByIds(chunk.stream().map(Row::id)
                .filter(value -> !FieldRules.blank(value)).map(CatalogueImport::number).flatMap(Optional::stream)
                .toList());
        List<Good> good = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        int refusedRows = 0;
        for (Row row : chunk) {
            List<FieldProblem> rowProblems = new ArrayList<>();
            Long id = null;
            if (!FieldRules.blank(row.id())) {
                id = number(row.id()).orElse(null);
                if (id == null) {
                    rowProblems.add(new FieldProblem("id", "catalogue.import.id.malformed"));
                } else if (!existing.containsKey(id)) {
                    rowProblems.add(new FieldProblem("id", "catalogue.import.id.unknown"));
                }
            }
            Optional<MeasureData> data = MeasureRules.check(row.form(), unitIds, rowProblems);
            Boolean active = MeasureRules.yesNo(rowProblems, "active", row.active(), true);
            if (rowProblems.isEmpty() && data.isPresent()) {
                boolean keepActive = active != null ? active : id == null || existing.get(id);
                good.add(new Good(id, withActive(data.get(), keepActive)));
            } else {
                refusedRows++;
                rowProblems.forEach(p -> problems.add(new Problem(row.number(),
                        CatalogueCsv.COLUMN_OF_FIELD.getOrDefault(p.field(), p.field()), p.messageKey())));
            }
        }
        return new Checked(good, problems, refusedRows);
    }

    private static MeasureData withActive(MeasureData d, boolean active) {
        return new MeasureData(d.name(), d.description(), d.providerUnitId(), d.providerName(), d.level(),
                d.ageFrom(), d.ageTo(), d.topics(), d.free(), d.access(), d.contact(), d.accessibility(), active);
    }

    private static Optional<Long> number(String value) {
        try {
            return Optional.of(Long.parseLong(value.trim()));
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
    }
}
