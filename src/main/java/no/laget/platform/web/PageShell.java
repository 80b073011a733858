package no.laget.platform.web;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import no.laget.platform.LagetProperties;
import no.laget.platform.security.SignedInUser;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * What the page shell needs on every page: who is signed in, the menu, and whether this is a demo. The menu comes
 * as {@code menuTasks} (everyday work, no heading), {@code menuGroups} (each extra responsibility under its heading),
 * {@code menu} (both, in that order) and {@code currentPath}, which the layout marks with {@code aria-current}.
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
        List<MenuItem> menu = user == null ? List.of() : menuFor(user);
        attributes.put("menu", menu);
        attributes.put("menuTasks", menu.stream().filter(item -> item.group() == MenuGroup.TASKS).toList());
        attributes.put("menuGroups", groups(menu));
        attributes.put("currentPath", currentPath());
        addLanguage(attributes);
        return attributes;
    }

    /** The user's start page: the menu item marked as such, if the user has one. */
    public Optional<MenuItem> startPageFor(SignedInUser user) {
        return menuFor(user).stream().filter(MenuItem::start).findFirst();
    }

    /** One group of the menu under its heading. */
    public record Section(MenuGroup group, List<MenuItem> items) {

        public String headingKey() {
            return group.headingKey();
        }

        /** The heading's id, for {@code aria-labelledby}. */
        public String id() {
            return "menu-group-" + group.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    /** Everyday tasks first, then each group in its enum order; within a group by {@link MenuItem#order()}. */
    List<MenuItem> menuFor(SignedInUser user) {
        return contributors.stream()
                .flatMap(contributor -> contributor.itemsFor(user).stream())
                .sorted(Comparator.comparing(MenuItem::group).thenComparingInt(MenuItem::order))
                .toList();
    }

    private static List<Section> groups(List<MenuItem> menu) {
        Map<MenuGroup, List<MenuItem>> byGroup = new EnumMap<>(MenuGroup.class);
        for (MenuItem item : menu) {
            if (item.group() != MenuGroup.TASKS) {
                byGroup.computeIfAbsent(item.group(), group -> new java.util.ArrayList<>()).add(item);
            }
        }
        return byGroup.entrySet().stream().map(entry -> new Section(entry.getKey(), List.copyOf(entry.getValue())))
                .toList();
    }

    /**
     * The language choice of the family's door and the public catalogue: {@code language} (this request's, bokmål on
     * every other page), {@code languages} (every one, in the order of the choice) and {@code languageReturnPath}
     * (this page, to come back to once chosen).
     */
    private static void addLanguage(Map<String, Object> attributes) {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes servlet) {
            var request = servlet.getRequest();
            attributes.put("language", FamilyLocaleResolver.languageOf(request));
            String query = request.getQueryString();
            attributes.put("languageReturnPath", FamilyLocaleResolver.pathOf(request) + (query == null ? "" : "?" + query));
        } else {
            attributes.put("language", FamilyLanguage.NB);
        }
        attributes.put("languages", List.of(FamilyLanguage.values()));
    }

    /** The path of the current request without the context path, or null outside a request. */
    private static String currentPath() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            var request = attributes.getRequest();
            return request.getRequestURI().substring(request.getContextPath().length());
        }
        return null;
    }

    /** The signed-in user of the current request, or null when nobody is signed in. */
    public static SignedInUser currentUser() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof SignedInUser user ? user : null;
    }
}
