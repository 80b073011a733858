package no.laget.organisation.internal;

import no.laget.support.LagetTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static no.laget.support.Accounts.as;
import static no.laget.support.Accounts.login;
import static no.laget.support.Accounts.unique;
import static no.laget.support.PageContent.bodyContains;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@LagetTest
class EmployeePagesTest {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService accounts;
    @Autowired UnitRepository units;
    @Autowired EmployeeRepository employees;

    private long gimle() {
        return units.findAll().stream().filter(u -> u.name().equals("Gimle skole")).findFirst().orElseThrow().id();
    }

    private MockHttpServletRequestBuilder newEmployee(String username, String email, String unitId, String password,
            String... roles) {
        return post("/admin/employees").with(as(accounts, "admin")).with(csrf())
                .param("displayName", "Siri Syntetisk").param("username", username).param("email", email)
                .param("unitId", unitId).param("roles", roles).param("password", password);
    }

    @Test
    void an_administrator_creates_an_employee_who_can_then_log_in() throws Exception {
        String username = unique("siri");

        mvc.perform(newEmployee(username, "siri@halden.kommune.no", String.valueOf(gimle()), "et-langt-passord", "EMPLOYEE"))
                .andExpect(redirectedUrl("/admin/employees"));

        mvc.perform(login(username, "et-langt-passord", "10.5.0.1")).andExpect(authenticated().withUsername(username));
        mvc.perform(get("/admin/employees").with(as(accounts, "admin")))
                .andExpect(bodyContains(username, "Gimle skole"));
    }

