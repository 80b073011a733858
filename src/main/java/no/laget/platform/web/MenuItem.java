package no.laget.platform.web;

import java.util.Objects;

/**
 * A link in the navigation (and, for those who have no start page of their own, a card on the start page).
 * Modules contribute their own through {@link MenuContributor}, so the shell never needs to know them.
 *
 * @param order     where it stands within its group; lower first
 * @param path      the page it leads to
 * @param labelKey  message key of the link text: the task in the user's words, never a module's name
 * @param hintKey   message key of a one-line description on the start page
 * @param group     the group it is shown in; {@link MenuGroup#TASKS} for everyday work
 * @param start     whether this is the page the user lands on after login ("/" leads there)
 */
public record MenuItem(int order, String path, String labelKey, String hintKey, MenuGroup group, boolean start) {

    public MenuItem {
        Objects.requireNonNull(path);
        Objects.requireNonNull(labelKey);
        Objects.requireNonNull(group);
    }

    /** An everyday task. */
    public MenuItem(int order, String path, String labelKey, String hintKey) {
        this(order, path, labelKey, hintKey, MenuGroup.TASKS, false);
    }

    /** The same link in another group. */
    public MenuItem in(MenuGroup newGroup) {
        return new MenuItem(order, path, labelKey, hintKey, newGroup, start);
    }

    /** The same link as the user's start page. */
    public MenuItem asStartPage() {
        return new MenuItem(order, path, labelKey, hintKey, group, true);
    }
}
