package no.laget.deadline.internal;

import no.laget.organisation.Employee;
import no.laget.platform.security.Role;

/** Who works with children, and so has deadlines: the same people the menu shows "Mine saker og frister" to. */
final class Recipients {

    private Recipients() {}

    static boolean worksWithChildren(Employee employee) {
        return Role.worksWithChildren(employee.roles());
    }

    static boolean leads(Employee employee) {
        return employee.roles().contains(Role.UNIT_LEADER) && !employee.roles().contains(Role.ADMINISTRATOR);
    }
}
