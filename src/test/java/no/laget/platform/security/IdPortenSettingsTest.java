package no.laget.platform.security;

import java.util.ArrayList;
import java.util.List;

import no.laget.LagetApplication;
import no.laget.platform.InvalidSettingException;
import no.laget.platform.MissingSettingsException;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class IdPortenSettingsTest {

    private static final String ISSUER = "https://idporten.no";

    private static IdPortenProperties settings(String issuer, String clientId, String secret) {
        return new IdPortenProperties(issuer, clientId, secret, null, null, 0);
    }

    @Test
    void nothing_set_is_a_closed_door_and_everything_set_an_open_one_with_high_as_the_minimum() {
        IdPortenProperties none = settings(" ", "", null);
        IdPortenProperties all = settings(ISSUER, "laget-halden", "hemmelig");

        assertThatCode(none::check).doesNotThrowAnyException();
        assertThatCode(all::check).doesNotThrowAnyException();
        assertThat(none.configured()).isFalse();
        assertThat(all.configured()).isTrue();
        assertThat(all.minimumAssurance()).isEqualTo("idporten-loa-high");
        assertThat(all.clientAuth()).isEqualTo("client_secret_basic");
    }

    @Test
    void some_but_not_all_settings_name_every_missing_one() {
        assertThat(missing(settings(ISSUER, "", ""))).containsExactly("LAGET_IDPORTEN_CLIENT_ID",
                "LAGET_IDPORTEN_CLIENT_SECRET");
        assertThat(missing(settings("", "laget-halden", "hemmelig"))).containsExactly("LAGET_IDPORTEN_ISSUER");
        assertThat(missing(settings("", "", "hemmelig"))).containsExactly("LAGET_IDPORTEN_ISSUER",
                "LAGET_IDPORTEN_CLIENT_ID");
    }

    @Test
    void an_issuer_over_plain_http_is_refused_except_on_localhost() {
        assertThat(catchThrowableOfType(InvalidSettingException.class,
                settings("http://idporten.no", "laget", "s")::check).name()).isEqualTo("LAGET_IDPORTEN_ISSUER");
        assertThatCode(settings("http://localhost:8089/idporten", "laget", "s")::check).doesNotThrowAnyException();
    }

    @Test
    void client_secret_post_is_accepted_and_an_unknown_client_authentication_refused() {
        assertThatCode(new IdPortenProperties(ISSUER, "laget", "s", "CLIENT_SECRET_POST", null, 0)::check)
                .doesNotThrowAnyException();
        assertThat(catchThrowableOfType(InvalidSettingException.class,
                new IdPortenProperties(ISSUER, "laget", "s", "private_key_jwt", null, 0)::check).name())
                .isEqualTo("LAGET_IDPORTEN_CLIENT_AUTH");
    }

    @Test
    void the_minimum_assurance_is_high_or_substantial_and_nothing_else() {
        var substantial = new IdPortenProperties(ISSUER, "laget", "s", null, "idporten-loa-substantial", 0);
        assertThatCode(substantial::check).doesNotThrowAnyException();
        assertThat(catchThrowableOfType(InvalidSettingException.class,
                new IdPortenProperties("", "", "", null, "idporten-loa-low", 0)::check).name())
                .isEqualTo("LAGET_IDPORTEN_MINIMUM_ASSURANCE");
    }

    @Test
    void high_is_needed_by_default_and_substantial_is_enough_when_the_setting_says_so() {
        IdPortenProperties high = settings(ISSUER, "laget", "s");
        IdPortenProperties substantial = new IdPortenProperties(ISSUER, "laget", "s", null, "idporten-loa-substantial", 0);

        assertThat(high.meetsMinimum("idporten-loa-high")).isTrue();
        assertThat(high.meetsMinimum("Level4")).isTrue();
        assertThat(high.meetsMinimum("idporten-loa-substantial")).isFalse();
        assertThat(high.meetsMinimum("Level3")).isFalse();
        assertThat(high.meetsMinimum(null)).isFalse();
        assertThat(high.meetsMinimum("idporten-loa-high-ish")).isFalse();
        assertThat(substantial.meetsMinimum("idporten-loa-substantial")).isTrue();
        assertThat(substantial.meetsMinimum("idporten-loa-high")).isTrue();
        assertThat(substantial.meetsMinimum("idporten-loa-low")).isFalse();
    }

    @Test
    void production_with_half_the_id_porten_settings_stops_before_the_database_naming_them() {
        // Production with every other setting, and a database that is not there: had the start gone on, it would
        // have failed on the database instead.
        SpringApplication laget = new SpringApplication(LagetApplication.class);

        Throwable failure = catchThrowable(() -> laget.run("--laget.mode=production",
                "--laget.db.url=jdbc:postgresql://127.0.0.1:1/none", "--laget.db.user=laget", "--laget.db.password=x",
                "--laget.municipality.number=3101", "--laget.municipality.name=Halden kommune",
                "--laget.idporten.issuer=" + ISSUER, "--laget.idporten.client-id=laget-halden",
                "--server.port=0", "--logging.file.name="));

        MissingSettingsException cause = causes(failure).stream()
                .filter(MissingSettingsException.class::isInstance).map(MissingSettingsException.class::cast)
                .findFirst().orElseThrow(() -> new AssertionError("Started or failed otherwise", failure));
        assertThat(cause.names()).singleElement().asString().startsWith("LAGET_IDPORTEN_CLIENT_SECRET");
    }

    private static List<String> missing(IdPortenProperties settings) {
        return catchThrowableOfType(MissingSettingsException.class, settings::check).names().stream()
                .map(name -> name.substring(0, name.indexOf(' '))).toList();
    }

    private static List<Throwable> causes(Throwable failure) {
        List<Throwable> causes = new ArrayList<>();
        for (Throwable t = failure; t != null && !causes.contains(t); t = t.getCause()) {
            causes.add(t);
        }
        return causes;
    }
}
