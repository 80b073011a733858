package no.laget.plan.internal;

import java.util.ArrayList;
import java.util.List;

import no.laget.platform.security.Role;
import no.laget.platform.security.SignedInUser;
import no.laget.platform.web.MenuContributor;
import no.laget.platform.web.MenuGroup;
import no.laget.platform.web.MenuItem;

import org.springframework.stereotype.Component;

/** Municipal staff get the plans; unit leaders get the actions their own unit owns. */
@Component
class PlanMenu implements MenuContributor {

    @Override
    public List<MenuItem> itemsFor(SignedInUser user) {
        List<MenuItem> items = new ArrayList<>();
        if (user.hasRole(Role.MUNICIPAL_STAFF)) {
            items.add(new MenuItem(720, "/plan", "menu.plan", "menu.plan.hint").in(MenuGroup.MUNICIPALITY));
        }
        if (user.hasRole(Role.UNIT_LEADER)) {
            items.add(new MenuItem(725, "/plan/actions/my-unit", "menu.plan.unit", "menu.plan.unit.hint").in(MenuGroup.LEADER));
        }
        return List.copyOf(items);
    }
}
