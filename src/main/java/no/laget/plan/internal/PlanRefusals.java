package no.laget.plan.internal;

import no.laget.platform.web.PageShell;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** A refused status update or plan edit: the 403 page in bokmål, or 403 problem+json in the API. */
final class PlanRefusals {

    private PlanRefusals() {}

    @ControllerAdvice(assignableTypes = PlanPages.class)
    @Order(Ordered.HIGHEST_PRECEDENCE)
    static class Pages {

        private final PageShell shell;

        Pages(PageShell shell) {
            this.shell = shell;
        }

        @ExceptionHandler({StatusUpdateRefusedException.class, EditRefusedException.class})
        @ResponseStatus(HttpStatus.FORBIDDEN)
        String refused(Model model) {
            shell.addTo(model);
            return "error/403";
        }
    }

    @RestControllerAdvice(assignableTypes = PlanApi.class)
    @Order(Ordered.HIGHEST_PRECEDENCE)
    static class Api {

        @ExceptionHandler(StatusUpdateRefusedException.class)
        ResponseEntity<ProblemDetail> refused() {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
                    "Bare oppvekstadministrasjonen og ledere i tjenesten som eier tiltaket, kan oppdatere status.");
            problem.setTitle("Du har ikke tilgang");
            return ResponseEntity.status(HttpStatus.FORBIDDEN).body(problem);
        }

        @ExceptionHandler(EditRefusedException.class)
        ResponseEntity<ProblemDetail> editRefused() {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
                    "Bare oppvekstadministrasjonen kan lage og endre planer.");
            problem.setTitle("Du har ikke tilgang");
            return ResponseEntity.status(HttpStatus.FORBIDDEN).body(problem);
        }
    }
}
