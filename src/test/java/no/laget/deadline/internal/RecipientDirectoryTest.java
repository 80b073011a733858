package no.laget.deadline.internal;

import java.util.List;
import java.util.Set;

import no.laget.organisation.Employee;
import no.laget.platform.security.Role;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Who hears of a duty by e-mail: the people Role's rule says work with children, no one else. */
class RecipientDirectoryTest {

    private static final long UNIT = 7;

    @Test
    void a_personal_duty_goes_to_its_person_only_while_the_person_works_with_children() {
        Employee employee = employee(1, Role.EMPLOYEE);
        Employee intake = employee(2, Role.CHILD_WELFARE_INTAKE);
        Employee administrator = employee(3, Role.ADMINISTRATOR, Role.EMPLOYEE);
        Employee staff = employee(4, Role.MUNICIPAL_STAFF);
        Employee auditor = employee(5, Role.AUDITOR);
        var directory = new ReminderPlanner.RecipientDirectory(List.of(employee, intake, administrator, staff, auditor));

        assertThat(directory.recipients(1L, null)).containsExactly(1L);
        assertThat(directory.recipients(2L, null)).containsExactly(2L);
        assertThat(directory.recipients(3L, null)).as("an administrator's list shows no deadlines").isEmpty();
        assertThat(directory.recipients(4L, null)).isEmpty();
        assertThat(directory.recipients(5L, null)).isEmpty();
        assertThat(directory.recipients(99L, null)).as("not an active employee").isEmpty();
    }

    @Test
    void a_unit_without_a_leader_tells_those_who_work_with_children_and_not_its_staff_or_auditors() {
        var directory = new ReminderPlanner.RecipientDirectory(List.of(employee(1, Role.EMPLOYEE),
                employee(2, Role.AUDITOR, Role.EMPLOYEE), employee(3, Role.MUNICIPAL_STAFF),
                employee(4, Role.AUDITOR), employee(5, Role.ADMINISTRATOR, Role.UNIT_LEADER)));

        assertThat(directory.recipients(null, UNIT)).containsExactlyInAnyOrder(1L, 2L);
        assertThat(directory.recipients(null, UNIT + 1)).isEmpty();
    }

    @Test
    void a_unit_with_a_leader_tells_the_leader_only() {
        var directory = new ReminderPlanner.RecipientDirectory(List.of(employee(1, Role.EMPLOYEE),
                employee(2, Role.UNIT_LEADER)));

        assertThat(directory.recipients(null, UNIT)).containsExactly(2L);
    }

    private static Employee employee(long id, Role... roles) {
        return new Employee(id, "user" + id, "Ansatt " + id, "user" + id + "@laget.test", UNIT, "Enheten", Set.of(roles),
                true, null);
    }
}
