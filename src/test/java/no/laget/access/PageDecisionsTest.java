package no.laget.access;

import java.util.List;
import java.util.Map;

import no.laget.access.internal.AccessLogCheck;
import no.laget.casework.Cases;
import no.laget.child.Children;
import no.laget.support.ChildFixtures;
import no.laget.support.LagetTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static no.laget.support.Accounts.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A page's door questions in one statement and its log entries in one append (AccessDoor.forPage) log exactly what the
 * same calls log one by one: the same rows in the same order, allowed and refused, with the same reasons.
 */
@LagetTest
class PageDecisionsTest {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired UserDetailsService accounts;
    @Autowired ChildFixtures fixtures;
    @Autowired Children children;
    @Autowired Cases cases;
    @Autowired AccessLogCheck check;

    private long liam() {
        return jdbc.sql("select id from child where given_name = 'Liam' and family_name = 'Fantasisen'")
                .query(Long.class).single();
    }

    private long liamsCase() {
        return jdbc.sql("select id from relay_case where child_id = ?").param(liam()).query(Long.class).single();
    }

    @Test
    void the_child_page_logs_what_its_calls_log_one_by_one_refused_categories_with_their_reasons() throws Exception {
        long child = liam();
        long before = lastId();
        mvc.perform(get("/children/{id}", child).with(as(accounts, "ansatt"))).andExpect(status().isOk());
        List<Map<String, Object>> page = rowsAfter(before);

        long between = lastId();
        children.overview(fixtures.user("ansatt"), child);
        List<Map<String, Object>> oneByOne = rowsAfter(between);

        assertThat(page).hasSize(InformationCategory.values().length).isEqualTo(oneByOne);
        assertThat(page).extracting(row -> row.get("outcome")).contains("ALLOWED", "DENIED");
        assertThat(page).filteredOn(row -> "DENIED".equals(row.get("outcome")))
                .allSatisfy(row -> assertThat(row.get("reason_code")).isNotNull());
        assertThat(clients(before)).containsOnly("PAGE");
        assertThat(check.run().intact()).isTrue();
    }

    @Test
    void the_case_page_logs_what_its_calls_log_one_by_one_in_the_same_order() throws Exception {
        long child = liam();
        long relayCase = liamsCase();
        long before = lastId();
        mvc.perform(get("/cases/{id}", relayCase).with(as(accounts, "ansatt"))).andExpect(status().isOk());
        List<Map<String, Object>> page = rowsAfter(before);

        long between = lastId();
        var ansatt = fixtures.user("ansatt");
        cases.get(ansatt, relayCase);
        children.get(ansatt, child); // the child's name
        children.get(ansatt, child); // the child's age
        cases.notes(ansatt, relayCase);
        List<Map<String, Object>> oneByOne = rowsAfter(between);

        assertThat(page).isEqualTo(oneByOne);
        assertThat(page).extracting(row -> row.get("category") + " " + row.get("object_type") + " " + row.get("outcome"))
                .containsExactly("RELAY_LOG relay_case ALLOWED", "BASIC child ALLOWED", "BASIC child ALLOWED",
                        "RELAY_LOG relay_case ALLOWED");
        assertThat(check.run().intact()).isTrue();
    }

    @Test
    void a_refused_case_page_logs_the_refusal_with_the_reason_and_nothing_more() throws Exception {
        long relayCase = liamsCase();
        long before = lastId();
        mvc.perform(get("/cases/{id}", relayCase).with(as(accounts, "ppt"))).andExpect(status().isForbidden());
        List<Map<String, Object>> page = rowsAfter(before);

        long between = lastId();
        assertThatThrownBy(() -> cases.get(fixtures.user("ppt"), relayCase)).isInstanceOf(AccessRefusedException.class);
        List<Map<String, Object>> oneByOne = rowsAfter(between);

        assertThat(page).hasSize(1).isEqualTo(oneByOne);
        assertThat(page.getFirst()).containsEntry("outcome", "DENIED").containsEntry("category", "RELAY_LOG");
        assertThat(page.getFirst().get("reason_code")).isNotNull();
        assertThat(check.run().intact()).isTrue();
    }

    @Test
    void a_child_page_refused_to_a_stranger_logs_every_category_refused() throws Exception {
        long child = liam();
        long before = lastId();
        mvc.perform(get("/children/{id}", child).with(as(accounts, "ppt"))).andExpect(status().isForbidden());
        List<Map<String, Object>> page = rowsAfter(before);

        long between = lastId();
        assertThatThrownBy(() -> children.overview(fixtures.user("ppt"), child))
                .isInstanceOf(AccessRefusedException.class);

        assertThat(page).hasSize(InformationCategory.values().length).isEqualTo(rowsAfter(between))
                .allSatisfy(row -> assertThat(row).containsEntry("outcome", "DENIED"));
    }

    private long lastId() {
        return jdbc.sql("select coalesce(max(id), 0) from access_log").query(Long.class).single();
    }

    /** The rows after an id, without what differs by nature (id, time, chain, hash, client). */
    private List<Map<String, Object>> rowsAfter(long id) {
        return jdbc.sql("""
                select employee_id, username, roles, unit_id, child_id, category, object_type, object_id, action, outcome,
                       basis, consent_id, emergency_id, reason_code
                  from access_log where id > ? order by id""").param(id).query().listOfRows();
    }

    private List<String> clients(long after) {
        return jdbc.sql("select client from access_log where id > ?").param(after).query(String.class).list();
    }
}
