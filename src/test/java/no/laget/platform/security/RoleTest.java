package no.laget.platform.security;

import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** "Works with children", stated once: every combination of roles, against the rule written out by hand. */
class RoleTest {

    @Test
    void works_with_children_is_an_employee_leader_or_intake_worker_who_is_not_an_administrator() {
        for (Set<Role> roles : allCombinations()) {
            boolean childRole = roles.contains(Role.EMPLOYEE) || roles.contains(Role.UNIT_LEADER)
                    || roles.contains(Role.CHILD_WELFARE_INTAKE);
            boolean expected = childRole && !roles.contains(Role.ADMINISTRATOR);
            assertThat(Role.worksWithChildren(roles)).as(roles.toString()).isEqualTo(expected);
            assertThat(user(roles).worksWithChildren()).as(roles.toString()).isEqualTo(expected);
        }
    }

    @Test
    void works_with_children_at_a_unit_type_needs_both_the_role_rule_and_the_type() {
        SignedInUser schoolEmployee = user(Set.of(Role.EMPLOYEE));
        assertThat(schoolEmployee.worksWithChildrenAt("SCHOOL")).isTrue();
        assertThat(schoolEmployee.worksWithChildrenAt("CHILD_WELFARE", "NAV")).isFalse();
        assertThat(schoolEmployee.worksWithChildrenAt("NAV", "SCHOOL")).isTrue();
        assertThat(schoolEmployee.worksWithChildrenAt()).isFalse();
        assertThat(user(Set.of(Role.EMPLOYEE, Role.ADMINISTRATOR)).worksWithChildrenAt("SCHOOL")).isFalse();
        assertThat(user(Set.of(Role.MUNICIPAL_STAFF)).worksWithChildrenAt("SCHOOL")).isFalse();
    }

    @Test
    void each_role_alone() {
        assertThat(Role.worksWithChildren(Set.of(Role.EMPLOYEE))).isTrue();
        assertThat(Role.worksWithChildren(Set.of(Role.UNIT_LEADER))).isTrue();
        assertThat(Role.worksWithChildren(Set.of(Role.CHILD_WELFARE_INTAKE))).isTrue();
        assertThat(Role.worksWithChildren(Set.of(Role.MUNICIPAL_STAFF))).isFalse();
        assertThat(Role.worksWithChildren(Set.of(Role.ADMINISTRATOR))).isFalse();
        assertThat(Role.worksWithChildren(Set.of(Role.AUDITOR))).isFalse();
        assertThat(Role.worksWithChildren(Set.of())).isFalse();
        // an auditor or municipal staff member who is also an employee does casework as that employee
        assertThat(Role.worksWithChildren(Set.of(Role.AUDITOR, Role.EMPLOYEE))).isTrue();
        assertThat(Role.worksWithChildren(Set.of(Role.MUNICIPAL_STAFF, Role.UNIT_LEADER))).isTrue();
        // an administrator never does, whatever else they are
        assertThat(Role.worksWithChildren(Set.of(Role.ADMINISTRATOR, Role.EMPLOYEE, Role.UNIT_LEADER))).isFalse();
    }

    @Test
    void spring_security_sees_each_role_as_ROLE_and_its_name() {
        assertThat(user(Set.of(Role.UNIT_LEADER, Role.EMPLOYEE)).getAuthorities())
                .extracting(Object::toString).containsExactlyInAnyOrder("ROLE_EMPLOYEE", "ROLE_UNIT_LEADER");
        assertThat(Role.CHILD_WELFARE_INTAKE.authority()).isEqualTo("ROLE_CHILD_WELFARE_INTAKE");
        assertThat(Role.parse("AUDITOR")).contains(Role.AUDITOR);
        assertThat(Role.parse("auditor")).isEmpty();
        assertThat(Role.parse(null)).isEmpty();
    }

    @Test
    void the_access_log_gets_role_names_in_alphabetical_order_not_declaration_order() {
        // declaration order is EMPLOYEE, UNIT_LEADER, CHILD_WELFARE_INTAKE: the log's hash chain needs the old order
        SignedInUser user = user(Set.of(Role.UNIT_LEADER, Role.EMPLOYEE, Role.CHILD_WELFARE_INTAKE));
        assertThat(user.roleNames()).containsExactly("CHILD_WELFARE_INTAKE", "EMPLOYEE", "UNIT_LEADER");
    }

    private static SignedInUser user(Set<Role> roles) {
        return new SignedInUser(1, "u", "U", 1, "Enhet", "SCHOOL", roles, true, null);
    }

    private static Set<Set<Role>> allCombinations() {
        Role[] all = Role.values();
        Set<Set<Role>> combinations = new java.util.HashSet<>();
        for (int mask = 0; mask < 1 << all.length; mask++) {
            EnumSet<Role> roles = EnumSet.noneOf(Role.class);
            for (int i = 0; i < all.length; i++) {
                if ((mask & 1 << i) != 0) {
                    roles.add(all[i]);
                }
            }
            combinations.add(roles);
        }
        assertThat(combinations).hasSize(64);
        return combinations;
    }
}
