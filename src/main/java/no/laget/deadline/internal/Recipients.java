package no.laget.deadline.internal;

import java.util.Set;

import no.laget.organisation.Employee;
import no.laget.organisation.Role;

/** Who works with children, and so has deadlines: the same people the menu shows "Mine saker og frister" to. */
final class Recipients {

    private Recipients() {}

    static boolean worksWithChildren(Set<String> roles) {
        return !roles.contains("ADMINISTRATOR")
                && (roles.contains("EMPLOYEE") || roles.contains("UNIT_LEADER") || roles.contains("CHILD_WELFARE_INTAKE"));
    }

    static boolean worksWithChildren(Employee employee) {
        return worksWithChildren(employee.roles().stream().map(Role::name).collect(java.util.stream.Collectors.toSet()));
    }

    static boolean leads(Employee employee) {
        return employee.roles().contains(Role.UNIT_LEADER) && !employee.roles().contains(Role.ADMINISTRATOR);
    }
}
