package no.laget.organisation.internal;

import java.util.stream.Collectors;

import no.laget.platform.LagetProperties;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Tells whoever ran `./laget run` where Laget is and how to sign in. Demo usernames are no one's data. */
@Component
class DemoAnnouncement {

    private final LagetProperties properties;
    private final Environment environment;

    DemoAnnouncement(LagetProperties properties, Environment environment) {
        this.properties = properties;
        this.environment = environment;
    }

    @EventListener(ApplicationReadyEvent.class)
    void announce() {
        if (!properties.demo()) {
            return;
        }
        String port = environment.getProperty("local.server.port", "8080");
        String accounts = OrganisationSetup.DEMO_EMPLOYEES.stream()
                .map(e -> String.format("  %-16s %s, %s", e.username(), e.roles().stream().map(Enum::name).sorted()
                        .collect(Collectors.joining("+")), e.unitName()))
                .collect(Collectors.joining("\n"));
        System.out.println("""

                Laget kjører i demomodus på http://localhost:%s
                Alle data er oppdiktet. Demokontoer (passord: demo):
                %s
                """.formatted(port, accounts));
    }
}
