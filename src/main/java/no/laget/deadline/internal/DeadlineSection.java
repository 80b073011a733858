package no.laget.deadline.internal;

import java.util.List;

import no.laget.mywork.MyWorkRow;
import no.laget.platform.security.SignedInUser;

import org.springframework.stereotype.Component;

/**
 * The deadlines on "Mine saker og frister": the first section, and the only one that pages. The other sections are
 * bounded by one person's work (cases, measures, five reports); the deadlines also hold the unit's, which grow with
 * the children it serves.
 */
@Component
class DeadlineSection {

    private final Deadlines deadlines;
    private final DeadlineLabels labels;

    DeadlineSection(Deadlines deadlines, DeadlineLabels labels) {
        this.deadlines = deadlines;
        this.labels = labels;
    }

    Page rows(SignedInUser user, int page) {
        var mine = deadlines.mine(user, page);
        List<MyWorkRow> rows = mine.rows().stream()
                .map(d -> new MyWorkRow(labels.kind(d.kind()), labels.child(d), d.dueOn(), labels.state(d.state()),
                        DeadlineLabels.color(d.state()), d.link(),
                        d.markable() == Markable.NONE ? null : MyWorkPages.markPath(d.id())))
                .toList();
        return new Page(rows, mine.page(), mine.more());
    }

    /** One page of rows (page from 0), the first row's number from 1, and whether a next page has rows. */
    record Page(List<MyWorkRow> rows, int page, boolean more) {

        public int first() {
            return page * Deadlines.PAGE_SIZE + 1;
        }

        public int last() {
            return page * Deadlines.PAGE_SIZE + rows.size();
        }
    }
}
