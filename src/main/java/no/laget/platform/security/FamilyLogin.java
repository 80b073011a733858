package no.laget.platform.security;

import java.util.Optional;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Whether the family door is open, and where its login starts: with ID-porten configured, or in the demo with its
 * own mock ID-porten. Closed in production without {@code LAGET_IDPORTEN_*}: the login page then says so.
 */
@Component
@EnableConfigurationProperties(IdPortenProperties.class)
public class FamilyLogin {

    /** Where the family's login button leads: Laget sends the browser on to ID-porten from there. */
    public static final String START_PATH = FamilySecurity.AUTHORIZATION_BASE + "/" + IdPortenRegistration.ID;

    private final IdPortenRegistration registration;

    FamilyLogin(IdPortenProperties settings, DemoIdPorten demo) {
        if (settings.configured()) {
            registration = new IdPortenRegistration(settings.issuer(), settings.clientId(), settings.clientSecret(),
                    settings.clientAuth());
        } else if (demo.running()) {
            registration = new IdPortenRegistration(demo.issuer(), DemoIdPorten.CLIENT_ID, DemoIdPorten.CLIENT_SECRET,
                    SingleSignOnProperties.CLIENT_SECRET_BASIC);
        } else {
            registration = null;
        }
    }

    /** The login button's path, or empty while the family door is closed. */
    public Optional<String> startPath() {
        return open() ? Optional.of(START_PATH) : Optional.empty();
    }

    boolean open() {
        return registration != null;
    }

    IdPortenRegistration registration() {
        return registration;
    }
}
