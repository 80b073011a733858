package no.laget.platform.security;

import java.io.Serial;
import java.util.Optional;
import java.util.Set;

import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * Maps a verified id token to the employee an administrator linked to it, by the one configured claim. Nothing else in
 * the token counts: no group, no role and no name from the identity provider; units and roles are Laget's own. The
 * user info endpoint is not called.
 */
final class LinkedEmployeeUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

    /** The error code for someone the provider knows but Laget does not (or no longer) count as an employee. */
    static final String NOT_AN_EMPLOYEE = "laget_not_an_employee";

    private final LinkedEmployees employees;
    private final String claim;

    LinkedEmployeeUserService(LinkedEmployees employees, String claim) {
        this.employees = employees;
        this.claim = claim;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        String identity = request.getIdToken().getClaimAsString(claim);
        Optional<SignedInUser> employee = identity == null || identity.isBlank() ? Optional.empty()
                : employees.byExternalIdentity(identity);
        SignedInUser user = employee.filter(SignedInUser::active)
                // the description stays generic: it may end up in a log
                .orElseThrow(() -> new OAuth2AuthenticationException(new OAuth2Error(NOT_AN_EMPLOYEE,
                        "Not a linked, active employee", null)));
        return new LinkedEmployee(request, user);
    }

    /** The provider's user with the employee it was linked to; replaced by {@link EmployeeSignIn} on success. */
    static final class LinkedEmployee extends DefaultOidcUser {

        @Serial
        private static final long serialVersionUID = 1L;

        private final SignedInUser employee;

        LinkedEmployee(OidcUserRequest request, SignedInUser employee) {
            super(Set.of(), request.getIdToken());
            this.employee = employee;
        }

        SignedInUser employee() {
            return employee;
        }

        @Override
        public String toString() {
            return "LinkedEmployee[" + employee.employeeId() + "]"; // the default would print every claim of the token
        }
    }
}
