package no.laget.platform;

import java.util.List;

/** Production was started without settings it cannot do without. */
public class MissingSettingsException extends IllegalStateException {

    private final List<String> names;

    public MissingSettingsException(List<String> names) {
        super("Laget starts in production mode only when these settings are given: " + String.join(", ", names)
                + ". For a demo with made-up data, run ./laget run.");
        this.names = List.copyOf(names);
    }

    public List<String> names() {
        return names;
    }
}
