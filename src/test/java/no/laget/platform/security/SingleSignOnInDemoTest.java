package no.laget.platform.security;

import java.io.IOException;
import java.net.ServerSocket;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static no.laget.support.Accounts.login;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/**
 * The demo with single sign-on configured, against an identity provider that does not answer: the README's passwords
 * still work, and the button leads back to the login page with a message instead of an error.
 */
@SpringBootTest(properties = {"laget.oidc.client-id=laget-demo", "laget.oidc.client-secret=demo-hemmelighet",
        "laget.oidc.break-glass-username=admin"})
@AutoConfigureMockMvc
@ActiveProfiles({"demo", "test"})
class SingleSignOnInDemoTest {

    @DynamicPropertySource
    static void providerThatIsDown(DynamicPropertyRegistry registry) throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        registry.add("laget.oidc.issuer", () -> "http://localhost:" + closedPort + "/nede");
    }

    @Autowired MockMvc mvc;

    @Test
    void demo_mode_keeps_the_readme_passwords_for_everyone() throws Exception {
        mvc.perform(login("ansatt", "demo", "10.30.0.1")).andExpect(authenticated().withUsername("ansatt"));
        mvc.perform(login("leder", "demo", "10.30.0.2")).andExpect(authenticated().withUsername("leder"));
    }

    @Test
    void the_login_page_offers_both_ways_and_the_demo_accounts() throws Exception {
        mvc.perform(get("/login")).andExpect(content().string(allOf(
                containsString("Logg inn med kommunens innlogging"),
                containsString("Eller logg inn med brukernavn og passord"),
                containsString("Passordet er demo"),
                not(containsString("Nødinnlogging")))));
    }

    @Test
    void a_provider_that_does_not_answer_sends_the_employee_back_to_the_login_page_with_a_message() throws Exception {
        mvc.perform(get("/oauth2/authorization/kommunen")).andExpect(redirectedUrl("/login?innlogging-feilet"));
    }
}
