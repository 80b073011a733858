package no.laget.access.internal;

import no.laget.access.AccessRefusedException;
import no.laget.platform.web.PageController;
import no.laget.platform.web.PageShell;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A refused page: 403 in bokmål saying why in plain words, never what was refused. */
@ControllerAdvice(annotations = PageController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class AccessRefusalPages {

    private final PageShell shell;

    AccessRefusalPages(PageShell shell) {
        this.shell = shell;
    }

    @ExceptionHandler(AccessRefusedException.class)
    @ResponseStatus(HttpStatus.FORBIDDEN)
    String refused(AccessRefusedException e, Model model) {
        shell.addTo(model);
        model.addAttribute("reasonKey", e.reason().messageKey());
        return "access/refused";
    }
}
