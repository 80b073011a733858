package no.laget.catalogue.internal;

import java.util.ArrayList;
import java.util.List;

import no.laget.platform.security.Role;
import no.laget.platform.security.SignedInUser;
import no.laget.platform.web.MenuContributor;
import no.laget.platform.web.MenuGroup;
import no.laget.platform.web.MenuItem;

import org.springframework.stereotype.Component;

@Component
class CatalogueMenu implements MenuContributor {

    @Override
    public List<MenuItem> itemsFor(SignedInUser user) {
        List<MenuItem> items = new ArrayList<>();
        if (user.hasRole(Role.MUNICIPAL_STAFF)) {
            items.add(new MenuItem(700, "/catalogue", "menu.catalogue", "menu.catalogue.hint").in(MenuGroup.MUNICIPALITY));
        }
        // everyone who works with children should be able to point a family to the public page
        items.add(new MenuItem(710, "/hvem-kan-hjelpe", "menu.public-catalogue", "menu.public-catalogue.hint"));
        return items;
    }
}
