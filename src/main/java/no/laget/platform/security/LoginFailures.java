package no.laget.platform.security;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/** The one metric of refused logins, tagged by reason only: no username, no address, no claim. */
final class LoginFailures {

    static final String NAME = "laget.login.failures";

    private LoginFailures() {}

    static Counter counter(MeterRegistry meters, String reason) {
        return Counter.builder(NAME).description("Refused logins (password form, HTTP Basic and single sign-on)")
                .tag("reason", reason).register(meters);
    }
}
