package no.laget.access.internal;

import java.util.Set;

import no.laget.access.AccessRefusedException;
import no.laget.access.Reason;
import no.laget.platform.security.SignedInUser;
import no.laget.platform.web.PageController;
import no.laget.platform.web.PageShell;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A refused page: 403 in bokmål saying why in plain words, never what was refused. Where a child's data was refused
 * to someone who works with children, the page offers emergency access (read only, reviewed afterwards): the place
 * where it is needed, instead of a menu entry next to everyday work. It links to the emergency form without the
 * child, so the page stays the same whether the child exists or not.
 */
@ControllerAdvice(annotations = PageController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class AccessRefusalPages {

    /** Refusals emergency access can help with: reading a child's data without a basis. */
    static final Set<Reason> EMERGENCY_HELPS = Set.of(Reason.NO_CONSENT, Reason.CONSENT_EXPIRED,
            Reason.CONSENT_NOT_YET_VALID, Reason.CONSENT_WITHDRAWN, Reason.CONSENT_REFUSED, Reason.CATEGORY_NOT_GRANTED);

    private final PageShell shell;

    AccessRefusalPages(PageShell shell) {
        this.shell = shell;
    }

    @ExceptionHandler(AccessRefusedException.class)
    @ResponseStatus(HttpStatus.FORBIDDEN)
    String refused(AccessRefusedException e, Model model) {
        shell.addTo(model);
        model.addAttribute("reasonKey", e.reason().messageKey());
        model.addAttribute("emergencyOffered", EMERGENCY_HELPS.contains(e.reason()) && mayUseEmergency(PageShell.currentUser()));
        return "access/refused";
    }

    /** The same people EmergencyAccess lets in and the menus count as working with children. */
    static boolean mayUseEmergency(SignedInUser user) {
        return user != null && user.worksWithChildren();
    }
}
