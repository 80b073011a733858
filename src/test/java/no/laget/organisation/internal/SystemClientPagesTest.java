package no.laget.organisation.internal;

import no.laget.support.LagetTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static no.laget.support.Accounts.as;
import static no.laget.support.Accounts.unique;
import static no.laget.support.PageContent.bodyContains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The administrator's page for the other systems on the API (the tokens themselves: SystemClientTokensTest). */
@LagetTest
class SystemClientPagesTest {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService accounts;
    @Autowired UnitRepository units;
    @Autowired SystemClientRepository systems;
    @Autowired no.laget.platform.security.LinkedEmployees linked;
    @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void a_system_account_is_never_signed_in_to_by_a_person_even_when_linked() throws Exception {
        String clientId = unique("arkiv");
        mvc.perform(register(unique("Arkiv"), clientId, String.valueOf(gimle()), new String[] {"EMPLOYEE"}, "children.read"))
                .andExpect(redirectedUrl("/admin/system-clients"));
        String identity = unique("oid-");
        jdbc.sql("update employee set external_identity = ? where username = ?").params(identity, "system:" + clientId)
                .update();

        org.assertj.core.api.Assertions.assertThat(linked.byExternalIdentity(identity)).isEmpty();
    }

    private long gimle() {
        return units.findAll().stream().filter(u -> u.name().equals("Gimle skole")).findFirst().orElseThrow().id();
    }

    private MockHttpServletRequestBuilder register(String name, String clientId, String unitId, String[] roles,
            String... scopes) {
        return post("/admin/system-clients").with(as(accounts, "admin")).with(csrf())
                .param("name", name).param("clientId", clientId).param("unitId", unitId).param("roles", roles)
                .param("scopes", scopes);
    }

    @Test
    void an_administrator_registers_a_system_and_finds_it_in_the_list_and_not_among_employees() throws Exception {
        String name = unique("Skoleadmin");
        String clientId = unique("skoleadmin");

        mvc.perform(register(name, clientId, String.valueOf(gimle()), new String[] {"EMPLOYEE"}, "children.read"))
                .andExpect(redirectedUrl("/admin/system-clients"))
                .andExpect(flash().attribute("saved", name));

        mvc.perform(get("/admin/system-clients").with(as(accounts, "admin")))
                .andExpect(status().isOk())
                .andExpect(bodyContains(name, clientId,
                        "Gimle skole", "children.read"));
        mvc.perform(get("/admin/employees").with(as(accounts, "admin")))
                .andExpect(content().string(not(containsString("system:" + clientId))));
    }

    @Test
    void every_field_gets_its_own_message_and_what_was_typed_is_kept() throws Exception {
        mvc.perform(register("", "med mellomrom", "", new String[] {"ADMINISTRATOR"}))
                .andExpect(status().isOk())
                .andExpect(bodyContains(
                        "<title>Feil: Registrer system – Laget</title>",
                        "id=\"name-error\">Skriv inn navnet på systemet</p>",
                        "Klient-ID-en kan bare ha bokstavene",
                        "Velg hvilken tjeneste systemet arbeider for",
                        "Velg roller fra listen",
                        "Velg minst én tilgang",
                        "value=\"med mellomrom\""));
    }

    @Test
    void a_deactivated_system_shows_as_inactive_and_can_be_reactivated() throws Exception {
        String name = unique("Arkiv");
        mvc.perform(register(name, unique("arkiv"), String.valueOf(gimle()), new String[] {"EMPLOYEE"}, "units.read"))
                .andExpect(redirectedUrl("/admin/system-clients"));
        long id = systems.findAll().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow().id();

        mvc.perform(post("/admin/system-clients/" + id + "/deactivate").with(as(accounts, "admin")).with(csrf()))
                .andExpect(redirectedUrl("/admin/system-clients"))
                .andExpect(flash().attribute("deactivated", name));
        org.assertj.core.api.Assertions.assertThat(systems.findById(id).orElseThrow().view().active()).isFalse();

        mvc.perform(post("/admin/system-clients/" + id + "/reactivate").with(as(accounts, "admin")).with(csrf()))
                .andExpect(flash().attribute("reactivated", name));
        org.assertj.core.api.Assertions.assertThat(systems.findById(id).orElseThrow().view().active()).isTrue();
    }

    @Test
    void only_administrators_reach_the_page() throws Exception {
        mvc.perform(get("/admin/system-clients").with(as(accounts, "leder"))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/system-clients/new").with(as(accounts, "admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("children.read: søke i og lese barn")));
    }
}
