package no.laget.access;


import java.util.List;

import no.laget.access.internal.AccessLogCheck;
import no.laget.platform.security.SignedInUser;
import no.laget.support.ChildFixtures;
import no.laget.support.LagetTest;
import no.laget.support.TestChildren;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@LagetTest
class AccessLogTest {

    @Autowired AccessDoor door;
    @Autowired AccessLogCheck check;
    @Autowired JdbcClient jdbc;
    @Autowired ChildFixtures fixtures;
    @Autowired MockMvc mvc;

    @Test
    void every_decision_allowed_or_refused_is_logged_with_who_what_and_why() {
        long child = fixtures.childOf("helsesykepleier", TestChildren.familyName());
        SignedInUser teacher = fixtures.user("laerer");

        door.decide(teacher, child, InformationCategory.HEALTH, Action.READ, AccessedObject.of("journal", 42L));

        var row = jdbc.sql("""
                select username, roles, unit_id, category, object_type, object_id, action, client, outcome, basis, reason_code
                  from access_log where child_id = ? and username = 'laerer' order by id desc limit 1""")
                .param(child).query().singleRow();
        assertThat(row).containsEntry("roles", "EMPLOYEE").containsEntry("category", "HEALTH")
                .containsEntry("object_type", "journal").containsEntry("object_id", 42L).containsEntry("action", "READ")
                .containsEntry("outcome", "DENIED")
                .containsEntry("reason_code", "NO_CONSENT").containsEntry("unit_id", teacher.unitId());
    }

    @Test
    void an_emergency_access_is_flagged_with_its_reason_and_ends_after_its_time() {
        long child = fixtures.childOf("helsesykepleier", TestChildren.familyName());
        SignedInUser teacher = fixtures.user("laerer");

        assertThatThrownBy(() -> fixturesEmergency(teacher, child, "Akutt"))
                .isInstanceOf(no.laget.platform.validation.InvalidInputException.class);
        long emergency = fixturesEmergency(teacher, child, "Barnet er skadet og foreldrene kan ikke nås nå");

        Decision decision = door.decide(teacher, child, InformationCategory.HEALTH, Action.READ, AccessedObject.of("test"));

        assertThat(decision.basis()).isEqualTo(Basis.EMERGENCY);
        assertThat(decision.emergencyId()).isEqualTo(emergency);
        assertThat(jdbc.sql("select emergency_reason from access_log where emergency_id = ? order by id desc limit 1")
                .param(emergency).query(String.class).single()).isEqualTo("Barnet er skadet og foreldrene kan ikke nås nå");
        assertThat(door.decide(teacher, child, InformationCategory.HEALTH, Action.WRITE, AccessedObject.of("test")).allowed())
                .as("emergency access reads, it does not write").isFalse();
    }

    @Autowired EmergencyAccess emergencyAccess;

    private long fixturesEmergency(SignedInUser user, long child, String reason) {
        return emergencyAccess.open(user, child, reason);
    }

    @Test
    void the_database_refuses_to_change_or_delete_the_log() {
        long child = fixtures.childOf("helsesykepleier", TestChildren.familyName());
        long id = jdbc.sql("select max(id) from access_log where child_id = ?").param(child).query(Long.class).single();

        assertThatThrownBy(() -> jdbc.sql("update access_log set username = 'x' where id = ?").param(id).update())
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from access_log where id = ?").param(id).update())
                .hasMessageContaining("append-only");
    }

    @Test
    void tampering_by_the_database_owner_is_found_at_the_first_broken_link() throws Exception {
        long child = fixtures.childOf("helsesykepleier", TestChildren.familyName());
        long id = jdbc.sql("select max(id) from access_log where child_id = ?").param(child).query(Long.class).single();
        assertThat(check.run().intact()).isTrue();
        String original = jdbc.sql("select username from access_log where id = ?").param(id).query(String.class).single();
        try {
            tamper(id, "someone-else");

            assertThat(check.run().firstBrokenEntry()).contains(id);
            mvc.perform(get("/api/v1/access-log/check").with(httpBasic("admin", "demo")))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.intact").value(false))
                    .andExpect(jsonPath("$.firstBrokenEntry").value(id));
        } finally {
            tamper(id, original);
        }
        assertThat(check.run().intact()).isTrue();
    }

