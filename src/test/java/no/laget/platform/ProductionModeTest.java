package no.laget.platform;

import java.io.IOException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Laget in production mode against an "external" PostgreSQL (a second embedded server standing in for
 * one): no demo data, no default password, no demo banner, and the API takes no HTTP Basic.
 */
@SpringBootTest(properties = {"laget.mode=production", "laget.municipality.number=3101",
        "laget.municipality.name=Halden kommune", "laget.bootstrap-admin.username=drift",
        "laget.bootstrap-admin.password=et-langt-driftspassord", "logging.file.name=target/laget-test.log"})
@AutoConfigureMockMvc
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ProductionModeTest {

    private static EmbeddedPostgres external;
    private static boolean stopped;

    @DynamicPropertySource
    static void externalDatabase(DynamicPropertyRegistry registry) throws IOException {
        external = EmbeddedPostgres.builder().setServerConfig("timezone", "UTC").start();
        registry.add("laget.db.url", () -> external.getJdbcUrl("postgres", "postgres"));
        registry.add("laget.db.user", () -> "postgres");
        registry.add("laget.db.password", () -> "not-needed-locally");
    }

    @AfterAll
    static void stop() throws IOException {
        if (!stopped) {
            external.close();
        }
    }

    /** What the probes would have said while Flyway ran, seen from inside the migration. */
    private static volatile ReadinessState readinessWhileMigrating;

    @TestConfiguration(proxyBeanMethods = false)
    static class WatchMigration {
        @Bean
        FlywayMigrationStrategy watchingMigration(ApplicationAvailability availability) {
            return flyway -> {
                readinessWhileMigrating = availability.getReadinessState();
                flyway.migrate();
            };
        }
    }

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired ApplicationAvailability availability;

    @Test
    void readiness_refuses_traffic_while_the_migrations_run_and_accepts_after() throws Exception {
        assertThat(readinessWhileMigrating).isEqualTo(ReadinessState.REFUSING_TRAFFIC);
        assertThat(availability.getReadinessState()).isEqualTo(ReadinessState.ACCEPTING_TRAFFIC);
        assertThat(jdbc.sql("select count(*) from flyway_schema_history where not success").query(Integer.class).single())
                .isZero();
    }

    @Test
    void production_has_no_demo_people_or_children_and_no_demo_banner() throws Exception {
        assertThat(jdbc.sql("select username from employee").query(String.class).list()).containsExactly("drift");
        assertThat(jdbc.sql("select count(*) from child").query(Integer.class).single()).isZero();
        mvc.perform(get("/login"))
                .andExpect(content().string(not(containsString("Demoversjon"))))
                .andExpect(content().string(not(containsString("Passordet er demo"))));
    }

    @Test
    void the_first_administrator_comes_from_the_settings_and_demo_passwords_do_not_work() throws Exception {
        mvc.perform(post("/login").param("username", "drift").param("password", "et-langt-driftspassord").with(csrf()))
                .andExpect(authenticated().withUsername("drift"));
        mvc.perform(post("/login").param("username", "admin").param("password", "demo").with(csrf())
                        .with(request -> { request.setRemoteAddr("10.9.0.1"); return request; }))
                .andExpect(redirectedUrl("/login?feil"));
    }

    @Test
    void without_a_management_token_or_port_the_metrics_are_not_there_but_the_probes_are() throws Exception {
        mvc.perform(get("/actuator/prometheus")).andExpect(status().isNotFound());
        mvc.perform(get("/actuator/prometheus").header("Authorization", "Bearer ")).andExpect(status().isNotFound());
        mvc.perform(get("/actuator/prometheus").header("Authorization", "Bearer null")).andExpect(status().isNotFound());
        mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk());
        mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk());
    }

    /**
     * Last: it stops the database. Readiness goes down (the node leaves the load balancer), liveness does not. The
     * answer comes after the connection pool's 30 s wait for a connection, so one call only.
     */
    @Test
    @Order(Integer.MAX_VALUE)
    void readiness_is_down_while_the_database_is_unreachable_and_liveness_stays_up() throws Exception {
        mvc.perform(get("/readyz")).andExpect(status().isOk());
        external.close();
        stopped = true;
        mvc.perform(get("/actuator/health/readiness")).andExpect(status().isServiceUnavailable())
                .andExpect(content().string(containsString("DOWN")));
        mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk());
    }

    @Test
    void the_api_takes_no_http_basic_in_production() throws Exception {
        mvc.perform(get("/api/v1/units").with(httpBasic("drift", "et-langt-driftspassord")))
                .andExpect(status().isUnauthorized());
    }
}
