package no.laget.agreement.internal;

import java.util.List;

import no.laget.platform.security.SignedInUser;
import no.laget.platform.web.MenuContributor;
import no.laget.platform.web.MenuGroup;
import no.laget.platform.web.MenuItem;

import org.springframework.stereotype.Component;

/** Cooperation agreements, shown to child welfare and NAV staff as before the split (the service admits any party). */
@Component
class AgreementMenu implements MenuContributor {

    @Override
    public List<MenuItem> itemsFor(SignedInUser user) {
        if (!user.worksWithChildrenAt("CHILD_WELFARE", "NAV")) {
            return List.of();
        }
        return List.of(new MenuItem(320, "/nav/avtaler", "menu.nav.agreements", "menu.nav.agreements.hint").in(MenuGroup.CHILD_WELFARE_AND_NAV));
    }
}
