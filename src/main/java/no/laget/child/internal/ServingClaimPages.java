package no.laget.child.internal;

import java.util.stream.Collectors;

import no.laget.child.Children;
import no.laget.child.ServingClaim;
import no.laget.organisation.Organisation;
import no.laget.platform.security.SignedInUser;
import no.laget.platform.web.PageController;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The unit leader's review of the unit's claims to serve children that other units registered. The page shows
 * what the claimant typed and why, never the child's record: the unit reads the child only once it serves it.
 */
@PageController
@RequestMapping("/serving-claims")
class ServingClaimPages {

    private final Children children;
    private final Organisation organisation;

    ServingClaimPages(Children children, Organisation organisation) {
        this.children = children;
        this.organisation = organisation;
    }

    @GetMapping
    String list(@AuthenticationPrincipal SignedInUser leader, Model model) {
        var claims = children.pendingClaims(leader);
        model.addAttribute("claims", claims);
        model.addAttribute("names", organisation.employeeNames(
                claims.stream().map(ServingClaim::claimedBy).collect(Collectors.toSet())));
        return "child/serving-claims";
    }

    @PostMapping("/{id}/accept")
    String accept(@AuthenticationPrincipal SignedInUser leader, @PathVariable long id, RedirectAttributes redirect) {
        children.acceptClaim(leader, id);
        redirect.addFlashAttribute("reviewed", "accepted");
        return "redirect:/serving-claims";
    }

    @PostMapping("/{id}/decline")
    String decline(@AuthenticationPrincipal SignedInUser leader, @PathVariable long id, RedirectAttributes redirect) {
        children.declineClaim(leader, id);
        redirect.addFlashAttribute("reviewed", "declined");
        return "redirect:/serving-claims";
    }
}
