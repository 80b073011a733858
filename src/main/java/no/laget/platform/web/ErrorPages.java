package no.laget.platform.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * What the servlet container shows when a request fails before (or outside) a controller: a method the address
 * does not take, a request Spring Security's firewall rejects, a body too large. Under /api it is problem+json
 * like every other API answer; elsewhere a page in bokmål inside the page shell. Replaces Spring Boot's
 * default, which answers JSON of its own shape.
 */
@Controller
@RequestMapping("${server.error.path:/error}")
class ErrorPages implements ErrorController {

    private final MessageSource messages;
    private final PageShell shell;

    ErrorPages(MessageSource messages, PageShell shell) {
        this.messages = messages;
        this.shell = shell;
    }

    @RequestMapping
    Object error(HttpServletRequest request) {
        HttpStatus status = statusOf(request);
        String path = String.valueOf(request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI));
        if (path.startsWith(request.getContextPath() + "/api/") || !acceptsHtml(request)) {
            ResponseEntity<ProblemDetail> problem = problem(status);
            problem.getBody().setInstance(java.net.URI.create(path.replaceAll("[^A-Za-z0-9/_.~-]", "")));
            return problem;
        }
        ModelAndView page = new ModelAndView(viewFor(status), shell.attributes());
        page.setStatus(status);
        return page;
    }

    static String viewFor(HttpStatus status) {
        if (status == HttpStatus.NOT_FOUND) {
            return "error/404";
        }
        if (status == HttpStatus.FORBIDDEN) {
            return "error/403";
        }
        if (status == HttpStatus.SERVICE_UNAVAILABLE) {
            return "error/503";
        }
        return status.is4xxClientError() ? "error/request" : "error";
    }

    private ResponseEntity<ProblemDetail> problem(HttpStatus status) {
        if (status == HttpStatus.SERVICE_UNAVAILABLE) {
            return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(ApiProblems.busy());
        }
        ProblemDetail problem = ProblemDetail.forStatus(status);
        if (status.is5xxServerError()) {
            problem.setTitle("Noe gikk galt");
            problem.setDetail("Noe gikk galt hos oss. Prøv igjen senere.");
        } else {
            problem.setTitle(text("error.status." + status.value(), status.getReasonPhrase()));
            problem.setDetail(text("error.status.detail", null));
        }
        // the type is set, so a client that asked for something else still gets the problem, not a second error
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private static boolean acceptsHtml(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        return accept == null || accept.contains("text/html") || accept.contains("*/*");
    }

    private static HttpStatus statusOf(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
        return status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
    }

    private String text(String key, String fallback) {
        return messages.getMessage(key, null, fallback, LocaleContextHolder.getLocale());
    }
}
