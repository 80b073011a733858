package no.laget.platform.security;

import java.io.Serial;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The person behind a request, whatever way they signed in. A local password login and, later, an
 * OpenID Connect login both end in this record, so nothing past the login depends on how it happened.
 * Roles are typed; Spring Security sees each as {@code ROLE_NAME}.
 *
 * <p>The record is serialised into the JDBC session store. Until the roles were typed, {@code roles} held the role
 * names as Strings; the serialised form (a {@code Set} named {@code roles}, serialVersionUID 1) is unchanged, and the
 * constructor, which deserialisation calls, reads such names, so a session stored before the change stays signed in
 * with the same roles.
 */
public record SignedInUser(
        long employeeId,
        String username,
        String displayName,
        long unitId,
        String unitName,
        String unitType,
        Set<Role> roles,
        boolean active,
        String passwordHash) implements UserDetails, CredentialsContainer {

    @Serial
    private static final long serialVersionUID = 1L;

    public SignedInUser {
        roles = typed(roles);
    }

    /** A session stored before roles were typed hands the constructor role names; anything else is refused. */
    private static Set<Role> typed(Collection<?> roles) {
        EnumSet<Role> typed = EnumSet.noneOf(Role.class);
        for (Object role : roles) {
            typed.add(switch (role) {
                case Role r -> r;
                case String name -> Role.valueOf(name);
                default -> throw new IllegalArgumentException("not a role: " + role.getClass().getName());
            });
        }
        return Set.copyOf(typed);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    /** See {@link Role#worksWithChildren}. */
    public boolean worksWithChildren() {
        return Role.worksWithChildren(roles);
    }

    /** Works with children in a unit of one of these types (unit type names as the organisation module stores them). */
    public boolean worksWithChildrenAt(String... unitTypes) {
        return worksWithChildren() && List.of(unitTypes).contains(unitType);
    }

    /** The role names in alphabetical order, as the access log records them. */
    public List<String> roleNames() {
        return roles.stream().map(Role::name).sorted().toList();
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        List<GrantedAuthority> authorities = roles.stream()
                .map(role -> (GrantedAuthority) new SimpleGrantedAuthority(role.authority()))
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
