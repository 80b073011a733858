package no.laget.casework.internal;

import no.laget.access.AccessRefusedException;
import no.laget.access.Reason;
import no.laget.child.Children;
import no.laget.platform.security.SignedInUser;
import no.laget.platform.web.PageController;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "Bekymret for et barn?": the one entry to the BTI paths. Undring (a concern note about a child) and a case with a
 * relay log start from the child, so the page finds the child (the same search, door and log as the children's
 * page) and offers both next to each hit; an anonymous discussion and a report of concern start from their own
 * forms. Only for those who work with children.
 */
@PageController
class WorriedPage {

    static final String PATH = "/bekymret";

    private final Children children;

    WorriedPage(Children children) {
        this.children = children;
    }

    @GetMapping(PATH)
    String page(@AuthenticationPrincipal SignedInUser user, @RequestParam(name = "q", required = false) String query,
            Model model) {
        if (!user.worksWithChildren()) {
            throw new AccessRefusedException(Reason.ROLE_SEES_NO_CHILD_DATA);
        }
        boolean searched = query != null && !query.isBlank();
        model.addAttribute("q", query == null ? "" : query);
        model.addAttribute("searched", searched);
        model.addAttribute("result", searched ? children.search(user, query, 0) : null);
        return "casework/worried";
    }
}
