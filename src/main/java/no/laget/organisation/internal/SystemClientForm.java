package no.laget.organisation.internal;

import java.util.List;

import no.laget.platform.security.Role;

/** What an administrator types about another system. Checked by {@link SystemClientAdministration}. */
public record SystemClientForm(String name, String clientId, String unitId, List<String> roles, List<String> scopes) {

    public SystemClientForm {
        roles = roles == null ? List.of() : List.copyOf(roles);
        scopes = scopes == null ? List.of() : List.copyOf(scopes);
    }

    static SystemClientForm empty() {
        return new SystemClientForm("", "", "", List.of(Role.EMPLOYEE.name()), List.of());
    }

    /** The unit id as typed, or -1 when it is no number: the rules then report an unknown unit. */
    long unitIdOrUnknown() {
        try {
            return Long.parseLong(unitId == null ? "" : unitId.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
