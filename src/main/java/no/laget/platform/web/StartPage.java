package no.laget.platform.web;

import no.laget.platform.security.SignedInUser;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * "/" after login. Whoever works with children lands on their own start page, the menu item a module marks with
 * {@link MenuItem#asStartPage()} ("Mine saker og frister"); the others (administrators, municipal staff, auditors)
 * get a page that greets them and describes their pages. Neither shows roles.
 */
@PageController
class StartPage {

    private final PageShell shell;

    StartPage(PageShell shell) {
        this.shell = shell;
    }

    @GetMapping("/")
    String start(@AuthenticationPrincipal SignedInUser user) {
        return shell.startPageFor(user).map(item -> "redirect:" + item.path()).orElse("start");
    }
}
