package no.laget.feedback.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import no.laget.organisation.Organisation;
import no.laget.organisation.Unit;
import no.laget.statistics.Suppression;

import org.springframework.stereotype.Component;

/**
 * Results per unit and quarter. The number of answers is a unit x quarter table suppressed like every
 * internal figure (primary and secondary); a group's averages and free text are shown only where its count
 * is shown, so never for fewer answers than the threshold.
 */
@Component
class FeedbackResults {

    record Group(String unitName, int quarter, int answers, String heard, String useful, List<String> improvements) {}

    record Results(int year, List<String> units, List<List<String>> counts, List<String> unitTotals,
            List<String> quarterTotals, String total, List<Group> groups) {}

    private final FeedbackRepository repository;
    private final Organisation organisation;
    private final Suppression suppression;

    FeedbackResults(FeedbackRepository repository, Organisation organisation, Suppression suppression) {
        this.repository = repository;
        this.organisation = organisation;
        this.suppression = suppression;
    }

    Results of(int year) {
        List<FeedbackRepository.Answer> answers = repository.answers(LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1));
        Map<Long, Unit> units = organisation.unitsById();
        List<Long> unitIds = answers.stream().map(FeedbackRepository.Answer::unitId).distinct()
                .sorted((a, b) -> name(units, a).compareTo(name(units, b))).toList();
        Map<Long, Map<Integer, List<FeedbackRepository.Answer>>> grouped = new LinkedHashMap<>();
        for (FeedbackRepository.Answer answer : answers) {
            grouped.computeIfAbsent(answer.unitId(), id -> new LinkedHashMap<>())
                    .computeIfAbsent(quarter(answer.answeredOn()), q -> new ArrayList<>()).add(answer);
        }
        int[][] counts = new int[unitIds.size()][4];
        for (int r = 0; r < unitIds.size(); r++) {
            for (int q = 1; q <= 4; q++) {
                counts[r][q - 1] = grouped.get(unitIds.get(r)).getOrDefault(q, List.of()).size();
            }
        }
        Suppression.Table table = suppression.apply(counts);
        List<List<String>> shownCounts = new ArrayList<>();
        List<String> unitTotals = new ArrayList<>();
        List<Group> groups = new ArrayList<>();
        for (int r = 0; r < unitIds.size(); r++) {
            List<String> row = new ArrayList<>();
            for (int q = 1; q <= 4; q++) {
                row.add(table.show(r, q - 1));
                if (!table.hidden()[r][q - 1] && counts[r][q - 1] > 0) {
                    List<FeedbackRepository.Answer> group = grouped.get(unitIds.get(r)).get(q);
                    groups.add(new Group(name(units, unitIds.get(r)), q, group.size(),
                            average(group.stream().mapToInt(FeedbackRepository.Answer::heard).toArray()),
                            average(group.stream().mapToInt(FeedbackRepository.Answer::useful).toArray()),
                            group.stream().map(FeedbackRepository.Answer::improve).filter(Objects::nonNull).toList()));
                }
            }
            shownCounts.add(row);
            unitTotals.add(table.showRowTotal(r));
        }
        List<String> quarterTotals = new ArrayList<>();
        for (int q = 0; q < 4; q++) {
            quarterTotals.add(unitIds.isEmpty() ? Suppression.HIDDEN : table.showColumnTotal(q));
        }
        return new Results(year, unitIds.stream().map(id -> name(units, id)).toList(), shownCounts, unitTotals,
                quarterTotals, table.showGrandTotal(), groups);
    }

    int threshold() {
        return suppression.threshold();
    }

    private static String name(Map<Long, Unit> units, long id) {
        Unit unit = units.get(id);
        return unit == null ? "" : unit.name();
    }

    static int quarter(LocalDate day) {
        return (day.getMonthValue() - 1) / 3 + 1;
    }

    private static String average(int[] scores) {
        double sum = 0;
        for (int score : scores) {
            sum += score;
        }
        return BigDecimal.valueOf(sum / scores.length).setScale(1, RoundingMode.HALF_UP).toPlainString().replace('.', ',');
    }
}
