package no.laget.access.internal;

import no.laget.platform.web.PageController;
import java.util.stream.Collectors;

import no.laget.access.EmergencyAccess;
import no.laget.organisation.Organisation;
import no.laget.platform.security.SignedInUser;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The unit leader's review of emergency accesses by the unit's employees. Shows the child by number only. */
@PageController
@RequestMapping("/emergency-reviews")
class EmergencyReviewPages {

    private final EmergencyAccess emergency;
    private final Organisation organisation;

    EmergencyReviewPages(EmergencyAccess emergency, Organisation organisation) {
        this.emergency = emergency;
        this.organisation = organisation;
    }

    @GetMapping
    String list(@AuthenticationPrincipal SignedInUser leader, Model model) {
        var reviews = emergency.forReview(leader);
        model.addAttribute("reviews", reviews);
        model.addAttribute("names", organisation.employeeNames(
                reviews.stream().map(EmergencyAccess.Review::employeeId).collect(Collectors.toSet())));
        return "access/emergency-reviews";
    }

    @PostMapping("/{id}")
    String markReviewed(@AuthenticationPrincipal SignedInUser leader, @PathVariable long id, RedirectAttributes redirect) {
        emergency.markReviewed(leader, id);
        redirect.addFlashAttribute("reviewed", id);
        return "redirect:/emergency-reviews";
    }
}
