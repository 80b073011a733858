package no.laget.platform.web;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import no.laget.platform.LagetProperties;
import no.laget.platform.security.SignedInUser;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What the page shell needs on every page: who is signed in, the menu, and whether this is a demo.
 * Controllers get it through {@link PageModelAdvice}; exception handlers, which get a fresh model, call
 * {@link #addTo(Model)} themselves.
 */
@Component
public class PageShell {

    private final LagetProperties properties;
    private final List<MenuContributor> contributors;

    PageShell(LagetProperties properties, List<MenuContributor> contributors) {
        this.properties = properties;
        this.contributors = contributors;
    }

    public void addTo(Model model) {
        model.addAllAttributes(attributes());
    }

    public Map<String, Object> attributes() {
        SignedInUser user = currentUser();
        Map<String, Object> attributes = new HashMap<>();
        attributes.put("demoMode", properties.demo());
        attributes.put("municipalityName", properties.municipality().name());
        attributes.put("currentUser", user);
        attributes.put("menu", user == null ? List.of() : menuFor(user));
        return attributes;
    }

    private List<MenuItem> menuFor(SignedInUser user) {
        return contributors.stream()
                .flatMap(contributor -> contributor.itemsFor(user).stream())
                .sorted(Comparator.comparingInt(MenuItem::order))
                .toList();
    }

    /** The signed-in user of the current request, or null when nobody is signed in. */
    public static SignedInUser currentUser() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof SignedInUser user ? user : null;
    }
}
