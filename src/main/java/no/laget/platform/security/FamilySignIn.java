package no.laget.platform.security;

import java.io.Serial;
import java.util.List;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;

/**
 * A family login as Spring Security holds it. Its only authority is ROLE_FAMILY, which no employee has, and it lives
 * under its own session key ({@link FamilySecurity#CONTEXT_KEY}), so the employees' chain never sees it.
 */
public final class FamilySignIn extends AbstractAuthenticationToken {

    @Serial
    private static final long serialVersionUID = 1L;

    public static final String ROLE = "FAMILY";

    private final FamilyMember member;
    private final OidcIdToken idToken;

    public FamilySignIn(FamilyMember member) {
        this(member, null);
    }

    /** A login through ID-porten: the id token is kept only for ID-porten's logout ({@code id_token_hint}). */
    FamilySignIn(FamilyMember member, OidcIdToken idToken) {
        super(List.of(new SimpleGrantedAuthority("ROLE_" + ROLE)));
        this.member = member;
        this.idToken = idToken;
        setAuthenticated(true);
    }

    @Override
    public FamilyMember getPrincipal() {
        return member;
    }

    @Override
    public Object getCredentials() {
        return null;
    }

    @Override
    public String getName() {
        return member.actorName();
    }

    OidcIdToken idToken() {
        return idToken;
    }

    @Override
    public String toString() {
        return "FamilySignIn[" + member.actorName() + "]";
    }
}
