package no.laget.platform.security;

import java.net.InetAddress;
import java.util.List;
import java.util.Map;
import java.util.Set;

import no.laget.platform.LagetProperties;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;
import no.nav.security.mock.oauth2.token.OAuth2TokenProvider;
import no.nav.security.mock.oauth2.token.RequestMapping;
import no.nav.security.mock.oauth2.token.RequestMappingTokenCallback;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * The demo's own ID-porten: NAV's mock-oauth2-server, started by Laget on a local port (loopback only) when the demo
 * runs without {@code LAGET_IDPORTEN_ISSUER}, so {@code ./laget run} needs nothing more. Its login form asks for a
 * "username": what one types becomes the {@code pid} claim (and the subject), with {@code acr=idporten-loa-high}, like
 * a login with BankID. Stopped with the application. Never started in production.
 */
@Component
class DemoIdPorten implements DisposableBean {

    static final String ISSUER_ID = "idporten";
    static final String CLIENT_ID = "laget-demo";
    static final String CLIENT_SECRET = "demo-hemmelighet";
    private static final Logger log = LoggerFactory.getLogger(DemoIdPorten.class);

    private final MockOAuth2Server server;

    DemoIdPorten(LagetProperties laget, IdPortenProperties settings) {
        if (!laget.demo() || !settings.blank()) {
            this.server = null;
            return;
        }
        // the typed username is the subject; the mapping copies it into pid ("${subject}" is the server's template)
        RequestMappingTokenCallback typedNumberIsPid = new RequestMappingTokenCallback(ISSUER_ID, List.of(
                new RequestMapping("grant_type", "*", Map.of(
                        "pid", "${" + RequestMappingTokenCallback.SUBJECT_PARAM + "}",
                        "acr", IdPortenProperties.HIGH,
                        "amr", List.of("TestID"),
                        "locale", "nb"), "JWT")), 3600);
        MockOAuth2Server started = new MockOAuth2Server(new OAuth2Config(true, null, null, false,
                new OAuth2TokenProvider(), Set.of(typedNumberIsPid)));
        started.start(InetAddress.getLoopbackAddress(), settings.demoPort());
        this.server = started;
        log.info("Demo: mock ID-porten for the family's login at {}", started.issuerUrl(ISSUER_ID));
    }

    boolean running() {
        return server != null;
    }

    /** The mock's issuer address; only while {@link #running()}. */
    String issuer() {
        return server.issuerUrl(ISSUER_ID).toString();
    }

    /** For tests: the server itself (to queue a token with other claims). */
    MockOAuth2Server server() {
        return server;
    }

    @Override
    public void destroy() {
        if (server != null) {
            server.shutdown();
        }
    }
}
