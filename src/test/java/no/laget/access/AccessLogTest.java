package no.laget.access;


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
