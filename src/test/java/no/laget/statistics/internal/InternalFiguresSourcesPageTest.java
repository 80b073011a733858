package no.laget.statistics.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import no.laget.casework.internal.Concerns;
import no.laget.casework.internal.WriteConcern;
import no.laget.support.ChildFixtures;
import no.laget.support.LagetTest;
import no.laget.support.TestChildren;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static no.laget.support.Accounts.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The casework, report and feedback tables reach /statistics/internal, and a small count in them (one concern from a
 * unit type nobody else writes from) is never shown: every cell, total and grand total is at or above the threshold
 * or ":".
 */
@LagetTest
class InternalFiguresSourcesPageTest {

    private static final Pattern TABLE = Pattern.compile("data-figure-table=\"([^\"]+)\"(.*?)</table>", Pattern.DOTALL);
    private static final Pattern CELL = Pattern.compile("<td class=\"number\">([^<]*)</td>");

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService accounts;
    @Autowired ChildFixtures fixtures;
    @Autowired Concerns concerns;

    @Test
    void the_modules_tables_are_shown_and_a_single_concern_is_hidden() throws Exception {
        // One concern from PPT: PPT writes no other concern, so its level-0 cell is 1 before suppression.
        long child = fixtures.childOf("ppt", TestChildren.familyName());
        concerns.write(fixtures.user("ppt"), child, new WriteConcern(java.time.LocalDate.now(
                java.time.ZoneId.of("Europe/Oslo")), "Virker sliten i timene.", false));

        String page = mvc.perform(get("/statistics/internal").with(as(accounts, "oppvekst")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        Matcher tables = TABLE.matcher(page);
        java.util.Set<String> seen = new java.util.HashSet<>();
        while (tables.find()) {
            seen.add(tables.group(1));
            Matcher cells = CELL.matcher(tables.group(2));
            while (cells.find()) {
                String value = cells.group(1).trim();
                if (!value.equals(":") && !value.equals("0")) {
                    assertThat(Integer.parseInt(value)).as("a shown count in %s", tables.group(1)).isGreaterThanOrEqualTo(5);
                }
            }
        }
        assertThat(seen).contains("casework-levels-unit-type", "casework-levels-age", "casework-time-to-measure",
                "casework-evaluations", "reports-deadlines");
        // the PPT row of concerns by level and unit type: its level-0 count is hidden
        Matcher levels = TABLE.matcher(page);
        while (levels.find()) {
            if (levels.group(1).equals("casework-levels-unit-type")) {
                Matcher row = Pattern.compile("<th scope=\"row\">PPT</th>\\s*<td class=\"number\">([^<]*)</td>")
                        .matcher(levels.group(2));
                assertThat(row.find()).isTrue();
                assertThat(row.group(1)).isEqualTo(":");
            }
        }
    }
}
