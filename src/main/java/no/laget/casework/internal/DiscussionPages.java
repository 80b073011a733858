package no.laget.casework.internal;

import java.time.Clock;
import java.time.LocalDate;

import no.laget.access.AccessDoor;
import no.laget.platform.security.SignedInUser;
import no.laget.platform.time.Oslo;
import no.laget.platform.validation.InvalidInputException;
import no.laget.platform.web.FieldErrors;
import no.laget.platform.web.PageController;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Anonymous discussions of the user's unit: the list and the form on one page. */
@PageController
class DiscussionPages {

    private final AnonymousDiscussions discussions;
    private final FieldErrors fieldErrors;
    private final Clock clock;

    DiscussionPages(AnonymousDiscussions discussions, FieldErrors fieldErrors, Clock clock) {
        this.discussions = discussions;
        this.fieldErrors = fieldErrors;
        this.clock = clock;
    }

    @GetMapping("/anonymous-discussions")
    String list(@AuthenticationPrincipal SignedInUser user, Model model) {
        model.addAttribute("discussions", discussions.forUnit(user));
        return "casework/discussions";
    }

    @GetMapping("/anonymous-discussions/new")
    String newDiscussion(Model model) {
        model.addAttribute("form", new AnonymousDiscussionForm(LocalDate.now(clock.withZone(Oslo.ZONE)).toString(),
                "", "", ""));
        model.addAttribute("errors", fieldErrors.none());
        return "casework/discussion-form";
    }

    @PostMapping("/anonymous-discussions")
    String record(@AuthenticationPrincipal SignedInUser user, @ModelAttribute("form") AnonymousDiscussionForm form,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        return FormPost.saveOr(() -> {
            discussions.record(user, form.toCommand());
            redirect.addFlashAttribute("recorded", true);
            return "redirect:/anonymous-discussions";
        }, e -> {
            model.addAttribute("form", form);
            model.addAttribute("errors", fieldErrors.of(binding, e));
            return "casework/discussion-form";
        });
    }
}
