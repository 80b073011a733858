package no.laget.emergency.internal;

import java.util.List;

import no.laget.platform.security.SignedInUser;
import no.laget.platform.web.MenuContributor;
import no.laget.platform.web.MenuGroup;
import no.laget.platform.web.MenuItem;

import org.springframework.stereotype.Component;

/** The emergency card for child welfare and NAV staff; nobody else sees it in the menu (the service refuses too). */
@Component
class EmergencyMenu implements MenuContributor {

    @Override
    public List<MenuItem> itemsFor(SignedInUser user) {
        if (!user.worksWithChildrenAt("CHILD_WELFARE", "NAV")) {
            return List.of();
        }
        return List.of(new MenuItem(310, "/nav/kronekort", "menu.nav.card", "menu.nav.card.hint").in(MenuGroup.CHILD_WELFARE_AND_NAV));
    }
}
