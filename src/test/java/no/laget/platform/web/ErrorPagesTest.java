package no.laget.platform.web;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import no.laget.support.TestSupportConfig;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/** Over real HTTP, because MockMvc does not render the servlet container's error pages. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
@Import(TestSupportConfig.class)
class ErrorPagesTest {

    @LocalServerPort int port;

    @Test
    void a_missing_page_and_a_forbidden_page_are_explained_in_bokmaal_inside_the_page_shell() throws Exception {
        HttpClient browser = signedIn("ansatt");

        var missing = browser.send(get("/finnes-ikke"), HttpResponse.BodyHandlers.ofString());
        var forbidden = browser.send(get("/admin/units"), HttpResponse.BodyHandlers.ofString());

        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("<html lang=\"nb\">", "Siden finnes ikke", "Ingrid Demodatter")
                .doesNotContain("Exception", "Whitelabel");
        assertThat(forbidden.statusCode()).isEqualTo(403);
        assertThat(forbidden.body()).contains("Du har ikke tilgang", "Hopp til hovedinnhold")
                .doesNotContain("Exception");
    }

    @Test
    void requests_the_container_or_spring_refuse_are_problem_json_under_api_and_bokmaal_pages_elsewhere() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        String basic = "Basic " + java.util.Base64.getEncoder().encodeToString("admin:demo".getBytes());

        var wrongMethod = client.send(HttpRequest.newBuilder(uri("/api/v1/units")).header("Authorization", basic)
                .method("PATCH", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        var nulInAddress = client.send(HttpRequest.newBuilder(uri("/api/v1/children/1%00")).header("Authorization", basic)
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        var nulInPageAddress = signedIn("ansatt").send(get("/children/1%00"), HttpResponse.BodyHandlers.ofString());

        assertThat(wrongMethod.statusCode()).isEqualTo(405);
        assertThat(wrongMethod.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(wrongMethod.body()).contains("Metoden er ikke tillatt");
        assertThat(nulInAddress.statusCode()).isEqualTo(400);
        assertThat(nulInAddress.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(nulInPageAddress.statusCode()).isEqualTo(400);
        assertThat(nulInPageAddress.body()).contains("lang=\"nb\"", "Vi kan ikke ta imot forespørselen")
                .doesNotContain("Tomcat", "HTTP Status");
    }

    @Test
    void bytes_that_are_not_utf8_in_a_real_form_post_give_the_form_again_with_the_message_next_to_the_field() throws Exception {
        HttpClient admin = signedIn("admin");
        String page = admin.send(get("/admin/units/new"), HttpResponse.BodyHandlers.ofString()).body();
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
        assertThat(token.find()).isTrue();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        body.writeBytes("name=Skole".getBytes());
        body.write(0xFF);
        body.write(0xFE);
        body.writeBytes(("&type=SCHOOL&_csrf=" + token.group(1)).getBytes());

        var answer = admin.send(HttpRequest.newBuilder(uri("/admin/units")).header("Accept", "text/html")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).contains("Feil: ", "id=\"name-error\"", "Vi har fjernet dem", "value=\"Skole\"");
    }

    private HttpClient signedIn(String username) throws Exception {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String page = client.send(get("/login"), HttpResponse.BodyHandlers.ofString()).body();
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
        assertThat(token.find()).isTrue();
        var login = client.send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + username + "&password=demo&_csrf=" + token.group(1)))
                .build(), HttpResponse.BodyHandlers.discarding());
        assertThat(login.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).endsWith("/"));
        return client;
    }

    private HttpRequest get(String path) {
        return HttpRequest.newBuilder(uri(path)).header("Accept", "text/html").GET().build();
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
