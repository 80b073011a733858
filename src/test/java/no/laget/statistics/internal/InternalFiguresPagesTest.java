package no.laget.statistics.internal;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import no.laget.organisation.Organisation;
import no.laget.support.ChildFixtures;
import no.laget.support.LagetTest;
import no.laget.support.TestChildren;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static no.laget.support.Accounts.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@LagetTest
class InternalFiguresPagesTest {

    private static final Pattern CELL = Pattern.compile("<td class=\"number\">([^<]*)</td>");

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService accounts;
    @Autowired ChildFixtures fixtures;
    @Autowired Organisation organisation;

    @Test
    void consents_and_children_served_are_counted_and_no_count_below_the_threshold_is_shown() throws Exception {
        long school = organisation.units().stream().filter(u -> u.name().equals("Gimle skole")).findFirst().orElseThrow().id();
        // A handful of children with consents this quarter: some counts end up small on purpose.
        for (int i = 0; i < 3; i++) {
            long child = fixtures.childOf("helsesykepleier", TestChildren.familyName());
            fixtures.consent("helsesykepleier", child, school, LocalDate.now(), LocalDate.now().plusYears(1), "BASIC");
        }
        String name = TestChildren.familyName();
        fixtures.childOf("helsesykepleier", name);

        String page = mvc.perform(get("/statistics/internal").with(as(accounts, "oppvekst")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Samtykker registrert i")))
                .andExpect(content().string(containsString("Samtykker trukket tilbake i")))
                .andExpect(content().string(containsString("Barn i tjenestene")))
                .andExpect(content().string(containsString("Helsestasjon")))
                .andExpect(content().string(containsString("«0» betyr at det ikke er noen.")))
                .andExpect(content().string(containsString("det er mellom 1 og 4")))
                .andReturn().getResponse().getContentAsString();

        assertThat(page).doesNotContain(name);
        Matcher cells = CELL.matcher(page);
        int seen = 0;
        while (cells.find()) {
            String value = cells.group(1).trim();
            seen++;
            if (!value.equals(":") && !value.equals("0")) {
                assertThat(Integer.parseInt(value)).as("a shown count").isGreaterThanOrEqualTo(5);
            }
        }
        assertThat(seen).isPositive();
    }

    @Test
    void a_year_without_consents_shows_every_unit_type_and_quarter_as_zero() throws Exception {
        String page = mvc.perform(get("/statistics/internal").param("ar", "2020").with(as(accounts, "oppvekst")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        // every unit type is a row of the consents table, with data or not
        Matcher table = Pattern.compile("data-figure-table=\"consents-recorded\"(.*?)</table>", Pattern.DOTALL).matcher(page);
        assertThat(table.find()).isTrue();
        for (String type : java.util.List.of("Helsestasjon", "Barnehage", "Skole", "PPT", "NAV")) {
            assertThat(table.group(1)).contains("<th scope=\"row\">" + type + "</th>");
        }
        Matcher cells = CELL.matcher(table.group(1));
        int seen = 0;
        while (cells.find()) {
            assertThat(cells.group(1).trim()).isEqualTo("0");
            seen++;
        }
        assertThat(seen).as("10 unit types x (4 quarters + total) + the totals line").isEqualTo(55);
        assertThat(page).doesNotContain("Ingen tall for dette året.");
    }

    @Test
    void a_year_outside_the_list_is_a_message_at_the_field() throws Exception {
        mvc.perform(get("/statistics/internal").param("ar", "1999").with(as(accounts, "oppvekst")))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("id=\"ar-error\"")));
        mvc.perform(get("/statistics/internal").param("ar", "i fjor").with(as(accounts, "oppvekst")))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Velg et år i listen.")));
    }

    @Test
    void only_municipal_staff_see_internal_figures() throws Exception {
        mvc.perform(get("/statistics/internal").with(as(accounts, "helsesykepleier"))).andExpect(status().isForbidden());
        mvc.perform(get("/statistics/internal").with(as(accounts, "leder"))).andExpect(status().isForbidden());
    }
}
