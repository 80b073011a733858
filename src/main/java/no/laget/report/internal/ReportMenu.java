package no.laget.report.internal;

import java.util.ArrayList;
import java.util.List;

import no.laget.platform.security.Role;
import no.laget.platform.security.SignedInUser;
import no.laget.platform.web.MenuContributor;
import no.laget.platform.web.MenuGroup;
import no.laget.platform.web.MenuItem;

import org.springframework.stereotype.Component;

/**
 * "Mine meldinger" for everyone who works with children, which says so in its own words, first in the menu, when a
 * report keeps failing to arrive ("Send bekymringsmelding" is chosen on "Bekymret for et barn?"). "Meldinger til
 * barnevernet" for child welfare's intake, in its group.
 */
@Component
class ReportMenu implements MenuContributor {

    private final ReportService reports;

    ReportMenu(ReportService reports) {
        this.reports = reports;
    }

    @Override
    public List<MenuItem> itemsFor(SignedInUser user) {
        boolean worksWithChildren = user.worksWithChildren();
        List<MenuItem> items = new ArrayList<>();
        if (worksWithChildren) {
            boolean failing = reports.hasFailing(user);
            items.add(new MenuItem(failing ? 1 : 151, "/reports/mine",
                    failing ? "menu.reports.mine.failing" : "menu.reports.mine",
                    failing ? "menu.reports.mine.failing.hint" : "menu.reports.mine.hint"));
        }
        if (worksWithChildren && user.hasRole(Role.CHILD_WELFARE_INTAKE) && "CHILD_WELFARE".equals(user.unitType())) {
            items.add(new MenuItem(140, "/intake", "menu.intake", "menu.intake.hint").in(MenuGroup.CHILD_WELFARE_AND_NAV));
        }
        return items;
    }
}
