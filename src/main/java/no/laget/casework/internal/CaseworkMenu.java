package no.laget.casework.internal;

import java.util.List;

import no.laget.platform.security.SignedInUser;
import no.laget.platform.web.MenuContributor;
import no.laget.platform.web.MenuItem;

import org.springframework.stereotype.Component;

@Component
class CaseworkMenu implements MenuContributor {

    @Override
    public List<MenuItem> itemsFor(SignedInUser user) {
        if (!user.worksWithChildren()) {
            return List.of();
        }
        // The concerns, the anonymous discussions and a new case are chosen on "Bekymret for et barn?".
        return List.of(
                new MenuItem(120, WorriedPage.PATH, "menu.worried", "menu.worried.hint"),
                new MenuItem(130, "/cases", "menu.cases", "menu.cases.hint"));
    }
}
