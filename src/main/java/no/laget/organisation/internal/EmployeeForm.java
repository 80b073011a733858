package no.laget.organisation.internal;

import java.util.List;

import no.laget.platform.security.Role;

/**
 * What an administrator types about an employee. Username and starting password are set when the
 * employee is created and ignored on later changes. {@code externalIdentity} links the employee to the
 * municipality's identity provider: blank removes the link; null (left out of an API request) keeps it as it is.
 * Checked by {@link EmployeeAdministration}.
 */
public record EmployeeForm(String displayName, String username, String email, String unitId, List<String> roles,
        String password, String externalIdentity) {

    public EmployeeForm {
        roles = roles == null ? List.of() : List.copyOf(roles);
    }

    static EmployeeForm empty() {
        return new EmployeeForm("", "", "", "", List.of(Role.EMPLOYEE.name()), "", "");
    }

    /** The unit id as typed, or -1 when it is no number: the rules then report an unknown unit. */
    long unitIdOrUnknown() {
        try {
            return Long.parseLong(unitId.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    EmployeeForm withoutPassword() {
        return new EmployeeForm(displayName, username, email, unitId, roles, "", externalIdentity);
    }
}
