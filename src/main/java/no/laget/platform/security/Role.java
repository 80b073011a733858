package no.laget.platform.security;

import java.util.Arrays;
import java.util.Collection;
import java.util.Optional;

/**
 * What an employee may do. The organisation module assigns roles and stores them by name; the signed-in user carries
 * them, and Spring Security sees each as the authority {@code ROLE_NAME}. The label is in messages.properties under
 * {@code role.NAME}. The enum lives here, not in the organisation module, because {@link SignedInUser} does and the
 * platform depends on no module.
 */
public enum Role {
    EMPLOYEE, UNIT_LEADER, CHILD_WELFARE_INTAKE, MUNICIPAL_STAFF, ADMINISTRATOR,
    /** The data controller's auditor: reads every child's access log, by the child's number, and no child data. */
    AUDITOR;

    public String labelKey() {
        return "role." + name();
    }

    /** The Spring Security authority, as {@code hasRole(name())} expects it. */
    public String authority() {
        return "ROLE_" + name();
    }

    public static Optional<Role> parse(String value) {
        return Arrays.stream(values()).filter(role -> role.name().equals(value)).findFirst();
    }

    /**
     * Works with children, and so does casework, has deadlines and reports concern: an employee, unit leader or child
     * welfare intake worker who is not also an administrator. Administrators, municipal staff and auditors alone do not.
     */
    public static boolean worksWithChildren(Collection<Role> roles) {
        return !roles.contains(ADMINISTRATOR)
                && (roles.contains(EMPLOYEE) || roles.contains(UNIT_LEADER) || roles.contains(CHILD_WELFARE_INTAKE));
    }
}
