package no.laget.access.internal;

import java.util.ArrayList;
import java.util.List;

import no.laget.platform.security.Role;
import no.laget.platform.security.SignedInUser;
import no.laget.platform.web.MenuContributor;
import no.laget.platform.web.MenuGroup;
import no.laget.platform.web.MenuItem;

import org.springframework.stereotype.Component;

@Component
class AccessMenu implements MenuContributor {

    @Override
    public List<MenuItem> itemsFor(SignedInUser user) {
        List<MenuItem> items = new ArrayList<>();
        if (user.hasRole(Role.UNIT_LEADER)) {
            items.add(new MenuItem(800, "/emergency-reviews", "menu.emergency-review", "menu.emergency-review.hint")
                    .in(MenuGroup.LEADER));
        }
        if (user.hasRole(Role.AUDITOR)) {
            items.add(new MenuItem(810, "/tilgangslogg", "menu.audit", "menu.audit.hint").in(MenuGroup.AUDIT));
        }
        return items;
    }
}
