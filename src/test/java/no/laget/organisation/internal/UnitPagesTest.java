package no.laget.organisation.internal;

import no.laget.support.LagetTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static no.laget.support.Accounts.as;
import static no.laget.support.Accounts.unique;
import static no.laget.support.PageContent.bodyContains;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@LagetTest
class UnitPagesTest {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService accounts;
    @Autowired UnitRepository units;

    @Test
    void an_administrator_creates_a_unit_and_finds_it_in_the_list() throws Exception {
        String name = unique("Tistedalen skole");

        mvc.perform(post("/admin/units").with(as(accounts, "admin")).with(csrf())
                        .param("name", name).param("type", "SCHOOL"))
                .andExpect(redirectedUrl("/admin/units"))
                .andExpect(flash().attribute("saved", name));

        mvc.perform(get("/admin/units").with(as(accounts, "admin")))
                .andExpect(bodyContains(name, "Skole"));
    }

    @Test
    void an_empty_form_shows_each_error_next_to_its_field_and_in_the_summary() throws Exception {
        mvc.perform(post("/admin/units").with(as(accounts, "admin")).with(csrf()).param("name", "").param("type", ""))
                .andExpect(status().isOk())
                .andExpect(bodyContains(
                        "<title>Feil: Ny tjeneste – Laget</title>",
                        "For å gå videre må du rette opp følgende feil:",
                        "href=\"#name\">Skriv inn navnet på tjenesten</a>",
                        "id=\"name-error\">Skriv inn navnet på tjenesten</p>",
                        "aria-invalid=\"true\" aria-describedby=\"name-error\"",
                        "id=\"type-error\">Velg hva slags tjeneste dette er</p>"));
    }

    @Test
    void an_unknown_unit_type_gets_its_own_message() throws Exception {
        mvc.perform(post("/admin/units").with(as(accounts, "admin")).with(csrf())
                        .param("name", unique("Romstasjon")).param("type", "SPACESHIP"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Velg en type tjeneste fra listen")));
    }

    @Test
    void an_over_long_name_is_refused_and_what_was_typed_is_kept() throws Exception {
        String tooLong = "Ø".repeat(121);

        mvc.perform(post("/admin/units").with(as(accounts, "admin")).with(csrf())
                        .param("name", tooLong).param("type", "KINDERGARTEN"))
                .andExpect(status().isOk())
                .andExpect(bodyContains(
                        "Navnet på tjenesten kan ha høyst 120 tegn",
                        "value=\"" + tooLong + "\"",
                        "<option value=\"KINDERGARTEN\" selected=\"selected\">Barnehage</option>"));
    }

    @Test
    void a_duplicate_name_is_refused_whatever_its_case() throws Exception {
        mvc.perform(post("/admin/units").with(as(accounts, "admin")).with(csrf())
                        .param("name", "GIMLE SKOLE").param("type", "SCHOOL"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Det finnes allerede en tjeneste med dette navnet")));
    }

    @Test
    void an_administrator_changes_a_unit_and_can_take_it_out_of_use() throws Exception {
        String name = unique("Idd skole");
        mvc.perform(post("/admin/units").with(as(accounts, "admin")).with(csrf()).param("name", name).param("type", "SCHOOL"));
        long id = units.findAll().stream().filter(u -> u.name().equals(name)).findFirst().orElseThrow().id();

        mvc.perform(post("/admin/units/" + id).with(as(accounts, "admin")).with(csrf())
                        .param("name", name + " SFO").param("type", "AFTER_SCHOOL").param("_active", "on"))
                .andExpect(redirectedUrl("/admin/units"));

        var changed = units.findById(id).orElseThrow();
        org.assertj.core.api.Assertions.assertThat(changed.name()).isEqualTo(name + " SFO");
        org.assertj.core.api.Assertions.assertThat(changed.type().name()).isEqualTo("AFTER_SCHOOL");
        org.assertj.core.api.Assertions.assertThat(changed.active()).isFalse();
    }

    @Test
    void a_post_without_the_csrf_token_is_refused() throws Exception {
        mvc.perform(post("/admin/units").with(as(accounts, "admin")).param("name", unique("Uten token")).param("type", "SCHOOL"))
                .andExpect(status().isForbidden());
    }

    @Test
    void only_administrators_manage_units() throws Exception {
        mvc.perform(post("/admin/units").with(as(accounts, "oppvekst")).with(csrf())
                        .param("name", unique("Snik")).param("type", "SCHOOL"))
                .andExpect(status().isForbidden());
    }
}
