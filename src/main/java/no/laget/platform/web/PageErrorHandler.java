package no.laget.platform.web;

import no.laget.platform.validation.NotFoundException;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** A missing thing is a 404 page in bokmål, never a 500 or a stack trace. */
@ControllerAdvice(annotations = Controller.class)
class PageErrorHandler {

    private final PageShell shell;

    PageErrorHandler(PageShell shell) {
        this.shell = shell;
    }

    @ExceptionHandler({NotFoundException.class, MethodArgumentTypeMismatchException.class})
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(Model model) {
        shell.addTo(model);
        return "error/404";
    }
}
