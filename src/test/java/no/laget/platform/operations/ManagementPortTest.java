package no.laget.platform.operations;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import no.laget.support.TestSupportConfig;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Over real HTTP with the actuator on its own port (LAGET_MANAGEMENT_PORT): there the metrics answer without a
 * token (the port is the operator's, not reachable from outside); on the application's port they are not there.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {"management.server.port=0",
        "laget.operations.management-token="})
@ActiveProfiles({"demo", "test"})
@Import(TestSupportConfig.class)
class ManagementPortTest {

    @LocalServerPort int applicationPort;
    @LocalManagementPort int managementPort;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void the_metrics_answer_on_the_management_port_and_not_on_the_application_port() throws Exception {
        assertThat(managementPort).isNotEqualTo(applicationPort);
        HttpResponse<String> metrics = get(managementPort, "/actuator/prometheus");
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("laget_report_outbox_depth_reports", "jvm_memory_used_bytes");
        assertThat(get(managementPort, "/actuator/health/readiness").statusCode()).isEqualTo(200);

        assertThat(get(applicationPort, "/actuator/prometheus").statusCode()).isEqualTo(404);
        // the probes stay on the application's port too, for a load balancer that only sees that one
        assertThat(get(applicationPort, "/readyz").statusCode()).isEqualTo(200);
        assertThat(get(applicationPort, "/livez").statusCode()).isEqualTo(200);
    }

    private HttpResponse<String> get(int port, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
