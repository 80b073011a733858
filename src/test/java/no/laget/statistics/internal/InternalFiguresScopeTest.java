package no.laget.statistics.internal;

import no.laget.platform.time.Oslo;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import no.laget.statistics.FigurePeriod;
import no.laget.statistics.FigureScope;
import no.laget.statistics.FigureSource;
import no.laget.statistics.FigureTable;
import no.laget.support.LagetTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static no.laget.support.Accounts.as;
import static no.laget.support.Accounts.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * One installation may hold several municipalities (the national data set holds 65): /statistics/internal counts
 * the signed-in user's municipality only, and every source's counts per municipality add up to the country's.
 */
@LagetTest
class InternalFiguresScopeTest {

    private static final Pattern TABLE = Pattern.compile("data-figure-table=\"([^\"]+)\"(.*?)</table>", Pattern.DOTALL);

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService accounts;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;
    @Autowired ObjectProvider<FigureSource> sources;

    @Test
    void staff_see_their_own_municipality_and_not_the_other_one() throws Exception {
        String before = table(page("oppvekst"), "children-served");

        // Another municipality in the same database: one school serving six children today, one staff member.
        long municipality = jdbc.sql("""
                insert into municipality (number, name) values ('9899', 'Testkommune to')
                on conflict (number) do update set name = excluded.name returning id""").query(Long.class).single();
        OffsetDateTime now = OffsetDateTime.now(clock.withZone(ZoneOffset.UTC));
        long school = jdbc.sql("""
                insert into unit (municipality_id, name, type, active, created_at, updated_at)
                values (?, ?, 'SCHOOL', true, ?, ?) returning id""")
                .params(municipality, unique("Annen skole"), now, now).query(Long.class).single();
        String staff = unique("annenkommune");
        long employee = jdbc.sql("""
                insert into employee (username, display_name, email, unit_id, password_hash, active, created_at,
                                      updated_at)
                values (?, 'Anne Annenkommune', 'anne@example.invalid', ?, 'not-for-login', true, ?, ?) returning id""")
                .params(staff, school, now, now).query(Long.class).single();
        jdbc.sql("insert into employee_role (employee_id, role) values (?, 'MUNICIPAL_STAFF')").param(employee).update();
        for (int i = 0; i < 6; i++) {
            long child = jdbc.sql("""
                    insert into child (given_name, family_name, birth_date, registered_by_unit_id, created_at, updated_at)
                    values ('Kari', ?, ?, ?, ?, ?) returning id""")
                    .params(unique("Annenkommune"), LocalDate.of(2016, 4, 12), school, now, now)
                    .query(Long.class).single();
            jdbc.sql("insert into child_unit (child_id, unit_id, from_date) values (?, ?, ?)")
                    .params(child, school, LocalDate.of(2022, 8, 15)).update();
        }

        String theirs = page(staff);
        String served = table(theirs, "children-served");
        assertThat(grandTotal(served)).as("children served in the other municipality").isEqualTo("6");
        assertThat(row(served, "Skole")).contains(">6<");
        assertThat(grandTotal(table(theirs, "consents-recorded"))).isEqualTo("0");
        assertThat(grandTotal(table(theirs, "casework-levels-unit-type"))).isEqualTo("0");
        // the first municipality's page did not gain the other one's six children
        assertThat(table(page("oppvekst"), "children-served")).isEqualTo(before);
    }

    @Test
    void every_source_s_counts_per_municipality_add_up_to_the_country_s() {
        FigurePeriod period = FigurePeriod.of(LocalDate.now(clock.withZone(Oslo.ZONE)).getYear(),
                LocalDate.now(clock.withZone(Oslo.ZONE)));
        List<Long> municipalities = jdbc.sql("select id from municipality order by id").query(Long.class).list();
        sources.orderedStream().forEach(source -> {
            List<FigureTable> country = source.tables(period, FigureScope.country());
            int[][][] sum = new int[country.size()][][];
            for (int t = 0; t < country.size(); t++) {
                sum[t] = new int[country.get(t).rowLabels().size()][country.get(t).columnLabels().size()];
            }
            for (long municipality : municipalities) {
                List<FigureTable> one = source.tables(period, FigureScope.municipality(municipality));
                for (int t = 0; t < one.size(); t++) {
                    for (int r = 0; r < sum[t].length; r++) {
                        for (int c = 0; c < sum[t][r].length; c++) {
                            sum[t][r][c] += one.get(t).counts()[r][c];
                        }
                    }
                }
            }
            for (int t = 0; t < country.size(); t++) {
                assertThat(sum[t]).as("%s, summed over %s municipalities", country.get(t).id(), municipalities.size())
                        .isDeepEqualTo(country.get(t).counts());
            }
        });
    }

    @Test
    void a_scope_names_only_an_sql_alias() {
        assertThat(FigureScope.municipality(7).unitIn("u")).isEqualTo("u.municipality_id = :municipality");
        assertThat(FigureScope.country().unitIn("u")).isEqualTo("true");
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> FigureScope.municipality(7).unitIn("u; drop table unit"));
    }

    private String page(String username) throws Exception {
        return mvc.perform(get("/statistics/internal").with(as(accounts, username)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private static String table(String page, String id) {
        Matcher tables = TABLE.matcher(page);
        while (tables.find()) {
            if (tables.group(1).equals(id)) {
                return tables.group(2);
            }
        }
        throw new AssertionError("no table " + id);
    }

    private static String row(String table, String label) {
        Matcher row = Pattern.compile("<th scope=\"row\">" + label + "</th>(.*?)</tr>", Pattern.DOTALL).matcher(table);
        assertThat(row.find()).as("row %s", label).isTrue();
        return row.group(1);
    }

    /** The last number cell of the table: the totals line's grand total. */
    private static String grandTotal(String table) {
        Matcher cells = Pattern.compile("<td class=\"number\">([^<]*)</td>").matcher(table);
        String last = null;
        while (cells.find()) {
            last = cells.group(1).trim();
        }
        return last;
    }
}
