package no.laget.platform.web;

import org.springframework.web.bind.annotation.GetMapping;

/** Who you are and what you may use; the links come from the modules through the menu. */
@PageController
class StartPage {

    @GetMapping("/")
    String start() {
        return "start";
    }
}
