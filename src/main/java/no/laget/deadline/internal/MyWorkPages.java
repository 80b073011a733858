package no.laget.deadline.internal;

import java.util.Comparator;
import java.util.List;

import no.laget.deadline.MyWorkRow;
import no.laget.deadline.MyWorkSection;
import no.laget.platform.security.SignedInUser;
import no.laget.platform.web.PageController;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** "Mine saker og frister": every {@link MyWorkSection} bean, in order. */
@PageController
class MyWorkPages {

    private final List<MyWorkSection> sections;

    MyWorkPages(List<MyWorkSection> sections) {
        this.sections = sections.stream().sorted(Comparator.comparingInt(MyWorkSection::order)).toList();
    }

    @GetMapping(ReminderMail.PAGE)
    String page(@AuthenticationPrincipal SignedInUser user, Model model) {
        model.addAttribute("sections", sections.stream()
                .map(section -> new Shown(section.titleKey(), section.emptyKey(), section.rows(user)))
                .toList());
        return "deadline/my-work";
    }

    record Shown(String titleKey, String emptyKey, List<MyWorkRow> rows) {}
}
