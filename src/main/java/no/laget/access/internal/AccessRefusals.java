package no.laget.access.internal;

import no.laget.access.AccessRefusedException;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A refused API request: 403 with the reason code and a plain Norwegian explanation, and none of the
 * child's data. Ordered first so the platform's catch-all never turns a refusal into a 500.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class AccessRefusals {

    private final MessageSource messages;

    AccessRefusals(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(AccessRefusedException.class)
    ResponseEntity<ProblemDetail> refused(AccessRefusedException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
                messages.getMessage(e.reason().messageKey(), null, LocaleContextHolder.getLocale()));
        problem.setTitle("Ingen tilgang");
        problem.setProperty("reason", e.reason().name());
        return ResponseEntity.status(HttpStatus.FORBIDDEN).body(problem);
    }
}
