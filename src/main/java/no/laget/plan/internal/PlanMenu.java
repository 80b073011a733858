package no.laget.plan.internal;

import java.util.List;

import no.laget.organisation.Role;
import no.laget.platform.security.SignedInUser;
import no.laget.platform.web.MenuContributor;
import no.laget.platform.web.MenuGroup;
import no.laget.platform.web.MenuItem;

import org.springframework.stereotype.Component;

@Component
class PlanMenu implements MenuContributor {

    @Override
    public List<MenuItem> itemsFor(SignedInUser user) {
        if (user.hasRole(Role.MUNICIPAL_STAFF.name())) {
            return List.of(new MenuItem(720, "/plan", "menu.plan", "menu.plan.hint").in(MenuGroup.MUNICIPALITY));
        }
        return List.of();
    }
}
