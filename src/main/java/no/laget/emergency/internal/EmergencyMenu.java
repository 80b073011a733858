package no.laget.emergency.internal;

import java.util.ArrayList;
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
        boolean employee = user.worksWithChildren();
        if (!employee || !("CHILD_WELFARE".equals(user.unitType()) || "NAV".equals(user.unitType()))) {
            return List.of();
        }
        List<MenuItem> items = new ArrayList<>();
        items.add(new MenuItem(310, "/nav/kronekort", "menu.nav.card", "menu.nav.card.hint").in(MenuGroup.CHILD_WELFARE_AND_NAV));
        return items;
    }
}
