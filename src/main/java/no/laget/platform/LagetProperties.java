package no.laget.platform;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Laget's own settings (prefix {@code laget}); the environment variables that feed them are in README.md. */
@ConfigurationProperties("laget")
public record LagetProperties(
        @DefaultValue("production") Mode mode,
        @DefaultValue Db db,
        @DefaultValue Municipality municipality,
        @DefaultValue BootstrapAdmin bootstrapAdmin,
        @DefaultValue Session session,
        @DefaultValue Login login) {

    public enum Mode { DEMO, PRODUCTION }

    public boolean demo() {
        return mode == Mode.DEMO;
    }

    public record Db(String url, String user, String password, @DefaultValue("./data/postgres") String embeddedDataDir) {
        public boolean external() {
            return url != null && !url.isBlank();
        }
    }

    public record Municipality(String number, String name) {}

    /** The first administrator in production, created only while there is none. */
    public record BootstrapAdmin(String username, String password) {}

    public record Session(@DefaultValue("30m") Duration idleTimeout) {}

    public record Login(
            @DefaultValue("15m") Duration window,
            @DefaultValue("5") int maxFailuresPerAccount,
            @DefaultValue("20") int maxFailuresPerAddress) {}
}