    @Test
    void a_malformed_email_a_short_password_and_no_role_each_get_their_own_message_and_typing_is_kept() throws Exception {
        mvc.perform(newEmployee(unique("ola"), "ola.halden.no", String.valueOf(gimle()), "kort"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("<title>Feil: Ny ansatt – Laget</title>"),
                        containsString("id=\"email-error\">Skriv inn e-postadressen på formen navn@kommune.no</p>"),
                        containsString("aria-invalid=\"true\" aria-describedby=\"email-error\""),
                        containsString("id=\"password-error\">Startpassordet må ha minst 12 tegn</p>"),
                        containsString("Velg minst én rolle"),
                        containsString("value=\"ola.halden.no\""),
                        containsString("value=\"Siri Syntetisk\""),
                        not(containsString("value=\"kort\"")))));
    }

    @Test
    void a_username_already_in_use_is_refused_whatever_its_case() throws Exception {
        mvc.perform(newEmployee("ADMIN", "a@halden.kommune.no", String.valueOf(gimle()), "et-langt-passord", "EMPLOYEE"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Brukernavnet er allerede i bruk. Velg et annet brukernavn")));
    }

    @Test
    void a_username_with_spaces_an_unknown_unit_and_an_unknown_role_are_refused() throws Exception {
        mvc.perform(newEmployee("ola nordmann", "o@halden.kommune.no", "999999", "et-langt-passord", "KING"))
                .andExpect(status().isOk())
                .andExpect(bodyContains(
                        "Brukernavnet kan bare ha bokstavene a–z",
                        "id=\"unitId-error\">Velg en tjeneste fra listen",
                        "Velg roller fra listen"));
        mvc.perform(newEmployee(unique("x"), "o@halden.kommune.no", "not-a-number", "et-langt-passord", "EMPLOYEE"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"unitId-error\">Velg en tjeneste fra listen")));
    }

    @Test
    void over_long_fields_are_refused() throws Exception {
        mvc.perform(post("/admin/employees").with(as(accounts, "admin")).with(csrf())
                        .param("displayName", "N".repeat(121)).param("username", "u".repeat(61))
                        .param("email", "e".repeat(250) + "@x.no").param("unitId", String.valueOf(gimle()))
                        .param("roles", "EMPLOYEE").param("password", "p".repeat(129)))
                .andExpect(status().isOk())
                .andExpect(bodyContains(
                        "Navnet kan ha høyst 120 tegn",
                        "Brukernavnet kan ha høyst 60 tegn",
                        "E-postadressen kan ha høyst 254 tegn",
                        "Startpassordet kan ha høyst 128 tegn"));
    }

    @Test
    void a_deactivated_employee_is_logged_out_and_cannot_log_in_again_but_is_kept() throws Exception {
        String username = unique("per");
        mvc.perform(newEmployee(username, "per@halden.kommune.no", String.valueOf(gimle()), "et-langt-passord", "EMPLOYEE"));
        var session = mvc.perform(login(username, "et-langt-passord", "10.5.0.2")).andReturn().getResponse().getCookie("SESSION");
        mvc.perform(get("/mine-frister").cookie(session)).andExpect(status().isOk());
        long id = employees.findAll().stream().filter(e -> e.username().equals(username)).findFirst().orElseThrow().id();

        mvc.perform(post("/admin/employees/" + id + "/deactivate").with(as(accounts, "admin")).with(csrf()))
                .andExpect(redirectedUrl("/admin/employees"));

        mvc.perform(get("/mine-frister").cookie(session)).andExpect(redirectedUrl("/login"));
        mvc.perform(login(username, "et-langt-passord", "10.5.0.3")).andExpect(redirectedUrl("/login?feil"));
        assertThat(employees.findById(id)).hasValueSatisfying(e -> assertThat(e.active()).isFalse());
    }

    @Test
    void changing_an_employee_keeps_the_username_and_updates_roles() throws Exception {
        String username = unique("kim");
        mvc.perform(newEmployee(username, "kim@halden.kommune.no", String.valueOf(gimle()), "et-langt-passord", "EMPLOYEE"));
        long id = employees.findAll().stream().filter(e -> e.username().equals(username)).findFirst().orElseThrow().id();

        mvc.perform(post("/admin/employees/" + id).with(as(accounts, "admin")).with(csrf())
                        .param("displayName", "Kim Endret").param("username", "hijack").param("email", "kim@halden.kommune.no")
                        .param("unitId", String.valueOf(gimle())).param("roles", "EMPLOYEE", "UNIT_LEADER"))
                .andExpect(redirectedUrl("/admin/employees"));

        var changed = employees.findById(id).orElseThrow();
        assertThat(changed.username()).isEqualTo(username);
        assertThat(changed.displayName()).isEqualTo("Kim Endret");
        assertThat(changed.roles()).extracting(Enum::name).containsExactlyInAnyOrder("EMPLOYEE", "UNIT_LEADER");
    }

    @Test
    void an_administrator_links_an_employee_to_the_identity_provider_without_giving_a_password() throws Exception {
        String username = unique("ida");
        String identity = "5f0c6a3e-" + unique("oid");

        mvc.perform(newEmployee(username, "ida@halden.kommune.no", String.valueOf(gimle()), "", "EMPLOYEE")
                        .param("externalIdentity", "  " + identity + " "))
                .andExpect(redirectedUrl("/admin/employees"));

        var employee = employees.findAll().stream().filter(e -> e.username().equals(username)).findFirst().orElseThrow();
        assertThat(employee.externalIdentity()).isEqualTo(identity);
        mvc.perform(get("/admin/employees/" + employee.id()).with(as(accounts, "admin")))
                .andExpect(bodyContains("Identitet i kommunens innlogging (valgfritt)",
                        "value=\"" + identity + "\""));
        // no password of Laget's own: the form does not let this employee in
        mvc.perform(login(username, "", "10.5.0.9")).andExpect(redirectedUrl("/login?feil"));
    }

    @Test
    void without_an_identity_the_starting_password_is_still_required() throws Exception {
        mvc.perform(newEmployee(unique("uten"), "u@halden.kommune.no", String.valueOf(gimle()), "", "EMPLOYEE"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        "id=\"password-error\">Skriv inn et startpassord, eller identiteten i kommunens innlogging</p>")));
    }

    @Test
    void an_identity_linked_to_someone_else_with_spaces_or_too_long_is_refused_and_typing_is_kept() throws Exception {
        String identity = unique("delt");
        mvc.perform(newEmployee(unique("en"), "en@halden.kommune.no", String.valueOf(gimle()), "", "EMPLOYEE")
                .param("externalIdentity", identity)).andExpect(redirectedUrl("/admin/employees"));

        mvc.perform(newEmployee(unique("to"), "to@halden.kommune.no", String.valueOf(gimle()), "", "EMPLOYEE")
                        .param("externalIdentity", identity))
                .andExpect(status().isOk())
                .andExpect(bodyContains(
                        "id=\"externalIdentity-error\">Identiteten er allerede koblet til en annen ansatt",
                        "value=\"" + identity + "\"",
                        "aria-invalid=\"true\" aria-describedby=\"externalIdentity-hint externalIdentity-error\""));
        mvc.perform(newEmployee(unique("tre"), "tre@halden.kommune.no", String.valueOf(gimle()), "", "EMPLOYEE")
                        .param("externalIdentity", "ola nordmann"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Identiteten kan bare ha bokstavene a–z")));
        mvc.perform(newEmployee(unique("fire"), "fire@halden.kommune.no", String.valueOf(gimle()), "", "EMPLOYEE")
                        .param("externalIdentity", "x".repeat(201)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Identiteten kan ha høyst 200 tegn")));
    }

    @Test
    void changing_or_removing_the_identity_ends_the_employees_sessions() throws Exception {
        String username = unique("lin");
        mvc.perform(newEmployee(username, "lin@halden.kommune.no", String.valueOf(gimle()), "et-langt-passord", "EMPLOYEE")
                .param("externalIdentity", unique("gammel")));
        long id = employees.findAll().stream().filter(e -> e.username().equals(username)).findFirst().orElseThrow().id();
        var session = mvc.perform(login(username, "et-langt-passord", "10.5.0.10")).andReturn().getResponse().getCookie("SESSION");
        mvc.perform(get("/mine-frister").cookie(session)).andExpect(status().isOk());

        mvc.perform(post("/admin/employees/" + id).with(as(accounts, "admin")).with(csrf())
                        .param("displayName", "Lin Lenket").param("email", "lin@halden.kommune.no")
                        .param("unitId", String.valueOf(gimle())).param("roles", "EMPLOYEE").param("externalIdentity", ""))
                .andExpect(redirectedUrl("/admin/employees"));

        assertThat(employees.findById(id).orElseThrow().externalIdentity()).isNull();
        mvc.perform(get("/mine-frister").cookie(session)).andExpect(redirectedUrl("/login"));
    }
}
