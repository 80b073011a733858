package no.laget.platform.security;

import java.util.Set;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BreakGlassGateTest {

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private int passwordChecks;

    private AuthenticationManager passwords(Set<Role> roles) {
        return attempt -> {
            passwordChecks++;
            SignedInUser user = new SignedInUser(7, attempt.getName(), "Nød Konto", 1, "Administrasjon", "OTHER",
                    roles, true, null);
            return UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        };
    }

    @Test
    void the_break_glass_administrator_passes_whatever_the_case_of_the_username() {
        BreakGlassGate gate = new BreakGlassGate(passwords(Set.of(Role.ADMINISTRATOR)), "Drift", meters);

        var result = gate.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(" drift", "passord"));

        assertThat(result.getPrincipal()).isInstanceOf(SignedInUser.class);
        assertThat(passwordChecks).isOne();
    }

    @Test
    void any_other_username_is_refused_before_its_password_is_looked_at_and_counted() {
        BreakGlassGate gate = new BreakGlassGate(passwords(Set.of(Role.ADMINISTRATOR)), "drift", meters);

        assertThatThrownBy(() -> gate.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("admin", "demo")))
                .isInstanceOf(BadCredentialsException.class);

        assertThat(passwordChecks).isZero();
        assertThat(meters.get(LoginFailures.NAME).tag("reason", "password_login_off").counter().count()).isEqualTo(1);
    }

    @Test
    void without_a_break_glass_setting_nobody_uses_the_form() {
        BreakGlassGate gate = new BreakGlassGate(passwords(Set.of(Role.ADMINISTRATOR)), "", meters);

        assertThatThrownBy(() -> gate.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("", "")))
                .isInstanceOf(BadCredentialsException.class);
        assertThat(passwordChecks).isZero();
    }

    @Test
    void a_break_glass_setting_naming_someone_who_is_no_administrator_opens_nothing() {
        BreakGlassGate gate = new BreakGlassGate(passwords(Set.of(Role.EMPLOYEE)), "ansatt", meters);

        assertThatThrownBy(() -> gate.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("ansatt", "demo")))
                .isInstanceOf(BadCredentialsException.class);
    }
}
