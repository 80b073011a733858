package no.laget.platform;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SettingsConsistencyTest {

    private static SettingsConsistency.Settings production(String port, String managementPort, String mailHost,
            String mailUsername, String baseUrl) {
        return new SettingsConsistency.Settings(port, managementPort, mailHost, mailUsername, baseUrl, false);
    }

    @Test
    void a_complete_production_setup_starts() {
        assertThatCode(() -> SettingsConsistency.check(production("8080", "9090", "smtp.halden.kommune.no", "laget",
                "https://laget.halden.kommune.no"))).doesNotThrowAnyException();
        assertThatCode(() -> SettingsConsistency.check(production("8080", "", "", "", "http://localhost:8080")))
                .doesNotThrowAnyException();
    }

    @Test
    void the_management_port_cannot_be_the_application_port() {
        assertThatThrownBy(() -> SettingsConsistency.check(production("8080", "8080", "", "", "http://localhost:8080")))
                .isInstanceOf(InvalidSettingException.class).hasMessageStartingWith("LAGET_MANAGEMENT_PORT");
    }

    @Test
    void mail_credentials_without_a_mail_server_name_the_server() {
        assertThatThrownBy(() -> SettingsConsistency.check(production("8080", "", "", "laget", "http://localhost:8080")))
                .isInstanceOfSatisfying(MissingSettingsException.class,
                        e -> org.assertj.core.api.Assertions.assertThat(e.names()).containsExactly("LAGET_MAIL_HOST"));
    }

    @Test
    void reminders_in_production_need_the_public_address() {
        assertThatThrownBy(() -> SettingsConsistency.check(production("8080", "", "smtp.halden.kommune.no", "",
                "http://localhost:8080")))
                .isInstanceOf(InvalidSettingException.class).hasMessageStartingWith("LAGET_BASE_URL");
        // the demo may mail to a local test server and link to itself
        assertThatCode(() -> SettingsConsistency.check(new SettingsConsistency.Settings("8080", "", "localhost", "",
                "http://localhost:8080", true))).doesNotThrowAnyException();
    }

    @Test
    void a_base_url_that_is_no_address_is_refused() {
        for (String bad : new String[] {"laget.halden.kommune.no", "ftp://laget", "https://", "http://exa mple"}) {
            assertThatThrownBy(() -> SettingsConsistency.check(production("8080", "", "", "", bad)))
                    .as(bad).isInstanceOf(InvalidSettingException.class).hasMessageStartingWith("LAGET_BASE_URL");
        }
    }
}
