package no.laget.platform;

import java.util.ArrayList;
import java.util.List;

/**
 * Production refuses to start without the settings it needs, naming them by their environment variables.
 * Called before the database is opened, so production never falls back to the embedded database.
 */
public final class StartupChecks {

    private StartupChecks() {}

    public static void requireSettings(LagetProperties properties) {
        if (properties.demo()) {
            return;
        }
        List<String> missing = new ArrayList<>();
        if (blank(properties.db().url())) missing.add("LAGET_DB_URL");
        if (blank(properties.db().user())) missing.add("LAGET_DB_USER");
        if (blank(properties.db().password())) missing.add("LAGET_DB_PASSWORD");
        if (blank(properties.municipality().number())) missing.add("LAGET_MUNICIPALITY_NUMBER");
        if (blank(properties.municipality().name())) missing.add("LAGET_MUNICIPALITY_NAME");
        if (!missing.isEmpty()) {
            throw new MissingSettingsException(missing);
        }
    }

    /**
     * Bearer tokens for the API need both the issuer and the audience: one without the other would either accept
     * tokens meant for any application of the identity provider or none at all, so the start stops and names the
     * missing one. Demo and production alike.
     */
    public static void requireApiTokenSettings(ApiTokenProperties api) {
        if (!api.issuer().isEmpty() && api.audience().isEmpty()) {
            throw new MissingSettingsException(List.of("LAGET_API_AUDIENCE (needed with LAGET_API_ISSUER)"));
        }
        if (api.issuer().isEmpty() && !api.audience().isEmpty()) {
            throw new MissingSettingsException(List.of("LAGET_API_ISSUER (needed with LAGET_API_AUDIENCE)"));
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
