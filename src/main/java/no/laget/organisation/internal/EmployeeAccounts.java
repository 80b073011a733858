package no.laget.organisation.internal;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/**
 * Local accounts for the login form and HTTP Basic. An employee without a local password (one who will
 * sign in through the municipality's identity provider) cannot log in here.
 */
@Service
class EmployeeAccounts implements UserDetailsService {

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
}
