package no.laget.casework.internal;

import no.laget.platform.validation.StaleVersionException;

/**
 * Optimistic locking: every editable entry carries the version the user saw (a command's {@code version}, null when
 * it was missing or not a number); a save against another version is refused with {@code casework.stale} on the
 * field {@code version}, and the page keeps what was typed.
 */
public final class Versions {

    public static final String FIELD = "version";

    private Versions() {}

    public static StaleVersionException stale() {
        return new StaleVersionException(FIELD, "casework.stale");
    }
}
