package no.laget.family.internal;

import no.laget.access.FamilyAccessRefusedException;
import no.laget.platform.security.FamilySignIn;
import no.laget.platform.web.PageShell;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * What every family page has: whether a family member is signed in (for the logout button), and the answer to a
 * refusal. Every family page answers another family's child exactly as a child that does not exist: 404 and the same page, so
 * an id never tells whether it is somebody's child.
 */
@ControllerAdvice(basePackages = "no.laget.family")
class FamilyPageAdvice {

    private final PageShell shell;

    FamilyPageAdvice(PageShell shell) {
        this.shell = shell;
    }

    @ModelAttribute
    void signedIn(Model model) {
        model.addAttribute("familySignedIn", signedIn());
    }

    @ExceptionHandler(FamilyAccessRefusedException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String refused(Model model) {
        shell.addTo(model);
        model.addAttribute("familySignedIn", signedIn());
        // the language links lead back to the start, not to the asked address, so that the page does not repeat the id
        model.addAttribute("languageReturnPath", "/familie");
        return "family/not-found";
    }

    private static boolean signedIn() {
        return SecurityContextHolder.getContext().getAuthentication() instanceof FamilySignIn;
    }
}
