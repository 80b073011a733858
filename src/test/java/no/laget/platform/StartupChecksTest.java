package no.laget.platform;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class StartupChecksTest {

    @Test
    void production_without_settings_refuses_to_start_and_names_every_missing_setting() {
        var properties = properties(LagetProperties.Mode.PRODUCTION, new LagetProperties.Db("", "", "", ""),
                new LagetProperties.Municipality("", ""));

        var refusal = catchThrowableOfType(MissingSettingsException.class, () -> StartupChecks.requireSettings(properties));

        assertThat(refusal.names()).containsExactly("LAGET_DB_URL", "LAGET_DB_USER", "LAGET_DB_PASSWORD",
                "LAGET_MUNICIPALITY_NUMBER", "LAGET_MUNICIPALITY_NAME");
        assertThat(refusal.getMessage()).contains("LAGET_DB_URL").contains("./laget run");
    }

    @Test
    void production_names_only_what_is_missing() {
        var properties = properties(LagetProperties.Mode.PRODUCTION,
                new LagetProperties.Db("jdbc:postgresql://db/laget", "laget", "", ""),
                new LagetProperties.Municipality("3101", "Halden kommune"));

        var refusal = catchThrowableOfType(MissingSettingsException.class, () -> StartupChecks.requireSettings(properties));

        assertThat(refusal.names()).containsExactly("LAGET_DB_PASSWORD");
    }

    @Test
    void production_with_every_setting_starts() {
        var properties = properties(LagetProperties.Mode.PRODUCTION,
                new LagetProperties.Db("jdbc:postgresql://db/laget", "laget", "secret", ""),
                new LagetProperties.Municipality("3101", "Halden kommune"));

        assertThatCode(() -> StartupChecks.requireSettings(properties)).doesNotThrowAnyException();
    }

    @Test
    void demo_mode_needs_no_settings_and_uses_the_embedded_database() {
        var properties = properties(LagetProperties.Mode.DEMO, new LagetProperties.Db(null, null, null, "./data"),
                new LagetProperties.Municipality("3101", "Halden kommune"));

        assertThatCode(() -> StartupChecks.requireSettings(properties)).doesNotThrowAnyException();
        assertThat(properties.db().external()).isFalse();
    }

    private static LagetProperties properties(LagetProperties.Mode mode, LagetProperties.Db db,
            LagetProperties.Municipality municipality) {
        return new LagetProperties(mode, db, municipality, new LagetProperties.BootstrapAdmin(null, null),
                new LagetProperties.Session(Duration.ofMinutes(30)),
                new LagetProperties.Login(Duration.ofMinutes(15), 5, 20));
    }

    @Test
    void an_api_issuer_without_an_audience_stops_the_start_and_names_the_missing_setting() {
        var refusal = catchThrowableOfType(MissingSettingsException.class,
                () -> StartupChecks.requireApiTokenSettings(new ApiTokenProperties("https://idp.example/realms/kommune", " ")));

        assertThat(refusal.names()).singleElement().asString().startsWith("LAGET_API_AUDIENCE");
    }

    @Test
    void an_api_audience_without_an_issuer_stops_the_start_and_names_the_missing_setting() {
        var refusal = catchThrowableOfType(MissingSettingsException.class,
                () -> StartupChecks.requireApiTokenSettings(new ApiTokenProperties(null, "laget-api")));

        assertThat(refusal.names()).singleElement().asString().startsWith("LAGET_API_ISSUER");
    }

    @Test
    void api_tokens_are_optional_but_both_settings_or_none() {
        assertThatCode(() -> StartupChecks.requireApiTokenSettings(new ApiTokenProperties("", ""))).doesNotThrowAnyException();
        assertThatCode(() -> StartupChecks.requireApiTokenSettings(
                new ApiTokenProperties("https://idp.example/realms/kommune", "laget-api"))).doesNotThrowAnyException();
        assertThat(new ApiTokenProperties("", "").configured()).isFalse();
        assertThat(new ApiTokenProperties("https://idp.example/realms/kommune", "laget-api").configured()).isTrue();
    }
}
