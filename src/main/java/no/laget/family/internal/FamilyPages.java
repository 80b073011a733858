package no.laget.family.internal;

import java.util.Comparator;
import java.util.List;

import no.laget.access.AccessedObject;
import no.laget.access.Action;
import no.laget.access.FamilyChild;
import no.laget.access.FamilyDoor;
import no.laget.access.InformationCategory;
import no.laget.platform.security.FamilyLogin;
import no.laget.platform.security.FamilyMember;
import no.laget.platform.web.PageController;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The family's start page (their children) and each child's page, which lists the parts the family has. */
@PageController
class FamilyPages {

    private final FamilyDoor door;
    private final List<FamilySection> sections;
    private final FamilyLogin login;
    private final NoticePages notices;

    FamilyPages(FamilyDoor door, List<FamilySection> sections, FamilyLogin login, NoticePages notices) {
        this.door = door;
        this.login = login;
        this.notices = notices;
        this.sections = sections.stream().sorted(Comparator.comparingInt(FamilySection::order)).toList();
    }

    @GetMapping("/familie/logg-inn")
    String login(Model model) {
        // the button leads to Laget's own path under /familie, which sends the browser on to ID-porten
        login.startPath().ifPresent(path -> model.addAttribute("idportenLoginPath", path));
        return "family/login";
    }

    @GetMapping("/familie")
    String start(@AuthenticationPrincipal FamilyMember member, Model model) {
        model.addAttribute("children", door.children(member));
        notices.addTo(model, member, null, java.util.Map.of());
        return "family/start";
    }

    @GetMapping("/familie/barn/{childId}")
    String child(@AuthenticationPrincipal FamilyMember member, @PathVariable long childId, Model model) {
        FamilyChild child = door.require(member, childId, InformationCategory.BASIC, Action.READ,
                AccessedObject.of("family-child", childId));
        model.addAttribute("child", child);
        model.addAttribute("sections", sections.stream().filter(section -> section.shownFor(child)).toList());
        return "family/child";
    }
}
