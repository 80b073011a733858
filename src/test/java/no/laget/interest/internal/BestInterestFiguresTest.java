package no.laget.interest.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import no.laget.statistics.FigurePeriod;
import no.laget.statistics.FigureScope;
import no.laget.statistics.FigureTable;
import no.laget.support.ChildFixtures;
import no.laget.support.LagetTest;
import no.laget.support.TestChildren;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static no.laget.support.Accounts.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The internal figure counts, per kind of decision, the notes that recorded the child's views and those that say why
 * the child was not heard; on /statistics/internal a small count is hidden like every figure. The notes are written
 * straight into a year (1999) no other test writes notes in, so the counts are exact.
 */
@LagetTest
class BestInterestFiguresTest {

    private static final int YEAR = 2021;
    private static final Pattern TABLE = Pattern.compile("data-figure-table=\"best-interest\"(.*?)</table>", Pattern.DOTALL);

    @Autowired BestInterestFigures figures;
    @Autowired JdbcClient jdbc;
    @Autowired ChildFixtures fixtures;
    @Autowired MockMvc mvc;
    @Autowired UserDetailsService accounts;

    private void note(long child, String occasion, boolean heard, OffsetDateTime at) {
        jdbc.sql("""
                insert into best_interest_note (child_id, occasion, source_type, source_id, child_heard, child_views,
                       how_heard, not_heard_reason, weighing, alternatives, conclusion, written_by, written_at)
                values (?, ?, 'test', 0, ?, ?, ?, ?, 'w', 'a', 'c', ?, ?)""")
                .params(child, occasion, heard, heard ? "sa" : null, heard ? "samtale" : null, heard ? null : "for ung",
                        fixtures.user("ansatt").employeeId(), at)
                .update();
    }

    private static String cell(String table, String row, int column) {
        Matcher cells = Pattern.compile("<th scope=\"row\">" + Pattern.quote(row) + "</th>((?:\\s*<td[^>]*>[^<]*</td>)+)")
                .matcher(table);
        assertThat(cells.find()).as("row %s", row).isTrue();
        Matcher number = Pattern.compile("<td[^>]*>([^<]*)</td>").matcher(cells.group(1));
        for (int i = 0; i <= column; i++) {
            assertThat(number.find()).isTrue();
        }
        return number.group(1).trim();
    }

    @Test
    void notes_are_counted_by_decision_and_whether_the_child_was_heard_and_small_counts_are_hidden() throws Exception {
        long child = fixtures.childOf("ansatt", TestChildren.familyName());
        OffsetDateTime inYear = OffsetDateTime.of(YEAR, 6, 1, 10, 0, 0, 0, ZoneOffset.UTC);
        for (int i = 0; i < 6; i++) {
            note(child, "HANDOVER", true, inYear);
        }
        for (int i = 0; i < 5; i++) {
            note(child, "CLOSE", false, inYear);
        }
        note(child, "LEVEL_2", true, inYear);
        note(child, "LEVEL_2", false, inYear);
        // the first moment of the next year in Oslo is not in the year
        note(child, "REPORT", true, OffsetDateTime.of(YEAR, 12, 31, 23, 0, 0, 0, ZoneOffset.UTC));

        List<FigureTable> tables = figures.tables(FigurePeriod.of(YEAR, LocalDate.of(YEAR + 5, 1, 1)), FigureScope.country());
        assertThat(tables).singleElement().satisfies(table -> {
            assertThat(table.id()).isEqualTo("best-interest");
            assertThat(table.rowLabels()).containsExactly("Til nivå 2", "Til nivå 3", "Stafetten gitt videre",
                    "Saken avsluttet", "Bekymringsmelding", "Undersøkelse besluttet", "Barnekoordinator oppnevnt");
            assertThat(table.counts()).isDeepEqualTo(new int[][] {{1, 1}, {0, 0}, {6, 0}, {0, 5}, {0, 0}, {0, 0}, {0, 0}});
        });

        String page = mvc.perform(get("/statistics/internal").param("ar", String.valueOf(YEAR)).with(as(accounts, "oppvekst")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        Matcher table = TABLE.matcher(page);
        assertThat(table.find()).isTrue();
        // the two single notes are hidden, and so is what would give them away; zeros and counts of 5 or more stay
        assertThat(cell(table.group(1), "Til nivå 2", 0)).isEqualTo(":");
        assertThat(cell(table.group(1), "Til nivå 2", 1)).isEqualTo(":");
        assertThat(cell(table.group(1), "Til nivå 3", 0)).isEqualTo("0");
        Matcher shown = Pattern.compile("<td class=\"number\">([^<]*)</td>").matcher(table.group(1));
        int visible = 0;
        while (shown.find()) {
            String value = shown.group(1).trim();
            if (!value.equals(":") && !value.equals("0")) {
                assertThat(Integer.parseInt(value)).isGreaterThanOrEqualTo(5);
                visible++;
            }
        }
        assertThat(visible).as("some counts of the year are shown").isPositive();
    }
}
