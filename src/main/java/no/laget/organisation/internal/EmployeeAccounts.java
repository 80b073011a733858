package no.laget.organisation.internal;

import java.util.Optional;

import no.laget.platform.security.LinkedEmployees;
import no.laget.platform.security.SignedInUser;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/**
 * Local accounts for the login form and HTTP Basic, and the employees linked to an identity at the
 * municipality's identity provider. An employee without a local password (one who signs in through the
 * identity provider) cannot log in with the form.
 */
@Service
class EmployeeAccounts implements UserDetailsService, LinkedEmployees {

    private final EmployeeRepository employees;

    EmployeeAccounts(EmployeeRepository employees) {
        this.employees = employees;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        if (username == null || username.isBlank() || username.length() > 60) {
            throw new UsernameNotFoundException("No account");
        }
        return employees.findAccount(username)
                .filter(account -> account.passwordHash() != null)
                .orElseThrow(() -> new UsernameNotFoundException("No account"));
    }

    @Override
    public Optional<SignedInUser> byExternalIdentity(String externalIdentity) {
        if (externalIdentity == null || externalIdentity.isEmpty()
                || externalIdentity.length() > EmployeeAdministration.MAX_EXTERNAL_IDENTITY_LENGTH) {
            return Optional.empty();
        }
        return employees.findAccountByExternalIdentity(externalIdentity).map(SignedInUser::withoutCredentials);
    }
}
