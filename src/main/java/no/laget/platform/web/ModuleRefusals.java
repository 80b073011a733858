package no.laget.platform.web;

import no.laget.platform.validation.RefusedException;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A module's own refusal ({@link RefusedException}, the access door's too): 403 in bokmål on pages, problem+json with
 * the module's reason code in the API. The page handler comes after the access module's own, which offers emergency
 * access on a refused page.
 */
final class ModuleRefusals {

    private ModuleRefusals() {}

    @ControllerAdvice(annotations = PageController.class)
    @Order(Ordered.HIGHEST_PRECEDENCE + 1)
    static class Pages {

        private final PageShell shell;

        Pages(PageShell shell) {
            this.shell = shell;
        }

        @ExceptionHandler(RefusedException.class)
        @ResponseStatus(HttpStatus.FORBIDDEN)
        String refused(RefusedException e, Model model) {
            shell.addTo(model);
            model.addAttribute("reasonKey", e.messageKey());
            return "access/refused";
        }
    }

    @RestControllerAdvice(annotations = RestController.class)
    @Order(Ordered.HIGHEST_PRECEDENCE)
    static class Api {

        private final MessageSource messages;

        Api(MessageSource messages) {
            this.messages = messages;
        }

        @ExceptionHandler(RefusedException.class)
        ResponseEntity<ProblemDetail> refused(RefusedException e) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
                    messages.getMessage(e.messageKey(), null, e.messageKey(), LocaleContextHolder.getLocale()));
            problem.setTitle("Ingen tilgang");
            problem.setProperty("reason", e.reasonCode());
            return ResponseEntity.status(HttpStatus.FORBIDDEN).body(problem);
        }
    }
}
