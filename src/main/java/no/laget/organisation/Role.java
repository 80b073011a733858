package no.laget.organisation;

import java.util.Arrays;
import java.util.Optional;

/** What an employee may do. The label is in messages.properties under {@code role.NAME}. */
public enum Role {
    EMPLOYEE, UNIT_LEADER, CHILD_WELFARE_INTAKE, MUNICIPAL_STAFF, ADMINISTRATOR,
    /** The data controller's auditor: reads every child's access log, by the child's number, and no child data. */
    AUDITOR;

    public String labelKey() {
        return "role." + name();
    }

    public static Optional<Role> parse(String value) {
        return Arrays.stream(values()).filter(role -> role.name().equals(value)).findFirst();
    }
}
