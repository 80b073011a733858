package no.laget.access;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import no.laget.platform.time.Oslo;
import no.laget.support.ChildFixtures;
import no.laget.support.LagetTest;
import no.laget.support.MovableClock;
import no.laget.support.TestChildren;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

import static no.laget.support.Accounts.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * That a child is known to the health station, PPT or child welfare is itself confidential, so the access log is read
 * in shares: an employee their own entries, a unit leader their unit's, the data controller's auditor all of them
 * (and that reading is logged), nobody else anything. Refusals of the log are logged like any other.
 */
@LagetTest
class AccessLogReadersTest {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired ChildFixtures fixtures;
    @Autowired UserDetailsService accounts;
    @Autowired MovableClock clock;

    long child;
    String familyName;

    @BeforeEach
    void arrange() throws Exception {
        clock.reset();
        LocalDate today = LocalDate.now(clock.withZone(Oslo.ZONE));
        familyName = TestChildren.familyName();
        child = fixtures.childOf("ansatt", familyName);
        fixtures.consent("ansatt", child, fixtures.user("helsesykepleier").unitId(), today, today.plusYears(1), "BASIC");
        for (String reader : List.of("helsesykepleier", "ansatt", "leder")) {
            mvc.perform(get("/api/v1/children/" + child).with(as(accounts, reader))).andExpect(status().isOk());
        }
    }

    @Test
    void an_employee_reads_only_their_own_entries() throws Exception {
        List<Map<String, Object>> entries = log("ansatt");
        assertThat(entries).isNotEmpty()
                .allSatisfy(e -> assertThat(((Number) e.get("employeeId")).longValue()).isEqualTo(id("ansatt")));
        assertThat(log("helsesykepleier")).isNotEmpty()
                .allSatisfy(e -> assertThat(((Number) e.get("employeeId")).longValue()).isEqualTo(id("helsesykepleier")));
    }

    @Test
    void a_unit_leader_reads_the_units_entries_and_never_another_services() throws Exception {
        List<Map<String, Object>> entries = log("leder");
        long kindergarten = fixtures.user("leder").unitId();
        assertThat(entries).allSatisfy(e -> assertThat(((Number) e.get("unitId")).longValue()).isEqualTo(kindergarten));
        assertThat(entries).extracting(e -> ((Number) e.get("employeeId")).longValue())
                .contains(id("ansatt"), id("leder")).doesNotContain(id("helsesykepleier"));
    }

    @Test
    void the_auditor_reads_every_entry_without_the_childs_data_and_the_reading_is_logged() throws Exception {
        List<Map<String, Object>> entries = log("revisor");
        assertThat(entries).extracting(e -> ((Number) e.get("employeeId")).longValue())
                .contains(id("ansatt"), id("leder"), id("helsesykepleier"));
        assertThat(jdbc.sql("""
                select basis from access_log where employee_id = ? and child_id = ? and object_type = 'access_log'
                 order by id desc limit 1""").params(id("revisor"), child).query(String.class).single())
                .isEqualTo("AUDIT");

        String page = mvc.perform(get("/tilgangslogg").param("barn", String.valueOf(child)).with(as(accounts, "revisor")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Tilgangsloggen for barn nummer " + child, "Hanne Prøvesen").doesNotContain(familyName);
        mvc.perform(get("/api/v1/children/" + child).with(as(accounts, "revisor"))).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.reason").value("ROLE_SEES_NO_CHILD_DATA"));
        mvc.perform(get("/children/" + child + "/access-log").with(as(accounts, "revisor")))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void the_audit_page_refuses_a_number_that_is_not_one_next_to_the_field_and_keeps_what_was_typed() throws Exception {
        String page = mvc.perform(get("/tilgangslogg").param("barn", "tolv<b>").with(as(accounts, "revisor")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"barn-error\"", "Skriv barnets nummer i Laget med bare sifre", "value=\"tolv&lt;b&gt;\"");
    }

    @Test
    void nobody_else_reads_the_log_and_each_refusal_is_logged() throws Exception {
        for (String username : List.of("admin", "nav", "oppvekst")) {
            long before = refusals(username);
            mvc.perform(get("/api/v1/children/" + child + "/access-log").with(as(accounts, username)))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/children/" + child + "/access-log").with(as(accounts, username)))
                    .andExpect(status().isForbidden());
            assertThat(refusals(username)).as(username).isEqualTo(before + 2);
        }
        mvc.perform(get("/tilgangslogg").param("barn", String.valueOf(child)).with(as(accounts, "leder")))
                .andExpect(status().isForbidden());
    }

    private List<Map<String, Object>> log(String username) throws Exception {
        String json = mvc.perform(get("/api/v1/children/" + child + "/access-log").with(as(accounts, username)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(json, "$[*]");
    }

    private long id(String username) {
        return fixtures.user(username).employeeId();
    }

    private long refusals(String username) {
        return jdbc.sql("""
                select count(*) from access_log
                 where employee_id = ? and child_id = ? and object_type = 'access_log' and outcome = 'DENIED'""")
                .params(id(username), child).query(Long.class).single();
    }
}
