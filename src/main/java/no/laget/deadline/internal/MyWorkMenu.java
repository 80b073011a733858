package no.laget.deadline.internal;

import java.util.List;

import no.laget.platform.security.SignedInUser;
import no.laget.platform.web.MenuContributor;
import no.laget.platform.web.MenuItem;

import org.springframework.stereotype.Component;

@Component
class MyWorkMenu implements MenuContributor {

    @Override
    public List<MenuItem> itemsFor(SignedInUser user) {
        return user.worksWithChildren()
                ? List.of(new MenuItem(50, ReminderMail.PAGE, "menu.my-work", "menu.my-work.hint").asStartPage())
                : List.of();
    }
}
