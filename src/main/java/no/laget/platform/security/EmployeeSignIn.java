package no.laget.platform.security;

import java.io.Serial;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;

/**
 * A single sign-on login, as the rest of Laget sees it: the principal is the same {@link SignedInUser} the password
 * form produces, and its name is the username, so sessions are found (and ended) by it. The id token is kept only for
 * the provider's logout ({@code id_token_hint}).
 */
final class EmployeeSignIn extends AbstractAuthenticationToken {

    @Serial
    private static final long serialVersionUID = 1L;

    private final SignedInUser user;
    private final String registrationId;
    private final OidcIdToken idToken;

    EmployeeSignIn(SignedInUser user, String registrationId, OidcIdToken idToken) {
        super(user.getAuthorities());
        this.user = user;
        this.registrationId = registrationId;
        this.idToken = idToken;
        setAuthenticated(true);
    }

    @Override
    public SignedInUser getPrincipal() {
        return user;
    }

    @Override
    public Object getCredentials() {
        return null;
    }

    String registrationId() {
        return registrationId;
    }

    OidcIdToken idToken() {
        return idToken;
    }
}
