package no.laget.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ContextConfiguration;

/**
 * Laget in production mode with single sign-on against NAV's mock-oauth2-server (issuer {@value #ISSUER_ID}, with its
 * interactive login form), on a real port and with MockMvc, over an "external" PostgreSQL (a second embedded server,
 * as in ProductionModeTest). The bootstrap administrator {@code drift} is the break-glass account. Every class with
 * this annotation shares one context, one identity provider and one database.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "laget.mode=production", "laget.municipality.number=3101", "laget.municipality.name=Halden kommune",
        "laget.bootstrap-admin.username=drift", "laget.bootstrap-admin.password=" + ProductionWithSingleSignOn.DRIFT_PASSWORD,
        "laget.oidc.client-id=" + ProductionWithSingleSignOn.CLIENT_ID, "laget.oidc.client-secret=en-hemmelighet",
        "laget.oidc.break-glass-username=drift", "logging.file.name=target/laget-test.log"})
@AutoConfigureMockMvc
@ContextConfiguration(initializers = ProductionWithSingleSignOn.Initializer.class)
public @interface ProductionWithSingleSignOn {

    String ISSUER_ID = "kommune";
    String CLIENT_ID = "laget-test";
    String DRIFT_PASSWORD = "et-langt-driftspassord";

    /** The identity provider, started once per JVM; it asks for a username (the subject) on its login form. */
    MockOAuth2Server IDP = Started.IDP;

    /** Starts the identity provider and the database before the context, and points Laget at them. */
    final class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            TestPropertyValues.of(
                    "laget.oidc.issuer=" + IDP.issuerUrl(ISSUER_ID),
                    "laget.db.url=" + Started.database().getJdbcUrl("postgres", "postgres"),
                    "laget.db.user=postgres",
                    "laget.db.password=not-needed-locally").applyTo(context);
        }
    }

    final class Started {

        static final MockOAuth2Server IDP = start();
        private static EmbeddedPostgres database;

        private Started() {}

        private static MockOAuth2Server start() {
            MockOAuth2Server server = new MockOAuth2Server(new OAuth2Config(true));
            server.start();
            return server;
        }

        static synchronized EmbeddedPostgres database() {
            if (database == null) {
                try {
                    // stopped after Spring has closed the contexts on it, not by the library's hook beside Spring's
                    EmbeddedPostgres started = EmbeddedPostgres.builder().setServerConfig("timezone", "UTC")
                            .setRegisterShutdownHook(false).start();
                    SpringApplication.getShutdownHandlers().add(() -> {
                        try {
                            started.close();
                        } catch (IOException ignored) {
                            // the JVM is going down; the server dies with it
                        }
                    });
                    database = started;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return database;
        }
    }
}
