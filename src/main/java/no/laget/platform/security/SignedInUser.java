package no.laget.platform.security;

import java.io.Serial;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The person behind a request, whatever way they signed in. A local password login and, later, an
 * OpenID Connect login both end in this record, so nothing past the login depends on how it happened.
 * Roles are the organisation module's role names.
 */
public record SignedInUser(
        long employeeId,
        String username,
        String displayName,
        long unitId,
        String unitName,
        String unitType,
        Set<String> roles,
        boolean active,
        String passwordHash) implements UserDetails, CredentialsContainer {

    @Serial
    private static final long serialVersionUID = 1L;

    public SignedInUser {
        roles = Set.copyOf(roles);
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        List<GrantedAuthority> authorities = roles.stream()
                .map(role -> (GrantedAuthority) new SimpleGrantedAuthority("ROLE_" + role))
                .toList();
        return authorities;
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return active;
    }

    /** The hash must not sit in the session store. Records are immutable, so the session keeps a copy. */
    @Override
    public void eraseCredentials() {
        // see withoutCredentials(): Spring calls this on the authenticated principal, which we replace
    }

    public SignedInUser withoutCredentials() {
        return new SignedInUser(employeeId, username, displayName, unitId, unitName, unitType, roles, active, null);
    }
}
