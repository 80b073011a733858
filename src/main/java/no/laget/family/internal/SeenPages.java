package no.laget.family.internal;

import no.laget.access.AccessLogReader;
import no.laget.access.AccessedObject;
import no.laget.access.Action;
import no.laget.access.FamilyChild;
import no.laget.access.FamilyDoor;
import no.laget.access.FamilyRelation;
import no.laget.access.InformationCategory;
import no.laget.platform.security.FamilyMember;
import no.laget.platform.web.PageController;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "Hvem har sett opplysningene" (docs/domain.md rule 34): every allowed access to the child's data, newest first, 50 a
 * page, emergency accesses at the top with their reasons. The reading is itself logged by the family's door.
 */
@PageController
class SeenPages {

    static final String OBJECT = "family-access-log";

    private final FamilyDoor door;
    private final AccessLogReader log;

    SeenPages(FamilyDoor door, AccessLogReader log) {
        this.door = door;
        this.log = log;
    }

    @GetMapping("/familie/barn/{childId}/hvem-har-sett")
    String seen(@AuthenticationPrincipal FamilyMember member, @PathVariable long childId,
            @RequestParam(name = "side", required = false) String side, Model model) {
        FamilyChild child = door.require(member, childId, InformationCategory.BASIC, Action.READ,
                AccessedObject.of(OBJECT, childId));
        model.addAttribute("child", child);
        boolean careTakenOver = child.childWelfareHasCare() && child.relation() == FamilyRelation.GUARDIAN;
        model.addAttribute("careTakenOver", careTakenOver);
        if (careTakenOver) {
            return "family/seen";
        }
        AccessLogReader.FamilyPage page = log.forFamily(childId, page(side));
        model.addAttribute("page", page);
        model.addAttribute("lines", SeenWords.lines(page.entries(), member));
        model.addAttribute("emergencies", page.emergencies());
        return "family/seen";
    }

    /** The page number typed in the address; anything that is not a number from 1 up shows the first page. */
    static int page(String side) {
        if (side == null || !side.trim().matches("[0-9]{1,6}")) {
            return 1;
        }
        return Math.max(1, Integer.parseInt(side.trim()));
    }

    @Component
    static class Section implements FamilySection {

        @Override
        public int order() {
            return 30;
        }

        @Override
        public String labelKey() {
            return "family.seen.section.label";
        }

        @Override
        public String hintKey() {
            return "family.seen.section.hint";
        }

        @Override
        public String path(long childId) {
            return "/familie/barn/" + childId + "/hvem-har-sett";
        }
    }
}
