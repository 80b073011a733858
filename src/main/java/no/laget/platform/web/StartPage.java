package no.laget.platform.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** Who you are and what you may use; the links come from the modules through the menu. */
@Controller
class StartPage {

    @GetMapping("/")
    String start() {
        return "start";
    }
}
