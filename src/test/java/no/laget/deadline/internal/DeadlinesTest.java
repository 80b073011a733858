package no.laget.deadline.internal;

import java.time.LocalDate;

import no.laget.support.ChildFixtures;
import no.laget.support.LagetTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@LagetTest
class DeadlinesTest {

    @Autowired Deadlines deadlines;
    @Autowired ChildFixtures fixtures;
    @Autowired JdbcClient jdbc;

    private static final LocalDate DUE = LocalDate.of(2026, 12, 7);

    @Test
    void scheduling_again_moves_the_date_and_reopens_a_done_duty() {
        long source = System.nanoTime();
        long employee = fixtures.user("ansatt").employeeId();
        deadlines.schedule(new DeadlineRequest("TEST_DECISION", "test", source, null, null, employee, DUE, null, "/x"));
        assertThat(deadlines.complete("test", source, "TEST_DECISION")).isTrue();
        assertThat(deadlines.complete("test", source, "TEST_DECISION")).as("already done").isFalse();

        deadlines.schedule(new DeadlineRequest("TEST_DECISION", "test", source, null, null, employee, DUE.plusDays(3),
                DUE, "/x"));

        var row = jdbc.sql("select due_on, done_at from deadline where source_type = 'test' and source_id = ?")
                .param(source).query().singleRow();
        assertThat(row.get("due_on").toString()).isEqualTo("2026-12-10");
        assertThat(row.get("done_at")).isNull();
    }

    @Test
    void reassigning_moves_open_duties_and_completing_all_closes_them() {
        long source = System.nanoTime();
        long nurse = fixtures.user("helsesykepleier").employeeId();
        long teacherUnit = fixtures.user("laerer").unitId();
        deadlines.schedule(new DeadlineRequest("A", "test", source, null, null, nurse, DUE, null, "/x"));
        deadlines.schedule(new DeadlineRequest("B", "test", source, null, null, nurse, DUE, null, "/x"));

        assertThat(deadlines.reassign("test", source, teacherUnit, null)).isEqualTo(2);
        assertThat(deadlines.completeAll("test", source)).isEqualTo(2);
        assertThat(jdbc.sql("select count(*) from deadline where source_id = ? and unit_id = ? and done_at is not null")
                .params(source, teacherUnit).query(Integer.class).single()).isEqualTo(2);
    }

    @Test
    void a_duty_rests_on_someone_and_warns_before_it_falls_due() {
        assertThatThrownBy(() -> new DeadlineRequest("A", "test", 1, null, null, null, DUE, null, "/x"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DeadlineRequest("A", "test", 1, null, 1L, null, DUE, DUE.plusDays(1), "/x"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
