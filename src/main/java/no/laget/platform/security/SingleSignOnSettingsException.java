package no.laget.platform.security;

/** A single sign-on setting is missing or wrong; the start stops with one message naming it. */
public class SingleSignOnSettingsException extends IllegalStateException {

    private final String setting;

    public SingleSignOnSettingsException(String setting, String problem) {
        super(setting + " " + problem + ".");
        this.setting = setting;
    }

    public String setting() {
        return setting;
    }
}
