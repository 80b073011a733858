package no.laget.platform.web;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import org.apache.catalina.Container;
import org.apache.catalina.Lifecycle;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * Tomcat refuses some requests before Laget sees them (an encoded NUL in the address is one) and answers with its
 * own English page. This replaces that page: problem+json under /api, a short page in bokmål elsewhere.
 */
@Component
class ContainerErrors implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addContextCustomizers(context -> context.addLifecycleListener(event -> {
            if (Lifecycle.BEFORE_START_EVENT.equals(event.getType())) {
                Container host = context.getParent();
                for (Valve valve : host.getPipeline().getValves()) {
                    if (valve instanceof ErrorReportValve && !(valve instanceof Report)) {
                        host.getPipeline().removeValve(valve);
                    }
                }
                host.getPipeline().addValve(new Report());
            }
        }));
    }

    static final class Report extends ErrorReportValve {

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            int status = response.getStatus();
            if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
                return;
            }
            String uri = request.getRequestURI();
            boolean api = uri != null && uri.startsWith("/api/");
            try {
                response.setCharacterEncoding(StandardCharsets.UTF_8.name());
                response.setContentType(api ? "application/problem+json" : "text/html");
                Writer writer = response.getReporter();
                if (writer == null) {
                    return;
                }
                if (api) {
                    writer.write("{\"status\":" + status + ",\"title\":\"Forespørselen kan ikke leses\","
                            + "\"detail\":\"Sjekk adressen, metoden og innholdet i forespørselen mot API-beskrivelsen.\"}");
                } else {
                    writer.write("<!DOCTYPE html><html lang=\"nb\"><head><meta charset=\"utf-8\">"
                            + "<title>Vi kan ikke ta imot forespørselen – Laget</title></head><body><main>"
                            + "<h1>Vi kan ikke ta imot forespørselen</h1>"
                            + "<p>Det som ble sendt, kan vi ikke ta imot. Sjekk adressen, eller gå til forsiden.</p>"
                            + "<p><a href=\"/\">Gå til forsiden</a></p></main></body></html>");
                }
                response.finishResponse();
            } catch (IOException | IllegalStateException cannotWrite) {
                // the client is gone or the response is committed: nothing more to say
            }
        }
    }
}
