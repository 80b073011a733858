package no.laget.child.internal;

import java.util.List;

import no.laget.platform.security.Role;
import no.laget.platform.security.SignedInUser;
import no.laget.platform.web.MenuContributor;
import no.laget.platform.web.MenuGroup;
import no.laget.platform.web.MenuItem;

import org.springframework.stereotype.Component;

@Component
class ChildMenu implements MenuContributor {

    @Override
    public List<MenuItem> itemsFor(SignedInUser user) {
        boolean worksWithChildren = user.worksWithChildren();
        if (!worksWithChildren) {
            return List.of();
        }
        // "Registrer barn" is on the children's page; emergency access is offered where access is refused.
        List<MenuItem> items = new java.util.ArrayList<>(List.of(
                new MenuItem(100, "/children", "menu.children", "menu.children.hint")));
        if (user.hasRole(Role.UNIT_LEADER)) {
            items.add(new MenuItem(810, "/serving-claims", "menu.serving-claims", "menu.serving-claims.hint")
                    .in(MenuGroup.LEADER));
        }
        return items;
    }
}
