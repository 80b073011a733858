package no.laget.platform.web;

import no.laget.platform.validation.InvalidInputException;
import no.laget.platform.validation.NotFoundException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import jakarta.servlet.http.HttpServletResponse;

/** A missing thing is a 404 page in bokmål, never a 500 or a stack trace. */
@ControllerAdvice(annotations = PageController.class)
class PageErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(PageErrorHandler.class);

    private final PageShell shell;
    private final FieldErrors fieldErrors;

    PageErrorHandler(PageShell shell, FieldErrors fieldErrors) {
        this.shell = shell;
        this.fieldErrors = fieldErrors;
    }

    /**
     * Bad input that reached no form's own error path: a search with a refused character, or a post whose
     * page did not catch it. A 400 page in bokmål with the messages, never a 500.
     */
    @ExceptionHandler(InvalidInputException.class)
    ModelAndView invalidInput(InvalidInputException e) {
        ModelAndView page = new ModelAndView("error/request", shell.attributes());
        page.addObject("problems", fieldErrors.of(e).values());
        page.setStatus(HttpStatus.BAD_REQUEST);
        return page;
    }

    /**
     * Anything else is our fault: a 500 page in bokmål that says nothing technical. The log gets the
     * exception's type and where it happened, not its message, which can quote personal data from SQL.
     */
    @ExceptionHandler(Exception.class)
    ModelAndView unexpected(Exception e, HttpServletResponse response) {
        if (DatabaseBusy.causedBy(e)) {
            // every database connection is in use: not our bug and not the user's mistake; try again soon
            log.warn("No database connection for a page within the pool's timeout: 503");
            response.setHeader(HttpHeaders.RETRY_AFTER, DatabaseBusy.RETRY_AFTER_SECONDS);
            ModelAndView busy = new ModelAndView("error/503", shell.attributes());
            busy.setStatus(HttpStatus.SERVICE_UNAVAILABLE);
            return busy;
        }
        ModelAndView page = new ModelAndView("error", shell.attributes());
        if (e instanceof ErrorResponse known && known.getStatusCode().is4xxClientError()) {
            // Spring's own request errors (a missing parameter, a wrong method) are the client's, not ours.
            page.setStatus(known.getStatusCode());
            HttpStatus status = HttpStatus.resolve(known.getStatusCode().value());
            page.setViewName(status == null ? "error/request" : ErrorPages.viewFor(status));
            return page;
        }
        log.error("Unexpected error on a page: {} at {}", e.getClass().getName(), TechnicalTrace.of(e));
        page.setStatus(HttpStatus.INTERNAL_SERVER_ERROR);
        return page;
    }

    @ExceptionHandler({NotFoundException.class, MethodArgumentTypeMismatchException.class})
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(Model model) {
        shell.addTo(model);
        return "error/404";
    }
}
