package no.laget.casework;

import no.laget.platform.validation.StaleVersionException;

/**
 * Optimistic locking: every editable entry carries the version the user saw; a save against another version is
 * refused with {@code casework.stale} on the field {@code version}, and the page keeps what was typed.
 */
final class Versions {

    static final String FIELD = "version";

    private Versions() {}

    static Integer parse(String value) {
        try {
            return value == null ? null : Integer.valueOf(value.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static StaleVersionException stale() {
        return new StaleVersionException(FIELD, "casework.stale");
    }
}
