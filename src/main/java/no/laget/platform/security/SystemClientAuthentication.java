package no.laget.platform.security;

import java.io.Serial;
import java.util.Optional;
import java.util.Set;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * A request from another system with a valid bearer token: the principal is the system's {@link SignedInUser}, so the
 * access door and the access log work as for an employee; the scopes are those both the token and the registration
 * give.
 */
public final class SystemClientAuthentication extends AbstractAuthenticationToken {

    @Serial
    private static final long serialVersionUID = 1L;

    private final SignedInUser account;
    private final String systemName;
    private final Set<String> scopes;
    private final transient Jwt token;

    SystemClientAuthentication(SignedInUser account, String systemName, Set<String> scopes, Jwt token) {
        super(account.getAuthorities());
        this.account = account;
        this.systemName = systemName;
        this.scopes = Set.copyOf(scopes);
        this.token = token;
        setAuthenticated(true);
    }

    @Override
    public SignedInUser getPrincipal() {
        return account;
    }

    @Override
    public Object getCredentials() {
        return token;
    }

    @Override
    public String getName() {
        return account.username();
    }

    public String systemName() {
        return systemName;
    }

    public Set<String> scopes() {
        return scopes;
    }

    /** The name of the system behind the current request, if another system made it. */
    public static Optional<String> currentSystemName() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication instanceof SystemClientAuthentication system ? Optional.of(system.systemName)
                : Optional.empty();
    }
}
