package no.laget.platform.security;

import java.io.Serial;
import java.util.Set;

import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * Turns ID-porten's verified id token into a family member: the {@code pid} claim is the identity number, the
 * {@code acr} claim the assurance level, which must meet {@code laget.idporten.minimum-assurance}. Nothing else in the
 * token counts, and the user info endpoint is not called. The errors' descriptions are generic: they may be logged.
 */
final class IdPortenUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

    static final String ASSURANCE_TOO_LOW = "laget_assurance_too_low";
    static final String NO_IDENTITY_NUMBER = "laget_no_identity_number";

    private final IdPortenProperties settings;
    private final FamilyLogins families;

    IdPortenUserService(IdPortenProperties settings, FamilyLogins families) {
        this.settings = settings;
        this.families = families;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcIdToken token = request.getIdToken();
        String acr = token.getClaimAsString("acr");
        if (!settings.meetsMinimum(acr)) {
            throw new OAuth2AuthenticationException(new OAuth2Error(ASSURANCE_TOO_LOW,
                    "The login's assurance level is below the minimum", null));
        }
        String pid = token.getClaimAsString("pid");
        FamilyMember member = (pid == null || pid.isBlank() ? java.util.Optional.<FamilyMember>empty()
                : families.signIn(pid.trim(), acr))
                .orElseThrow(() -> new OAuth2AuthenticationException(new OAuth2Error(NO_IDENTITY_NUMBER,
                        "The id token holds no valid identity number", null)));
        return new SignedInFamilyMember(token, member);
    }

    /** ID-porten's user with the member it became; replaced by {@link FamilySignIn} on success. */
    static final class SignedInFamilyMember extends DefaultOidcUser {

        @Serial
        private static final long serialVersionUID = 1L;

        private final FamilyMember member;

        SignedInFamilyMember(OidcIdToken token, FamilyMember member) {
            super(Set.of(), token);
            this.member = member;
        }

        FamilyMember member() {
            return member;
        }

        @Override
        public String toString() {
            return "SignedInFamilyMember[" + member.memberId() + "]"; // the default would print every claim, pid too
        }
    }
}
