package no.laget.platform.security;

import java.util.ArrayList;
import java.util.List;

import no.laget.LagetApplication;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.diagnostics.FailureAnalysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class SingleSignOnSettingsTest {

    private static final String ISSUER = "https://login.halden.kommune.no/laget";

    @Test
    void no_issuer_and_no_client_is_single_sign_on_off() {
        var settings = new SingleSignOnProperties("", "", "", null, null, "drift");

        assertThatCode(settings::check).doesNotThrowAnyException();
        assertThat(settings.configured()).isFalse();
    }

    @Test
    void a_complete_setting_is_on_with_the_defaults_client_secret_basic_and_sub() {
        var settings = new SingleSignOnProperties(ISSUER, "laget", "hemmelig", "", " ", null);

        assertThatCode(settings::check).doesNotThrowAnyException();
        assertThat(settings.configured()).isTrue();
        assertThat(settings.clientAuth()).isEqualTo("client_secret_basic");
        assertThat(settings.claim()).isEqualTo("sub");
        assertThat(settings.hasBreakGlassAccount()).isFalse();
    }

    @Test
    void an_issuer_without_a_client_id_names_the_client_id() {
        assertThat(refusal(new SingleSignOnProperties(ISSUER, "", "hemmelig", null, null, null)).setting())
                .isEqualTo("LAGET_OIDC_CLIENT_ID");
    }

    @Test
    void a_client_id_without_an_issuer_names_the_issuer() {
        assertThat(refusal(new SingleSignOnProperties(" ", "laget", "hemmelig", null, null, null)).setting())
                .isEqualTo("LAGET_OIDC_ISSUER");
    }

    @Test
    void an_issuer_without_a_secret_names_the_secret() {
        assertThat(refusal(new SingleSignOnProperties(ISSUER, "laget", "", null, null, null)).setting())
                .isEqualTo("LAGET_OIDC_CLIENT_SECRET");
    }

    @Test
    void an_unknown_client_authentication_names_the_setting_and_post_is_accepted() {
        var refused = refusal(new SingleSignOnProperties(ISSUER, "laget", "hemmelig", "private_key_jwt", null, null));

        assertThat(refused.setting()).isEqualTo("LAGET_OIDC_CLIENT_AUTH");
        assertThat(refused.getMessage()).contains("client_secret_basic").contains("client_secret_post");
        assertThatCode(new SingleSignOnProperties(ISSUER, "laget", "hemmelig", "CLIENT_SECRET_POST", null, null)::check)
                .doesNotThrowAnyException();
    }

    @Test
    void an_issuer_over_plain_http_is_refused_except_on_localhost() {
        assertThat(refusal(new SingleSignOnProperties("http://login.halden.kommune.no", "laget", "s", null, null, null))
                .setting()).isEqualTo("LAGET_OIDC_ISSUER");
        assertThat(refusal(new SingleSignOnProperties("login.halden.kommune.no", "laget", "s", null, null, null))
                .setting()).isEqualTo("LAGET_OIDC_ISSUER");
        assertThatCode(new SingleSignOnProperties("http://localhost:8081/default", "laget", "s", null, null, null)::check)
                .doesNotThrowAnyException();
    }

    @Test
    void a_claim_name_with_spaces_is_refused() {
        assertThat(refusal(new SingleSignOnProperties(ISSUER, "laget", "s", null, "o i d", null)).setting())
                .isEqualTo("LAGET_OIDC_CLAIM");
    }

    @Test
    void a_half_configured_setting_stops_the_start_before_the_database_with_one_message_naming_it() {
        // Production with every other setting, and a database that is not there: had the start gone on, it would
        // have failed on the database instead.
        SpringApplication laget = new SpringApplication(LagetApplication.class);

        Throwable failure = catchThrowable(() -> laget.run("--laget.mode=production",
                "--laget.db.url=jdbc:postgresql://127.0.0.1:1/none", "--laget.db.user=laget", "--laget.db.password=x",
                "--laget.municipality.number=3101", "--laget.municipality.name=Halden kommune",
                "--laget.oidc.issuer=" + ISSUER, "--server.port=0", "--logging.file.name="));

        SingleSignOnSettingsException cause = causes(failure).stream()
                .filter(SingleSignOnSettingsException.class::isInstance).map(SingleSignOnSettingsException.class::cast)
                .findFirst().orElseThrow(() -> new AssertionError("Started or failed otherwise", failure));
        assertThat(cause.setting()).isEqualTo("LAGET_OIDC_CLIENT_ID");
        FailureAnalysis analysis = new SingleSignOnSettingsFailureAnalyzer().analyze(failure);
        assertThat(analysis.getDescription()).contains("LAGET_OIDC_CLIENT_ID is missing");
        assertThat(analysis.getAction()).contains("LAGET_OIDC_CLIENT_ID");
    }

    private static SingleSignOnSettingsException refusal(SingleSignOnProperties settings) {
        return catchThrowableOfType(SingleSignOnSettingsException.class, settings::check);
    }

    private static List<Throwable> causes(Throwable failure) {
        List<Throwable> causes = new ArrayList<>();
        for (Throwable t = failure; t != null && !causes.contains(t); t = t.getCause()) {
            causes.add(t);
        }
        return causes;
    }
}
