package no.laget.platform.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

@ControllerAdvice(annotations = Controller.class)
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
