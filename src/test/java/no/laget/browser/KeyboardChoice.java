package no.laget.browser;

import com.microsoft.playwright.Page;

/**
 * What a keyboard user does in a form: chooses in a group of radio buttons with the arrow keys, checks a checkbox
 * with Space, types over a field.
 */
final class KeyboardChoice {

    private KeyboardChoice() {}

    /**
     * With focus on a radio button of the group {@code name}, presses the down arrow until the focused button's
     * label starts with {@code label}, then Space (which checks it when focus arrived without checking). Fails if
     * focus leaves the group or the label is not found once round.
     */
    static void choose(Page page, String name, String label) {
        for (int presses = 0; presses < 200; presses++) {
            Object focused = page.evaluate("""
                    name => {
                      const e = document.activeElement;
                      if (!e || e.type !== 'radio' || e.name !== name) return null;
                      const l = e.labels && e.labels[0];
                      return l ? l.textContent.trim() : '';
                    }""", name);
            if (focused == null) {
                throw new AssertionError("Focus is not in the group " + name + ": "
                        + page.evaluate("() => document.activeElement && document.activeElement.outerHTML"));
            }
            if (focused.toString().startsWith(label)) {
                page.keyboard().press("Space");
                return;
            }
            page.keyboard().press("ArrowDown");
        }
        throw new AssertionError("No choice starting with " + label + " in " + name);
    }

    /** Presses Tab until a checkbox of the group {@code name} labelled {@code label} has focus, then Space. */
    static void check(Page page, String name, String label) {
        for (int presses = 0; presses < 60; presses++) {
            page.keyboard().press("Tab");
            Object focused = page.evaluate("""
                    name => {
                      const e = document.activeElement;
                      if (!e || e.type !== 'checkbox' || e.name !== name) return null;
                      const l = e.labels && e.labels[0];
                      return l ? l.textContent.trim() : '';
                    }""", name);
            if (focused != null && focused.toString().startsWith(label)) {
                page.keyboard().press("Space");
                return;
            }
        }
        throw new AssertionError("Tab did not reach the checkbox " + label + " in " + name);
    }

    /** Tab to the field (forward from where focus is, unless it has focus), select what is there and type over it. */
    static void typeInto(Page page, String selector, String text) {
        tabToUnlessFocused(page, page.locator(selector), 20);
        page.keyboard().press("ControlOrMeta+A");
        page.keyboard().type(text);
    }

    /** Like {@link no.laget.support.Browser#tabTo}, but presses nothing when the target already has focus. */
    static void tabToUnlessFocused(Page page, com.microsoft.playwright.Locator target, int maxPresses) {
        if (!Boolean.TRUE.equals(target.evaluate("element => element === document.activeElement"))) {
            no.laget.support.Browser.tabTo(page, target, maxPresses);
        }
    }
}
