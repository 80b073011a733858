package no.laget.archive.internal;

import java.util.List;

import no.laget.platform.security.Role;
import no.laget.platform.security.SignedInUser;
import no.laget.platform.web.MenuContributor;
import no.laget.platform.web.MenuGroup;
import no.laget.platform.web.MenuItem;

import org.springframework.stereotype.Component;

/** "Arkivuttrekk" for the administrator, beside the units and employees. */
@Component
class ArchiveMenu implements MenuContributor {

    @Override
    public List<MenuItem> itemsFor(SignedInUser user) {
        return user.hasRole(Role.ADMINISTRATOR)
                ? List.of(new MenuItem(930, "/admin/arkivuttrekk", "menu.archive-extract", "menu.archive-extract.hint")
                        .in(MenuGroup.ADMINISTRATION))
                : List.of();
    }
}
