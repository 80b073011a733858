package no.laget.browser;

import no.laget.support.Browser;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What every test in this package drives: chromium (one {@link Browser} extension, which checks after each test that
 * every page loaded was checked with axe) against the application on its random port. The subclass carries its own
 * Spring annotation ({@code @BrowserTest}, or {@code @ProductionWithSingleSignOn}).
 */
abstract class BrowserJourney {

    @RegisterExtension
    static final Browser browser = new Browser();

    @LocalServerPort
    int port;
}
