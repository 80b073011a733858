package no.laget.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * An integration test on the whole application in demo mode, on an embedded PostgreSQL in a temporary
 * directory shared by every test in the JVM, with a movable clock and an SQL statement counter.
 * Keep to this one annotation so that Spring reuses one context for all web tests.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles({"demo", "test"})
@Import(TestSupportConfig.class)
public @interface LagetTest {}
