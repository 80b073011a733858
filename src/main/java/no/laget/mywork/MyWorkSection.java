package no.laget.mywork;

import java.util.List;

import no.laget.platform.security.SignedInUser;

/**
 * A section of the page "Mine saker og frister". Any module may add one as a Spring bean (casework: "my cases",
 * "my measures"); the page shows the sections by {@link #order()}, each as a table of {@link MyWorkRow}s.
 * A section reads its rows through the access door like any list (filter joined in, shown rows logged) and in a
 * constant number of SQL statements whatever the number of rows.
 */
public interface MyWorkSection {

    /**
     * Where the section stands; lower first. The deadlines come before every section (what needs doing now first);
     * my cases are 20, my measures 30, my reports 40.
     */
    int order();

    /** Message key of the section's heading. */
    String titleKey();

    /** Message key of the line shown when there are no rows. */
    default String emptyKey() {
        return "my-work.none";
    }

    /** The user's rows, in the order shown, with their text already in bokmål. */
    List<MyWorkRow> rows(SignedInUser user);
}
