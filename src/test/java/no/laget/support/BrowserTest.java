package no.laget.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * A browser test: the whole application in demo mode on a real HTTP port, on the embedded PostgreSQL shared by
 * every test in the JVM. Pair it with a {@link Browser} registered as a static extension:
 *
 * <pre>{@code
 * @BrowserTest
 * class SomeJourneyTest {
 *     @RegisterExtension
 *     static final Browser browser = new Browser();
 *
 *     @LocalServerPort
 *     int port;
 *
 *     @Test
 *     void someone_does_something() {
 *         Page page = browser.newPage(port);
 *         page.navigate("/login");
 *         browser.assertAccessible(page);
 *     }
 * }
 * }</pre>
 *
 * Keep to this one annotation so that Spring reuses one context for all browser tests. Other tests write to the
 * same database: give everything a test creates a unique name.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
@Import(TestSupportConfig.class)
public @interface BrowserTest {}
