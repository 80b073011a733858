package no.laget.platform.security;

import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;

import static org.assertj.core.api.Assertions.assertThat;

/** The provider's user between the token and the session may end up in a log: it names the employee by id only. */
class LinkedEmployeeTest {

    @Test
    void its_text_names_the_employee_by_id_and_no_claim_of_the_token() {
        OidcIdToken token = new OidcIdToken("token", Instant.parse("2026-12-03T08:00:00Z"),
                Instant.parse("2026-12-03T09:00:00Z"),
                Map.of("sub", "abc-123", "email", "kari.nordmann@example.org", "name", "Kari Nordmann"));
        ClientRegistration registration = ClientRegistration.withRegistrationId("kommune").clientId("laget")
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("http://localhost/login/oauth2/code/kommune")
                .authorizationUri("http://idp/authorize").tokenUri("http://idp/token").build();
        OidcUserRequest request = new OidcUserRequest(registration, new OAuth2AccessToken(
                OAuth2AccessToken.TokenType.BEARER, "access", token.getIssuedAt(), token.getExpiresAt()), token);
        SignedInUser employee = new SignedInUser(42, "laerer", "Lærer Testesen", 7, "Gimle skole", "SCHOOL",
                java.util.Set.of(Role.EMPLOYEE), true, null);

        String text = new LinkedEmployeeUserService.LinkedEmployee(request, employee).toString();

        assertThat(text).isEqualTo("LinkedEmployee[42]");
        assertThat(text).doesNotContain("kari").doesNotContain("Kari").doesNotContain("abc-123");
    }
}
