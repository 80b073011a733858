package no.laget.feedback.internal;

import java.util.List;

import no.laget.organisation.Organisation;
import no.laget.organisation.Unit;
import no.laget.statistics.FigurePeriod;
import no.laget.statistics.FigureScope;
import no.laget.statistics.FigureTable;
import no.laget.support.LagetTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** Feedback's figure tables count answers per unit type and quarter and in score bands (before/after, shared database). */
@LagetTest
class FeedbackFiguresTest {

    @Autowired FeedbackFigures figures;
    @Autowired Feedback feedback;
    @Autowired Organisation organisation;

    @Test
    void answers_are_counted_per_unit_type_quarter_and_score_band() {
        Unit ppt = organisation.units().stream().filter(u -> u.name().equals("PPT, Familiens hus")).findFirst().orElseThrow();
        FigurePeriod period = FigurePeriod.of(feedback.today().getYear(), feedback.today());
        List<FigureTable> before = figures.tables(period, FigureScope.country());

        answer(ppt, "1", "4");
        answer(ppt, "3", "4");
        answer(ppt, "5", "2");

        List<FigureTable> after = figures.tables(period, FigureScope.country());
        String row = "PPT";
        String quarter = ((feedback.today().getMonthValue() - 1) / 3 + 1) + ". kvartal";
        assertThat(delta(before, after, "feedback-answers", row, quarter)).isEqualTo(3);
        assertThat(delta(before, after, "feedback-heard", row, "1–2")).isEqualTo(1);
        assertThat(delta(before, after, "feedback-heard", row, "3")).isEqualTo(1);
        assertThat(delta(before, after, "feedback-heard", row, "4–5")).isEqualTo(1);
        assertThat(delta(before, after, "feedback-useful", row, "1–2")).isEqualTo(1);
        assertThat(delta(before, after, "feedback-useful", row, "3")).isZero();
        assertThat(delta(before, after, "feedback-useful", row, "4–5")).isEqualTo(2);
    }

    @Test
    void scores_fall_in_three_bands() {
        assertThat(List.of(1, 2, 3, 4, 5).stream().map(FeedbackFigures::band).toList()).containsExactly(0, 0, 1, 2, 2);
    }

    private void answer(Unit unit, String heard, String useful) {
        Feedback.Created created = feedback.invite(FeedbackPagesTest.employeeOf(unit.id()),
                new FeedbackForms.InvitationForm(String.valueOf(unit.id()), "MEETING"));
        feedback.answer(created.token(), new FeedbackForms.AnswerForm("GUARDIAN", heard, useful, "", null));
    }

    private static int delta(List<FigureTable> before, List<FigureTable> after, String id, String row, String column) {
        return cell(after, id, row, column) - cell(before, id, row, column);
    }

    private static int cell(List<FigureTable> tables, String id, String row, String column) {
        FigureTable table = tables.stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow();
        int r = table.rowLabels().indexOf(row);
        return r < 0 ? 0 : table.counts()[r][table.columnLabels().indexOf(column)];
    }
}
