package no.laget.platform.web;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

@ControllerAdvice(annotations = PageController.class, assignableTypes = ErrorController.class)
class PageModelAdvice {

    private final PageShell shell;

    PageModelAdvice(PageShell shell) {
        this.shell = shell;
    }

    @ModelAttribute
    void shell(Model model) {
        shell.addTo(model);
    }
}