    @Test
    void only_administrators_run_the_check() throws Exception {
        mvc.perform(get("/api/v1/access-log/check").with(httpBasic("leder", "demo"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/access-log/check").with(httpBasic("admin", "demo")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.entriesChecked").isNumber());
    }

    @Autowired javax.sql.DataSource dataSource;

    private static int chainOf(SignedInUser employee) {
        return Math.floorMod(employee.employeeId(), 64);
    }

    /** Two employees in different chains: while one chain's head is held, the other employee's reads are still logged. */
    @Test
    void appends_by_employees_in_other_chains_do_not_wait_for_a_held_chain() throws Exception {
        long child = fixtures.childOf("helsesykepleier", TestChildren.familyName());
        SignedInUser nurse = fixtures.user("helsesykepleier");
        SignedInUser leader = fixtures.user("leder");
        assertThat(chainOf(leader)).isNotEqualTo(chainOf(nurse));
        var threads = java.util.concurrent.Executors.newFixedThreadPool(2);
        try (java.sql.Connection holder = dataSource.getConnection()) {
            holder.setAutoCommit(false);
            try (var lock = holder.prepareStatement("select last_hash from access_log_chain where chain = ? for update")) {
                lock.setInt(1, chainOf(nurse));
                lock.executeQuery().close();
            }
            var otherRead = threads.submit(() -> door.decide(leader, child, InformationCategory.HEALTH, Action.READ,
                    AccessedObject.of("test")));
            var heldRead = threads.submit(() -> door.decide(nurse, child, InformationCategory.HEALTH, Action.READ,
                    AccessedObject.of("test")));
            assertThat(otherRead.get(20, java.util.concurrent.TimeUnit.SECONDS).allowed()).isFalse();
            assertThatThrownBy(() -> heldRead.get(1, java.util.concurrent.TimeUnit.SECONDS))
                    .as("the held chain waits").isInstanceOf(java.util.concurrent.TimeoutException.class);
            holder.rollback();
            assertThat(heldRead.get(20, java.util.concurrent.TimeUnit.SECONDS).allowed()).isTrue();
        } finally {
            threads.shutdownNow();
        }
        assertThat(jdbc.sql("select chain from access_log where child_id = ? and username = 'helsesykepleier' order by id desc limit 1")
                .param(child).query(Integer.class).single()).isEqualTo(chainOf(nurse));
        assertThat(check.run().intact()).isTrue();
    }

    /** A list page names many children: its rows go to the viewer's one chain, so it locks one head, not one a child. */
    @Test
    void a_list_of_many_children_is_appended_to_the_viewers_one_chain() {
        SignedInUser nurse = fixtures.user("helsesykepleier");
        List<ListedChild> shown = new java.util.ArrayList<>();
        for (int i = 0; i < 70; i++) {
            shown.add(new ListedChild(fixtures.childOf("helsesykepleier", TestChildren.familyName()),
                    Basis.OWN_SERVICE, null, null));
        }
        assertThat(shown.stream().map(c -> Math.floorMod(c.childId(), 64)).distinct().count()).isGreaterThan(1);
        long before = jdbc.sql("select coalesce(max(id), 0) from access_log").query(Long.class).single();

        door.recordListed(nurse, InformationCategory.BASIC, shown, "test_list");

        assertThat(jdbc.sql("select distinct chain from access_log where id > ? and object_type = 'test_list'")
                .param(before).query(Integer.class).list()).containsExactly(chainOf(nurse));
        assertThat(check.run().intact()).isTrue();
    }

    @Test
    void removing_the_last_rows_of_a_chain_is_found() {
        long child = fixtures.childOf("helsesykepleier", TestChildren.familyName());
        door.decide(fixtures.user("laerer"), child, InformationCategory.HEALTH, Action.READ, AccessedObject.of("test"));
        long last = jdbc.sql("select last_id from access_log_chain where chain = ?").param(chainOf(fixtures.user("laerer")))
                .query(Long.class).single();
        var row = jdbc.sql("select * from access_log where id = ?").param(last).query().singleRow();
        assertThat(check.run().intact()).isTrue();
        jdbc.sql("alter table access_log disable trigger access_log_no_update").update();
        try {
            jdbc.sql("delete from access_log where id = ?").param(last).update();
            assertThat(check.run().firstBrokenEntry()).contains(last);
        } finally {
            String columns = String.join(", ", row.keySet());
            String marks = String.join(", ", java.util.Collections.nCopies(row.size(), "?"));
            jdbc.sql("insert into access_log (" + columns + ") overriding system value values (" + marks + ")")
                    .params(new java.util.ArrayList<>(row.values())).update();
            jdbc.sql("alter table access_log enable trigger access_log_no_update").update();
        }
        assertThat(check.run().intact()).isTrue();
    }

    @Test
    void a_row_moved_to_another_chain_is_found() {
        long child = fixtures.childOf("helsesykepleier", TestChildren.familyName());
        long id = jdbc.sql("select max(id) from access_log where child_id = ?").param(child).query(Long.class).single();
        int chain = jdbc.sql("select chain from access_log where id = ?").param(id).query(Integer.class).single();
        jdbc.sql("alter table access_log disable trigger access_log_no_update").update();
        try {
            jdbc.sql("update access_log set chain = ? where id = ?").params((chain + 1) % 64, id).update();
            assertThat(check.run().intact()).isFalse();
        } finally {
            jdbc.sql("update access_log set chain = ? where id = ?").params(chain, id).update();
            jdbc.sql("alter table access_log enable trigger access_log_no_update").update();
        }
        assertThat(check.run().intact()).isTrue();
    }

    /** What an owner with table rights can do: switch the guard off, change a row, switch it on. */
    private void tamper(long id, String username) {
        jdbc.sql("alter table access_log disable trigger access_log_no_update").update();
        try {
            jdbc.sql("update access_log set username = ? where id = ?").params(username, id).update();
        } finally {
            jdbc.sql("alter table access_log enable trigger access_log_no_update").update();
        }
    }

}
