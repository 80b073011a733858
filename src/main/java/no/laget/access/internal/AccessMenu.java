package no.laget.access.internal;

import java.util.List;

import no.laget.platform.security.SignedInUser;
import no.laget.platform.web.MenuContributor;
import no.laget.platform.web.MenuItem;

import org.springframework.stereotype.Component;

@Component
class AccessMenu implements MenuContributor {

    @Override
    public List<MenuItem> itemsFor(SignedInUser user) {
        return user.hasRole("UNIT_LEADER")
                ? List.of(new MenuItem(800, "/emergency-reviews", "menu.emergency-review", "menu.emergency-review.hint"))
                : List.of();
    }
}
