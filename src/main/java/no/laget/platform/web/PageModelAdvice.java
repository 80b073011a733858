package no.laget.platform.web;

import java.util.Comparator;
import java.util.List;

import no.laget.platform.LagetProperties;
import no.laget.platform.security.SignedInUser;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What the page shell needs on every page: who is signed in, the menu, and whether this is a demo. */
@ControllerAdvice(annotations = Controller.class)
class PageModelAdvice {

    private final LagetProperties properties;
    private final List<MenuContributor> contributors;

    PageModelAdvice(LagetProperties properties, List<MenuContributor> contributors) {
        this.properties = properties;
        this.contributors = contributors;
    }

    @ModelAttribute
    void shell(Model model) {
        model.addAttribute("demoMode", properties.demo());
        model.addAttribute("municipalityName", properties.municipality().name());
        SignedInUser user = currentUser();
        model.addAttribute("currentUser", user);
        model.addAttribute("menu", user == null ? List.of() : menuFor(user));
    }

    private List<MenuItem> menuFor(SignedInUser user) {
        return contributors.stream()
                .flatMap(contributor -> contributor.itemsFor(user).stream())
                .sorted(Comparator.comparingInt(MenuItem::order))
                .toList();
    }

    static SignedInUser currentUser() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof SignedInUser user ? user : null;
    }
}
