package no.laget.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/** Where things stand on "Mine saker og frister", the start page of those who work with children. */
final class MyWorkPage {

    private MyWorkPage() {}

    /** The section of the page under this heading. */
    static Locator section(Page page, String heading) {
        return page.locator("section").filter(new Locator.FilterOptions().setHas(page.getByRole(AriaRole.HEADING,
                new Page.GetByRoleOptions().setName(heading).setExact(true))));
    }
}
