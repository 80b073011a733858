package no.laget.platform.web;

/**
 * Where a {@link MenuItem} stands in the menu. {@link #TASKS} are an employee's everyday tasks, shown first and
 * without a heading (at most six for anyone who works with children); every other group is one kind of extra
 * responsibility, shown after the tasks under its own heading ({@code menu.group.<NAME>}), so a leader's or an
 * administrator's pages never mix with the everyday ones.
 */
public enum MenuGroup {
    TASKS, LEADER, CHILD_WELFARE_AND_NAV, MUNICIPALITY, ADMINISTRATION, AUDIT;

    /** Message key of the group's heading; {@link #TASKS} has none shown. */
    public String headingKey() {
        return "menu.group." + name();
    }
}
