package no.laget.family.internal;

import no.laget.access.FamilyAccessRefusedException;
import no.laget.platform.security.FamilySignIn;
import no.laget.platform.validation.InvalidInputException;
import no.laget.platform.validation.NotFoundException;
import no.laget.platform.web.FieldErrors;
import no.laget.platform.web.PageShell;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * What every family page has: whether a family member is signed in (for the logout button), and the answer to a
 * refusal. Every family page answers another family's child exactly as a child that does not exist: 404 and the same page, so
 * an id never tells whether it is somebody's child.
 */
@ControllerAdvice(basePackages = "no.laget.family")
@Order(Ordered.HIGHEST_PRECEDENCE) // before the employees' PageErrorHandler, which answers NotFoundException in bokmål
class FamilyPageAdvice {

    private final PageShell shell;
    private final FieldErrors fieldErrors;

    FamilyPageAdvice(PageShell shell, FieldErrors fieldErrors) {
        this.shell = shell;
        this.fieldErrors = fieldErrors;
    }

    @ModelAttribute
    void signedIn(Model model) {
        model.addAttribute("familySignedIn", signedIn());
    }

    /**
     * A missing thing (a relay case, a consent) and an address part that is not a number ({@code /familie/barn/tolv})
     * get the same page as a refusal, in the family's language: the employees' 404 page is bokmål only.
     */
    @ExceptionHandler({FamilyAccessRefusedException.class, NotFoundException.class,
            MethodArgumentTypeMismatchException.class})
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String refused(Model model) {
        shell.addTo(model);
        model.addAttribute("familySignedIn", signedIn());
        // the language links lead back to the start, not to the asked address, so that the page does not repeat the id
        model.addAttribute("languageReturnPath", "/familie");
        return "family/not-found";
    }

    /**
     * Bad input no family form caught: an address (a GET's parameter) with refused characters. The employees'
     * 400 page is bokmål only; this one says the same in the family's language.
     */
    @ExceptionHandler(InvalidInputException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String badRequest(InvalidInputException e, Model model) {
        shell.addTo(model);
        model.addAttribute("familySignedIn", signedIn());
        model.addAttribute("problems", fieldErrors.of(e).values());
        model.addAttribute("languageReturnPath", "/familie");
        return "family/bad-request";
    }

    private static boolean signedIn() {
        return SecurityContextHolder.getContext().getAuthentication() instanceof FamilySignIn;
    }
}
