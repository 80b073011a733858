package no.laget.statistics.internal;

import java.util.List;

import no.laget.platform.security.Role;
import no.laget.platform.security.SignedInUser;
import no.laget.platform.web.MenuContributor;
import no.laget.platform.web.MenuGroup;
import no.laget.platform.web.MenuItem;

import org.springframework.stereotype.Component;

@Component
class StatisticsMenu implements MenuContributor {

    @Override
    public List<MenuItem> itemsFor(SignedInUser user) {
        return user.hasRole(Role.MUNICIPAL_STAFF)
                ? List.of(new MenuItem(610, "/statistics", "menu.statistics", "menu.statistics.hint").in(MenuGroup.MUNICIPALITY))
                : List.of();
    }
}
