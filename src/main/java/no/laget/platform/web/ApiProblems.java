package no.laget.platform.web;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import no.laget.platform.validation.InvalidInputException;
import no.laget.platform.validation.NotFoundException;
import no.laget.platform.validation.StaleVersionException;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Every API error is application/problem+json (RFC 9457). Field errors carry an {@code errors} list of
 * {@code {field, message}} in bokmål, the same words the pages show.
 */
@RestControllerAdvice(annotations = RestController.class)
class ApiProblems extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);
    static final URI VALIDATION = URI.create("urn:laget:problem:validation");
    static final URI BUSY = URI.create("urn:laget:problem:busy");

    private final MessageSource messages;

    ApiProblems(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<ProblemDetail> invalidInput(InvalidInputException e) {
        return validationProblem(e.problems().stream()
                .map(p -> Map.of("field", p.field(), "message", text(p.messageKey())))
                .toList());
    }

    /** Someone else saved first: 409, with the same field list, so a client can reload and try again. */
    @ExceptionHandler(StaleVersionException.class)
    ResponseEntity<ProblemDetail> staleVersion(StaleVersionException e) {
        ResponseEntity<ProblemDetail> problem = invalidInput(e);
        ProblemDetail body = problem.getBody();
        body.setStatus(HttpStatus.CONFLICT);
        body.setTitle("Endret av noen andre");
        body.setDetail(text("error.stale.detail"));
        return ResponseEntity.status(HttpStatus.CONFLICT).body(body);
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(NotFoundException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "Finnes ikke.");
        problem.setTitle("Finnes ikke");
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> badPathOrParameter(MethodArgumentTypeMismatchException e) {
        return validationProblem(List.of(Map.of("field", e.getName(), "message", text("api.value.unreadable"))));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        if (DatabaseBusy.causedBy(e)) {
            log.warn("No database connection for an API request within the pool's timeout: 503");
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                    .header(HttpHeaders.RETRY_AFTER, DatabaseBusy.RETRY_AFTER_SECONDS).body(busy());
        }
        // The exception's message can quote database values (a duplicate key's value, say): log only where it happened.
        log.error("Unexpected error in the API: {} at {}", e.getClass().getName(), TechnicalTrace.of(e));
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "Noe gikk galt hos oss. Prøv igjen senere.");
        problem.setTitle("Noe gikk galt");
        return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR).body(problem);
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Map<String, String>> errors = e.getBindingResult().getFieldErrors().stream()
                .map(error -> Map.of("field", error.getField(),
                        "message", messages.getMessage(error, LocaleContextHolder.getLocale())))
                .toList();
        return ResponseEntity.badRequest().body(validationProblem(errors).getBody());
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        // A field of the wrong JSON type ("6" for a number, "true" for a boolean): name the field, like a form would
        if (e.getCause() instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            String field = mismatch.getPath().stream()
                    .map(reference -> reference.getPropertyName() != null ? reference.getPropertyName()
                            : String.valueOf(reference.getIndex()))
                    .collect(Collectors.joining("."));
            return ResponseEntity.badRequest().body(validationProblem(
                    List.of(Map.of("field", field, "message", text("api.field.wrong-type")))).getBody());
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, text("api.body.unreadable"));
        problem.setTitle("Kan ikke lese forespørselen");
        return ResponseEntity.badRequest().body(problem);
    }

    /** Spring's own request errors (405, 406, 415, a missing parameter) in bokmål, still problem+json. */
    @Override
    protected @Nullable ResponseEntity<Object> handleExceptionInternal(Exception e, @Nullable Object body,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (body == null && e instanceof ErrorResponse known) {
            body = known.updateAndGetBody(getMessageSource(), LocaleContextHolder.getLocale());
        }
        if (body instanceof ProblemDetail problem && status.is4xxClientError()) {
            problem.setTitle(messages.getMessage("error.status." + status.value(), null,
                    problem.getTitle() == null ? "Feil i forespørselen" : problem.getTitle(), LocaleContextHolder.getLocale()));
            problem.setDetail(text("error.status.detail"));
        }
        return super.handleExceptionInternal(e, body, headers, status, request);
    }

    /** 503: every database connection is in use; try again after Retry-After. */
    static ProblemDetail busy() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                "Laget har for mye å gjøre akkurat nå. Prøv igjen om litt.");
        problem.setType(BUSY);
        problem.setTitle("Opptatt");
        return problem;
    }

    private ResponseEntity<ProblemDetail> validationProblem(List<Map<String, String>> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "Noen felt må rettes før forespørselen kan tas imot.");
        problem.setType(VALIDATION);
        problem.setTitle("Felt må rettes");
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().body(problem);
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }

}
