package no.laget.platform.time;

import java.time.ZoneId;

/**
 * Laget's one time zone. Every calendar day (deadlines, consent periods, figures per year) and every time shown to a
 * person is a day or time in Europe/Oslo; instants are stored in UTC. {@code @Scheduled(zone = Oslo.NAME)} takes the
 * name; SQL text names the zone itself ({@code at time zone 'Europe/Oslo'}).
 */
public final class Oslo {

    public static final String NAME = "Europe/Oslo";

    public static final ZoneId ZONE = ZoneId.of(NAME);

    private Oslo() {}
}
