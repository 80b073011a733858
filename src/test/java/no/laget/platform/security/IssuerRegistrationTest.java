package no.laget.platform.security;

import java.io.IOException;
import java.net.ServerSocket;

import no.nav.security.mock.oauth2.MockOAuth2Server;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;

import static org.assertj.core.api.Assertions.assertThat;

class IssuerRegistrationTest {

    private static final MockOAuth2Server provider = new MockOAuth2Server();

    @BeforeAll
    static void start() {
        provider.start();
    }

    @AfterAll
    static void stop() {
        provider.shutdown();
    }

    @Test
    void the_registration_comes_from_the_issuers_discovery_document_with_pkce_and_the_chosen_client_authentication() {
        var settings = new SingleSignOnProperties(provider.issuerUrl("entra").toString(), "laget", "hemmelig",
                "client_secret_post", "oid", null);

        var registration = new IssuerRegistration(settings).findByRegistrationId("kommunen");

        assertThat(registration.getProviderDetails().getAuthorizationUri())
                .isEqualTo(provider.authorizationEndpointUrl("entra").toString());
        assertThat(registration.getClientAuthenticationMethod()).isEqualTo(ClientAuthenticationMethod.CLIENT_SECRET_POST);
        assertThat(registration.getClientSettings().isRequireProofKey()).isTrue();
        // Entra ID sends oid only with the profile scope; sub needs openid alone
        assertThat(registration.getScopes()).containsExactlyInAnyOrder("openid", "profile");
        assertThat(registration.getRedirectUri()).isEqualTo("{baseUrl}/login/oauth2/code/{registrationId}");
    }

    @Test
    void only_openid_is_asked_for_when_the_claim_is_sub_and_other_registration_ids_are_unknown() {
        var registrations = new IssuerRegistration(new SingleSignOnProperties(provider.issuerUrl("feide").toString(),
                "laget", "hemmelig", null, null, null));

        assertThat(registrations.findByRegistrationId("kommunen").getScopes()).containsExactly("openid");
        assertThat(registrations.findByRegistrationId("google")).isNull();
    }

    @Test
    void a_provider_that_does_not_answer_gives_no_registration_and_is_asked_again_next_time() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        var registrations = new IssuerRegistration(new SingleSignOnProperties("http://localhost:" + closedPort + "/nede",
                "laget", "hemmelig", null, null, null));

        assertThat(registrations.findByRegistrationId("kommunen")).isNull();

        MockOAuth2Server back = new MockOAuth2Server();
        back.start(closedPort);
        try {
            assertThat(registrations.findByRegistrationId("kommunen")).isNotNull();
        } finally {
            back.shutdown();
        }
    }
}
