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
                .andReturn().getResponse().getContentAsString();

        assertThat(page).doesNotContain(name);
        Matcher cells = CELL.matcher(page);
        int seen = 0;
        while (cells.find()) {
            String value = cells.group(1).trim();
            seen++;
            if (!value.equals(":")) {
                assertThat(Integer.parseInt(value)).as("a shown count").isGreaterThanOrEqualTo(5);
            }
        }
        assertThat(seen).isPositive();
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
