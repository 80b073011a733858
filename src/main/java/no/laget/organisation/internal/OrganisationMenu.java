package no.laget.organisation.internal;

import java.util.List;

import no.laget.platform.security.Role;
import no.laget.platform.security.SignedInUser;
import no.laget.platform.web.MenuContributor;
import no.laget.platform.web.MenuGroup;
import no.laget.platform.web.MenuItem;

import org.springframework.stereotype.Component;

@Component
class OrganisationMenu implements MenuContributor {

    @Override
    public List<MenuItem> itemsFor(SignedInUser user) {
        if (!user.hasRole(Role.ADMINISTRATOR)) {
            return List.of();
        }
        return List.of(
                new MenuItem(900, "/admin/units", "menu.units", "menu.units.hint").in(MenuGroup.ADMINISTRATION),
                new MenuItem(910, "/admin/employees", "menu.employees", "menu.employees.hint").in(MenuGroup.ADMINISTRATION),
                new MenuItem(920, "/admin/system-clients", "menu.systemClients", "menu.systemClients.hint")
                        .in(MenuGroup.ADMINISTRATION));
    }
}
